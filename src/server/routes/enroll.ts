/** POST /api/enroll: a tablet redeems a code for its credential, juror identity and event package. */
import { Hono } from 'hono';
import { EnrollRequestSchema } from '#shared/api.ts';
import { redeemEnrollment } from '../enrollment.ts';
import { apiError } from '../http/errors.ts';
import { readJson } from '../http/read-json.ts';
import type { RouteDeps } from './deps.ts';

export function enrollRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJson(c, EnrollRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const redeemed = redeemEnrollment(store, body.value, now());
    if (!redeemed.ok) return apiError(c, redeemed.failure);
    return c.json(redeemed.value, 201);
  });
  return app;
}
