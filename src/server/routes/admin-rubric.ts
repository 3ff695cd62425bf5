/**
 * Organizer routes for the rubric. It locks itself when the event's first score arrives; an unlock
 * needs a reason and lasts until the next save. After the first score a change may rename, reword,
 * reweigh or add criteria, but never drop a criterion or change its scale: scores tablets still hold
 * for it must stay valid, or their uploads would be refused.
 */
import { Hono } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import { eventDetail, ok, publishChange, recordAudit, refuse } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { SaveRubricRequestSchema, UnlockRubricRequestSchema } from '#shared/admin-api.ts';
import type { Rubric } from '#shared/event.ts';
import { describeRules, sameRules } from '#shared/results/tie-break-words.ts';

export function adminRubricRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.put('/events/:eventId/rubric', async (c) => {
    const body = await readJson(c, SaveRubricRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const eventId = c.req.param('eventId');
    const unlock = store.events.rubricUnlock(eventId);
    const result = publishChange(store, eventId, now(), (pkg, scored) => {
      if (scored && !unlock.unlockedAt)
        return refuse(
          fail(
            'rubric_locked',
            'rubrik terkunci karena nilai pertama sudah masuk; buka kunci dengan alasan dulu',
          ),
        );
      const broken = scored ? breaksScores(pkg.rubric, body.value.rubric) : null;
      if (broken) return refuse(fail('invalid_request', broken));
      const reason = body.value.reason ?? (scored ? unlock.unlockReason : null);
      return ok({
        pkg: { ...pkg, rubric: body.value.rubric },
        note: {
          kind: 'rubric_changed',
          summary: `Rubrik diubah: ${describeRubric(body.value.rubric)}${describeTieBreak(pkg.rubric, body.value.rubric)}`,
          reason,
          detail: { before: pkg.rubric, after: body.value.rubric },
        },
      });
    });
    if (!result.ok) return apiError(c, result.failure);
    // An unlock covers one change: the rubric locks again once it is saved.
    if (unlock.unlockedAt) store.events.relockRubric(eventId);
    return c.json(eventDetail(store, eventId));
  });

  app.post('/events/:eventId/rubric/unlock', async (c) => {
    const body = await readJson(c, UnlockRubricRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const eventId = c.req.param('eventId');
    if (!store.events.get(eventId)) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    const at = now();
    store.transaction(() => {
      store.events.unlockRubric(eventId, at.toISOString(), body.value.reason);
      recordAudit(store, eventId, at, {
        kind: 'rubric_unlocked',
        summary: 'Kunci rubrik dibuka',
        reason: body.value.reason,
      });
    });
    return c.json(eventDetail(store, eventId));
  });

  return app;
}

/** Why the new rubric would invalidate scores already given, naming the field; null when it would not. */
function breaksScores(before: Rubric, after: Rubric): string | null {
  for (const old of before.criteria) {
    const index = after.criteria.findIndex((c) => c.id === old.id);
    if (index < 0)
      return `rubric.criteria: kriteria "${old.name.id}" tidak boleh dihapus karena sudah ada nilai`;
    const next = after.criteria[index];
    const { min, max, step } = old.scale;
    if (next && (next.scale.min !== min || next.scale.max !== max || next.scale.step !== step))
      return `rubric.criteria.${index}.scale: skala "${old.name.id}" tidak boleh diubah karena sudah ada nilai (${min}–${max})`;
  }
  return null;
}

function describeRubric(rubric: Rubric): string {
  const total = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  return rubric.criteria.map((c) => `${c.name.id} ${Math.round((c.weight / total) * 1000) / 10}%`).join(', ');
}

/** The tie-break rules decide ranks: a change to them is spelled out, old and new, in the trail. */
function describeTieBreak(before: Rubric, after: Rubric): string {
  if (sameRules(before.tieBreak, after.tieBreak)) return '';
  return `. Aturan peringkat sama diubah dari: ${describeRules(before.tieBreak, before)}; menjadi: ${describeRules(after.tieBreak, after)}`;
}
