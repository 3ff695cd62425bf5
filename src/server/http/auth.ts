/** Bearer credentials: the organizer's token for /api/admin, a device token for the tablet routes. */
import type { Context, MiddlewareHandler } from 'hono';
import { apiError, fail } from '#server/http/errors.ts';
import { hashToken, tokensEqual } from '#server/secrets.ts';
import type { Device, Store } from '#server/store/index.ts';

export type DeviceEnv = { Variables: { device: Device } };

export const ORGANIZER_TOKEN_KEY = 'organizer_token';

export function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

export function requireOrganizer(store: Store): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c);
    const expected = store.settings.get(ORGANIZER_TOKEN_KEY);
    if (!token || !expected || !tokensEqual(token, expected)) {
      return apiError(c, fail('unauthorized', 'organizer token missing or wrong'));
    }
    await next();
  };
}

export function requireDevice(store: Store): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    const device = token ? store.devices.byTokenHash(hashToken(token)) : undefined;
    if (!device) return apiError(c, fail('unauthorized', 'device credential missing or unknown'));
    if (device.revokedAt)
      return apiError(c, fail('revoked', `device credential revoked at ${device.revokedAt}`));
    c.set('device', device);
    await next();
  };
}
