/**
 * Organizer routes, all behind the organizer token (constant-time compare, rate limited): events,
 * teams and schedule, rubric, jurors and cards, progress and tablets, results and committee draws,
 * the berita acara, the import of tablets' score files, plus the enrollment codes, QR and materialised
 * sheets the console and scripts read.
 */
import { Hono } from 'hono';
import { renderSVG } from 'uqr';
import { issueEnrollment } from '#server/enrollment.ts';
import { requireOrganizer } from '#server/http/auth.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { enrollmentUrl, publicOrigin } from '#server/http/origin.ts';
import { readJson } from '#server/http/read-json.ts';
import { adminBeritaAcaraRoutes } from '#server/routes/admin-berita-acara.ts';
import { adminEventRoutes } from '#server/routes/admin-events.ts';
import { adminJurorRoutes } from '#server/routes/admin-jurors.ts';
import { adminProgressRoutes } from '#server/routes/admin-progress.ts';
import { adminRubricRoutes } from '#server/routes/admin-rubric.ts';
import { adminScoreFileRoutes } from '#server/routes/admin-score-files.ts';
import { adminTeamRoutes } from '#server/routes/admin-teams.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { resultsRoutes } from '#server/routes/results.ts';
import {
  CreateEnrollmentRequestSchema,
  type CreateEnrollmentResponse,
  EnrollmentCodeSchema,
  type EventSheetsResponse,
} from '#shared/api.ts';
import { IdSchema } from '#shared/ids.ts';
import { parseWith } from '#shared/validation.ts';

export function adminRoutes(deps: RouteDeps): Hono {
  const { store, now, publicUrl, trustProxy, enrollmentTtlMs } = deps;
  const app = new Hono();
  app.use('*', requireOrganizer(store, deps.organizerLimits, now, trustProxy));

  app.post('/enrollments', async (c) => {
    const body = await readJson(c, CreateEnrollmentRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const issued = issueEnrollment(store, body.value.eventId, body.value.jurorId, now(), enrollmentTtlMs);
    if (!issued.ok) return apiError(c, issued.failure);
    const { code, expiresAt, jurorId } = issued.value;
    const reply: CreateEnrollmentResponse = {
      code,
      url: enrollmentUrl(publicOrigin(c, publicUrl, trustProxy), code),
      expiresAt,
      jurorId,
    };
    return c.json(reply, 201);
  });

  app.get('/enrollments/:code/qr.svg', (c) => {
    const code = parseWith(EnrollmentCodeSchema, c.req.param('code'));
    const enrollment = code.ok ? store.enrollments.get(code.value) : undefined;
    if (!enrollment) return apiError(c, fail('code_not_found', 'enrollment code not found'));
    const svg = renderSVG(enrollmentUrl(publicOrigin(c, publicUrl, trustProxy), enrollment.code), {
      border: 2,
    });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
  });

  app.get('/events/:eventId/sheets', (c) => {
    const param = parseWith(IdSchema, c.req.param('eventId'));
    if (!param.ok || !store.events.get(param.value))
      return apiError(c, fail('event_not_found', `event ${c.req.param('eventId')} not found`));
    const reply: EventSheetsResponse = { eventId: param.value, sheets: store.sheets.list(param.value) };
    return c.json(reply);
  });

  app.route('/', adminEventRoutes(deps));
  app.route('/', adminTeamRoutes(deps));
  app.route('/', adminRubricRoutes(deps));
  app.route('/', adminJurorRoutes(deps));
  app.route('/', adminProgressRoutes(deps));
  app.route('/', adminBeritaAcaraRoutes(deps));
  app.route('/', resultsRoutes(deps));
  app.route('/', adminScoreFileRoutes(deps));
  return app;
}
