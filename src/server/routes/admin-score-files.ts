/**
 * The organizer's score-file import: POST /api/admin/events/:eventId/score-files with the `.juri`
 * file's text as the body (application/json, byte for byte) and its name in `?name=`. Answers 201
 * when new bundles were stored, 200 when the server had them all, and 422 with the error envelope
 * when the file was refused — each with the file's report (#shared/score-file-report.ts).
 *
 * The body may be larger than a tablet's upload (MAX_SCORE_FILE_BYTES, not MAX_BODY_BYTES): a file
 * holds a juror's whole event, and only the organizer's token reaches this route.
 */
import { Hono } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { readJsonText } from '#server/http/read-body.ts';
import { importScoreFile } from '#server/import-score-file.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { IdSchema } from '#shared/ids.ts';
import {
  MAX_SCORE_FILE_BYTES,
  type ScoreFileImportResponse,
  ScoreFileNameSchema,
} from '#shared/score-file-report.ts';
import { parseWith } from '#shared/validation.ts';

export function adminScoreFileRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.post('/events/:eventId/score-files', async (c) => {
    const eventId = parseWith(IdSchema, c.req.param('eventId'));
    if (!eventId.ok || !store.events.get(eventId.value))
      return apiError(c, fail('event_not_found', `event ${c.req.param('eventId')} not found`));
    const name = parseWith(ScoreFileNameSchema, c.req.query('name') ?? 'berkas.juri');
    if (!name.ok) return apiError(c, fail('invalid_request', `name: ${name.message}`));
    const body = await readJsonText(c, MAX_SCORE_FILE_BYTES);
    if (!body.ok) return apiError(c, body.failure);

    const report = await importScoreFile(
      store,
      { eventId: eventId.value, fileName: name.value, text: body.text },
      now,
    );
    if (report.outcome === 'accepted' || report.outcome === 'already_had') {
      const reply: ScoreFileImportResponse = { report };
      return c.json(reply, report.outcome === 'accepted' ? 201 : 200);
    }
    return c.json({ error: fail('score_file_refused', report.message), report }, 422);
  });

  return app;
}
