/** Organizer route: the ranking recomputed from the raw bundles and checked against the stored sheets. */
import { Hono } from 'hono';
import { computeEventResults } from '#server/event-results.ts';
import { requireOrganizer } from '#server/http/auth.ts';
import { apiError } from '#server/http/errors.ts';
import type { RouteDeps } from '#server/routes/deps.ts';

export function resultsRoutes({ store }: RouteDeps): Hono {
  const app = new Hono();
  app.use('*', requireOrganizer(store));

  app.get('/events/:eventId/results', async (c) => {
    const computed = await computeEventResults(store, c.req.param('eventId'));
    if (!computed.ok) return apiError(c, computed.failure);
    return c.json(computed.value, 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}
