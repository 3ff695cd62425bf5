/**
 * Organizer routes for the results: the ranking recomputed from the raw bundles and checked against
 * the stored sheets, and the committee's draws for ties the declared rules leave level. Mounted by
 * admin.ts, behind the same organizer token and rate limits as every other organizer route.
 */
import { Hono } from 'hono';
import { computeEventResults } from '#server/event-results.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import { recordAudit } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import type { EventPackage } from '#shared/event.ts';
import { type DrawRecord, RecordDrawRequestSchema, type Results } from '#shared/results/results-schema.ts';

export function resultsRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/events/:eventId/results', async (c) => {
    const detail = c.req.query('detail') === '1';
    const computed = await computeEventResults(store, c.req.param('eventId'), { detail });
    if (!computed.ok) return apiError(c, computed.failure);
    return c.json(computed.value, 200, { 'Cache-Control': 'no-store' });
  });

  app.post('/events/:eventId/draws', async (c) => {
    const body = await readJson(c, RecordDrawRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const eventId = c.req.param('eventId');
    const before = await computeEventResults(store, eventId);
    if (!before.ok) return apiError(c, before.failure);
    const pkg = store.events.get(eventId);
    if (!pkg) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    const refused = drawRefusal(pkg, before.value.results, body.value.teamIds);
    if (refused) return apiError(c, fail('tie_not_found', refused));
    const at = now();
    const record: DrawRecord = { ...body.value, at: at.toISOString() };
    const title = (id: string) => pkg.teams.find((t) => t.id === id)?.title ?? id;
    store.transaction(() =>
      recordAudit(store, eventId, at, {
        kind: 'tie_drawn',
        summary: `Undian panitia untuk peringkat sama: ${record.teamIds
          .map((id, i) => `${i + 1}. ${title(id)}`)
          .join('; ')} (diputuskan oleh ${record.decidedBy})`,
        reason: record.reason,
        detail: record,
      }),
    );
    const after = await computeEventResults(store, eventId, { detail: c.req.query('detail') === '1' });
    if (!after.ok) return apiError(c, after.failure);
    return c.json(after.value, 201);
  });

  return app;
}

/**
 * Why these teams cannot be drawn now, or null: a draw settles exactly a group the declared rules left
 * level when they reached the committee's draw (already drawn or not, so a mistake can be corrected).
 */
function drawRefusal(pkg: EventPackage, results: Results, teamIds: readonly string[]): string | null {
  if (!pkg.rubric.tieBreak.some((rule) => rule.kind === 'draw'))
    return 'aturan penentuan peringkat sama tidak memuat undian panitia; tambahkan di rubrik lebih dulu';
  const wanted = [...teamIds].sort().join(',');
  const levels = results.tieBreaks.filter((step) => step.rule.kind === 'draw');
  if (levels.some((step) => [...step.teamIds].sort().join(',') === wanted)) return null;
  const open = levels.map((step) => step.teamIds.join(', ')).join(' | ');
  return `peserta ${teamIds.join(', ')} tidak sama persis dengan kelompok seri yang menunggu undian${
    open ? ` (kelompok seri sekarang: ${open})` : ' (tidak ada kelompok seri sekarang)'
  }`;
}
