/** Organizer routes: enrollment codes and their QR, revoking a device, reading the materialised sheets. */
import { Hono } from 'hono';
import { renderSVG } from 'uqr';
import { issueEnrollment } from '#server/enrollment.ts';
import { requireOrganizer } from '#server/http/auth.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { enrollmentUrl, publicOrigin } from '#server/http/origin.ts';
import { readJson } from '#server/http/read-json.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import {
  CreateEnrollmentRequestSchema,
  type CreateEnrollmentResponse,
  DeviceIdSchema,
  EnrollmentCodeSchema,
  type EventSheetsResponse,
  type RevokeResponse,
} from '#shared/api.ts';
import { IdSchema } from '#shared/ids.ts';
import { parseWith } from '#shared/validation.ts';

export function adminRoutes({ store, now, publicUrl, trustProxy, enrollmentTtlMs }: RouteDeps): Hono {
  const app = new Hono();
  app.use('*', requireOrganizer(store));

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

  app.post('/devices/:deviceId/revoke', (c) => {
    const param = parseWith(DeviceIdSchema, c.req.param('deviceId'));
    const device = param.ok ? store.devices.get(param.value) : undefined;
    if (!device) return apiError(c, fail('device_not_found', `device ${c.req.param('deviceId')} not found`));
    store.devices.revoke(device.deviceId, now().toISOString());
    const reply: RevokeResponse = {
      deviceId: device.deviceId,
      revokedAt: store.devices.get(device.deviceId)?.revokedAt ?? '',
    };
    return c.json(reply, 200);
  });

  app.get('/events/:eventId/sheets', (c) => {
    const param = parseWith(IdSchema, c.req.param('eventId'));
    if (!param.ok || !store.events.get(param.value))
      return apiError(c, fail('event_not_found', `event ${c.req.param('eventId')} not found`));
    const reply: EventSheetsResponse = { eventId: param.value, sheets: store.sheets.list(param.value) };
    return c.json(reply);
  });

  return app;
}
