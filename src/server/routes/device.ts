/**
 * Routes an enrolled tablet calls with its bearer token: its event package and score bundles. The
 * credential and the rate limit are checked before a byte of the body is read.
 */
import { Hono } from 'hono';
import { type DeviceEnv, requireDevice } from '#server/http/auth.ts';
import { recordDeviceContact } from '#server/http/device-contact.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { readBundle } from '#server/http/read-bundle.ts';
import { ingestBundle } from '#server/ingest.ts';
import type { RouteDeps } from '#server/routes/deps.ts';

export function deviceRoutes({ store, now, limitDevice }: RouteDeps): Hono<DeviceEnv> {
  const app = new Hono<DeviceEnv>();
  const guard = [requireDevice(store), limitDevice, recordDeviceContact(store, now)] as const;

  // A tablet asks with the version it holds (If-None-Match): 304 costs nothing when nothing changed.
  app.get('/events/:id/package', ...guard, (c) => {
    const eventId = c.req.param('id');
    if (eventId !== c.get('device').eventId)
      return apiError(c, fail('forbidden', 'this device is not enrolled for that event'));
    const pkg = store.events.get(eventId);
    if (!pkg) return apiError(c, fail('event_not_found', `event ${eventId} not found`));
    const etag = `"v${pkg.event.packageVersion ?? 0}"`;
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ETag: etag });
    return c.json(pkg, 200, { ETag: etag, 'Cache-Control': 'no-store' });
  });

  app.post('/bundles', ...guard, async (c) => {
    const body = await readBundle(c);
    if (!body.ok) return apiError(c, body.failure);
    const result = await ingestBundle(store, c.get('device'), body.bundle, body.canonical, now);
    if (result.status === 'failed') return apiError(c, result.failure);
    // The same bytes as c.json({ receipt }), without serialising the stored receipt a second time.
    return c.body(`{"receipt":${result.receiptJson}}`, result.status, {
      'Content-Type': 'application/json',
    });
  });

  return app;
}
