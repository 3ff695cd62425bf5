/**
 * What a tablet tells about itself on each call, in request headers so the bundle format and the
 * sync protocol stay as they are: its app version, how many changes it still holds unconfirmed, the
 * event package version it holds and, if it refused the last package, why. The organizer's device
 * list shows them; the reply carries the current package version so a tablet knows when to fetch.
 */
import type { MiddlewareHandler } from 'hono';
import type { DeviceEnv } from '#server/http/auth.ts';
import type { Store } from '#server/store/index.ts';

export const DEVICE_HEADERS = {
  appVersion: 'X-Juri-App-Version',
  queue: 'X-Juri-Queue',
  packageVersion: 'X-Juri-Package-Version',
  packageProblem: 'X-Juri-Package-Problem',
} as const;

// Bundles arrive in bursts: last contact is written at most this often per tablet, outside the ingest path's commit.
const WRITE_EVERY_MS = 10_000;

export function recordDeviceContact(store: Store, now: () => Date): MiddlewareHandler<DeviceEnv> {
  const lastWrite = new Map<string, number>();
  return async (c, next) => {
    const device = c.get('device');
    const pkg = store.events.get(device.eventId);
    // Set before the route answers: a header added to a finished response makes @hono/node-server
    // build a full web Response for it (about 80 µs a reply, measured under the ingest bench).
    if (pkg) c.header(DEVICE_HEADERS.packageVersion, String(pkg.event.packageVersion ?? 0));
    await next();
    const reported = c.req.header(DEVICE_HEADERS.queue) !== undefined;
    const at = now();
    const previous = lastWrite.get(device.deviceId) ?? 0;
    if (!reported && at.getTime() - previous < WRITE_EVERY_MS) return;
    lastWrite.set(device.deviceId, at.getTime());
    store.devices.recordContact(device.deviceId, {
      lastSeenAt: at.toISOString(),
      appVersion: text(c.req.header(DEVICE_HEADERS.appVersion), 40),
      queueLength: count(c.req.header(DEVICE_HEADERS.queue)),
      packageVersion: count(c.req.header(DEVICE_HEADERS.packageVersion)),
      packageProblem: text(c.req.header(DEVICE_HEADERS.packageProblem), 300),
    });
  };
}

function text(value: string | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function count(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null;
}
