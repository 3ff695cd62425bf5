/**
 * Tablet credentials are remembered between requests (store/devices.ts): a token looked up once must
 * still be refused the moment it is revoked or replaced, and a credential written in a transaction
 * that rolls back must never be remembered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '#server/secrets.ts';
import { createStore } from '#server/store/index.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  organizerHeaders,
  readError,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const packageOf = (token: string) =>
  server.app.request(`/api/events/${EVENT_ID}/package`, { headers: { Authorization: `Bearer ${token}` } });

describe('remembered tablet credentials', () => {
  it('refuses a token revoked after it was used', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    expect((await packageOf(tablet.device.token)).status).toBe(200);
    const revoked = await server.app.request(`/api/admin/devices/${tablet.device.deviceId}/revoke`, {
      method: 'POST',
      headers: organizerHeaders,
    });
    expect(revoked.status).toBe(200);
    const refused = await packageOf(tablet.device.token);
    expect(refused.status).toBe(401);
    expect(await readError(refused)).toMatchObject({ code: 'revoked' });
  });

  it('refuses the old token once the tablet enrolled again, and takes the new one', async () => {
    server = createTestServer();
    const first = await enroll(server.app);
    expect((await packageOf(first.device.token)).status).toBe(200);
    const again = await enroll(server.app, undefined, first.device.deviceId, 1, first.device.token);
    expect(again.device.token).not.toBe(first.device.token);
    const old = await packageOf(first.device.token);
    expect(old.status).toBe(401);
    expect((await packageOf(again.device.token)).status).toBe(200);
  });

  it('never remembers a credential from a transaction that rolled back', async () => {
    server = createTestServer();
    const tablet = await enroll(server.app);
    const store = createStore(server.db);
    const current = store.devices.get(tablet.device.deviceId);
    if (!current) throw new Error('enrolled device not stored');
    const unsaved = hashToken('a-token-whose-enrollment-failed');
    expect(() =>
      store.transaction(() => {
        store.devices.saveCredential({ ...current, tokenHash: unsaved });
        // Looked up while the write is still open, as a check inside the same transaction might.
        expect(store.devices.credential(unsaved)?.deviceId).toBe(tablet.device.deviceId);
        throw new Error('enrollment failed after the write');
      }),
    ).toThrow('enrollment failed after the write');
    expect(store.devices.credential(unsaved)).toBeUndefined();
    expect(store.devices.credential(current.tokenHash)?.deviceId).toBe(tablet.device.deviceId);
  });
});
