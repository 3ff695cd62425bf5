/**
 * Organizer routes for watching the event: the teams × jurors progress grid (polled by the console)
 * and the tablets — what each last reported, revoke, and replace (revoke plus a fresh code).
 */
import { Hono } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { recordAudit } from '#server/publish.ts';
import { reissueCode } from '#server/routes/admin-jurors.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import type { Store } from '#server/store/index.ts';
import type { DeviceInfo, ProgressCell, ProgressResponse, RevokeResponse } from '#shared/admin-api.ts';
import { DeviceIdSchema } from '#shared/api.ts';
import { parseWith } from '#shared/validation.ts';

export function adminProgressRoutes(deps: RouteDeps): Hono {
  const { store, now } = deps;
  const app = new Hono();

  app.get('/events/:eventId/progress', (c) => {
    const eventId = c.req.param('eventId');
    const pkg = store.events.get(eventId);
    if (!pkg) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    const sheets = new Map(store.sheets.list(eventId).map((s) => [`${s.jurorId}/${s.teamId}`, s]));
    const declared = new Set((pkg.conflicts ?? []).map((k) => `${k.jurorId}/${k.teamId}`));
    const moved = store.audit.movedWithScores(eventId);
    const cells: ProgressCell[] = [];
    for (const team of pkg.teams) {
      for (const juror of pkg.jurors) {
        const key = `${juror.id}/${team.id}`;
        const sheet = sheets.get(key);
        // A withdrawn team's column disappears unless someone scored it: those scores stay, flagged.
        if (team.withdrawn && !sheet) continue;
        const flags: ProgressCell['flags'] = [];
        if (team.withdrawn) flags.push('withdrawn');
        if (sheet && moved.has(team.id)) flags.push('moved');
        cells.push({
          jurorId: juror.id,
          teamId: team.id,
          status: sheet?.status ?? (declared.has(key) ? 'coi' : 'none'),
          declaredConflict: declared.has(key),
          updatedAt: sheet?.updatedAt ?? null,
          flags,
        });
      }
    }
    const reply: ProgressResponse = { generatedAt: now().toISOString(), package: pkg, cells };
    return c.json(reply);
  });

  app.get('/events/:eventId/devices', (c) => {
    const eventId = c.req.param('eventId');
    if (!store.events.get(eventId)) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    return c.json({ devices: store.devices.listOfEvent(eventId) });
  });

  app.post('/devices/:deviceId/revoke', (c) => {
    const param = parseWith(DeviceIdSchema, c.req.param('deviceId'));
    const device = param.ok ? store.devices.get(param.value) : undefined;
    if (!device) return apiError(c, fail('device_not_found', `device ${c.req.param('deviceId')} not found`));
    const deviceId = device.deviceId;
    const at = now();
    store.transaction(() => {
      if (store.devices.revoke(deviceId, at.toISOString()))
        recordAudit(store, device.eventId, at, {
          kind: 'device_revoked',
          summary: `Akses tablet ${deviceId} (juri ${device.jurorId}) dicabut`,
        });
    });
    const reply: RevokeResponse = { deviceId, revokedAt: store.devices.get(deviceId)?.revokedAt ?? '' };
    return c.json(reply, 200);
  });

  app.post('/devices/:deviceId/replace', (c) => {
    const param = parseWith(DeviceIdSchema, c.req.param('deviceId'));
    const device = param.ok ? store.devices.get(param.value) : undefined;
    if (!device) return apiError(c, fail('device_not_found', `device ${c.req.param('deviceId')} not found`));
    const deviceId = device.deviceId;
    const at = now();
    const card = store.transaction(() => {
      if (store.devices.revoke(deviceId, at.toISOString()))
        recordAudit(store, device.eventId, at, {
          kind: 'device_revoked',
          summary: `Tablet ${deviceId} (juri ${device.jurorId}) diganti: akses dicabut`,
        });
      return reissueCode(c, deps, device.eventId, device.jurorId);
    });
    if (!card.ok) return apiError(c, card.failure);
    return c.json({ device: deviceInfo(store, device.eventId, deviceId), card: card.value });
  });

  return app;
}

function deviceInfo(store: Store, eventId: string, deviceId: string): DeviceInfo {
  const found = store.devices.listOfEvent(eventId).find((d) => d.deviceId === deviceId);
  if (!found) throw new Error(`device ${deviceId} vanished`);
  return found;
}
