/** Organizer routes for events: list, create, read, edit the event's settings, read its audit trail. */
import { Hono } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import { eventDetail, ok, publishChange } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { CreateEventRequestSchema, EventInfoInputSchema, type EventSummary } from '#shared/admin-api.ts';
import { EVENT_PACKAGE_VERSION, EventDraftSchema, type EventPackage } from '#shared/event.ts';
import { RUBRIC_PRESETS } from '#shared/rubric-presets.ts';
import { parseWith } from '#shared/validation.ts';

export function adminEventRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/events', (c) => {
    const events: EventSummary[] = store.events.list().map((pkg) => ({
      id: pkg.event.id,
      name: pkg.event.name,
      days: pkg.event.days,
      packageVersion: pkg.event.packageVersion ?? 0,
      teams: pkg.teams.filter((t) => !t.withdrawn).length,
      jurors: pkg.jurors.length,
      scored: store.events.firstScoreAt(pkg.event.id) !== null,
    }));
    return c.json({ events });
  });

  app.post('/events', async (c) => {
    const body = await readJson(c, CreateEventRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const { rubricPreset, ...info } = body.value;
    const rubric = RUBRIC_PRESETS.find((r) => r.id === (rubricPreset ?? RUBRIC_PRESETS[0]?.id));
    if (!rubric)
      return apiError(c, fail('invalid_request', `rubricPreset: preset "${rubricPreset}" tidak ada`));
    const at = now();
    return store.transaction(() => {
      if (store.events.get(info.id)) return apiError(c, fail('event_exists', `acara ${info.id} sudah ada`));
      const draft: EventPackage = {
        schemaVersion: EVENT_PACKAGE_VERSION,
        event: { ...info, packageVersion: 1 },
        rubric,
        teams: [],
        slots: [],
        jurors: [],
        conflicts: [],
      };
      const parsed = parseWith(EventDraftSchema, draft);
      if (!parsed.ok) return apiError(c, fail('invalid_request', parsed.message));
      store.events.put(parsed.value, at.toISOString());
      store.audit.add({
        eventId: info.id,
        at: at.toISOString(),
        version: 1,
        kind: 'event_created',
        summary: `Acara "${info.name}" dibuat dengan rubrik ${rubric.name}`,
        detail: null,
        reason: null,
        afterFirstScore: false,
      });
      return c.json(eventDetail(store, info.id), 201);
    });
  });

  app.get('/events/:eventId', (c) => {
    const eventId = c.req.param('eventId');
    if (!store.events.get(eventId)) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    return c.json(eventDetail(store, eventId));
  });

  app.put('/events/:eventId/info', async (c) => {
    const body = await readJson(c, EventInfoInputSchema);
    if (!body.ok) return apiError(c, body.failure);
    const result = publishChange(store, c.req.param('eventId'), now(), (pkg) => {
      const lost = pkg.slots.find((s) => !body.value.days.includes(s.day));
      if (lost) {
        return {
          ok: false,
          failure: fail(
            'invalid_request',
            `days: hari ${lost.day} masih dipakai di jadwal; pindahkan pesertanya dulu`,
          ),
        };
      }
      return ok({
        pkg: { ...pkg, event: { ...body.value, id: pkg.event.id, packageVersion: pkg.event.packageVersion } },
        note: { kind: 'info_changed', summary: 'Pengaturan acara diubah', detail: body.value },
      });
    });
    return result.ok ? c.json(result.value) : apiError(c, result.failure);
  });

  app.get('/events/:eventId/audit', (c) => {
    const eventId = c.req.param('eventId');
    if (!store.events.get(eventId)) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    return c.json({ entries: store.audit.list(eventId) });
  });

  return app;
}
