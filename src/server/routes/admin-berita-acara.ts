/**
 * Organizer routes for the berita acara: read and save its settings (validated with the shared schema
 * and against the event's panel, kept in the audit trail), and read everything the document is built
 * from in one go: the results recomputed from the raw bundles with their fingerprint, and the sheet
 * records from that same replay, so what is printed beside the ranking comes from the same data.
 */
import { Hono } from 'hono';
import { reproduceEventResults } from '#server/event-results.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import { recordAudit } from '#server/publish.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import type { Store } from '#server/store/index.ts';
import type { MinutesData, MinutesSettingsResponse, SheetRecord } from '#shared/berita-acara/api.ts';
import {
  defaultMinutesSettings,
  type MinutesSettings,
  MinutesSettingsSchema,
  settingsProblem,
} from '#shared/berita-acara/settings.ts';
import type { EventPackage } from '#shared/event.ts';

export function adminBeritaAcaraRoutes({ store, now }: RouteDeps): Hono {
  const app = new Hono();

  app.get('/events/:eventId/berita-acara/settings', (c) => {
    const pkg = store.events.get(c.req.param('eventId'));
    if (!pkg) return apiError(c, notFound(c.req.param('eventId')));
    return c.json(settingsReply(store, pkg));
  });

  app.put('/events/:eventId/berita-acara/settings', async (c) => {
    const eventId = c.req.param('eventId');
    const body = await readJson(c, MinutesSettingsSchema);
    if (!body.ok) return apiError(c, body.failure);
    const at = now();
    return store.transaction(() => {
      const pkg = store.events.get(eventId);
      if (!pkg) return apiError(c, notFound(eventId));
      const problem = settingsProblem(body.value, pkg);
      if (problem) return apiError(c, fail('invalid_request', problem));
      store.minutes.put(eventId, body.value, at.toISOString());
      recordAudit(store, eventId, at, {
        kind: 'minutes_settings_changed',
        summary: 'Pengaturan berita acara diubah',
        detail: body.value,
      });
      return c.json(settingsReply(store, pkg));
    });
  });

  app.get('/events/:eventId/berita-acara', async (c) => {
    const eventId = c.req.param('eventId');
    const computedAt = now().toISOString();
    const reproduced = await reproduceEventResults(store, eventId);
    if (!reproduced.ok) return apiError(c, reproduced.failure);
    const { pkg } = reproduced;
    const { settings, saved } = settingsReply(store, pkg);
    const sheets: SheetRecord[] = reproduced.sheets
      .filter((s) => s.status === 'coi' || s.audit.length > 0)
      .map(({ jurorId, teamId, status, coiReason, audit }) => ({
        jurorId,
        teamId,
        status,
        coiReason,
        audit,
      }));
    const reply: MinutesData = {
      computedAt,
      package: pkg,
      settings,
      settingsSaved: saved,
      results: reproduced.value,
      eventAudit: store.audit.list(eventId),
      sheets,
    };
    return c.json(reply, 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}

function settingsReply(store: Store, pkg: EventPackage): MinutesSettingsResponse {
  const stored: MinutesSettings | undefined = store.minutes.get(pkg.event.id);
  return { settings: stored ?? defaultMinutesSettings(pkg), saved: stored !== undefined };
}

const notFound = (eventId: string) => fail('event_not_found', `event ${eventId} not found`);
