/**
 * POST /api/enroll: a tablet redeems a code for its credential, juror identity, event package and the
 * juror's sheets so far. A tablet enrolling again sends its current token as proof that the device
 * is its own; a tablet whose device was revoked comes under a new id and names the revoked one (see
 * enrollment.ts). The guessing limit is checked before the body is read.
 */
import { Hono } from 'hono';
import { redeemEnrollment } from '#server/enrollment.ts';
import { bearerToken } from '#server/http/auth.ts';
import { clientAddress } from '#server/http/client.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { readJson } from '#server/http/read-json.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { hashToken } from '#server/secrets.ts';
import { EnrollRequestSchema } from '#shared/api.ts';

/** An enrollment request is a code, a device id and a number: far below a kilobyte. */
const MAX_ENROLL_BODY_BYTES = 4 * 1024;

export function enrollRoutes({ store, now, enrollGuard, trustProxy }: RouteDeps): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const source = clientAddress(c, trustProxy);
    const wait = enrollGuard?.wait(source) ?? 0;
    if (wait > 0) {
      return apiError(c, fail('rate_limited', `too many wrong enrollment codes; retry in ${wait} s`), {
        'Retry-After': String(wait),
      });
    }
    const body = await readJson(c, EnrollRequestSchema, 'invalid_request', MAX_ENROLL_BODY_BYTES);
    if (!body.ok) return apiError(c, body.failure);
    const token = bearerToken(c);
    const redeemed = redeemEnrollment(
      store,
      { ...body.value, presentedTokenHash: token === undefined ? undefined : hashToken(token) },
      now(),
    );
    if (!redeemed.ok) {
      if (redeemed.failure.code === 'code_not_found') enrollGuard?.spend(source);
      return apiError(c, redeemed.failure);
    }
    return c.json(redeemed.value.response, redeemed.value.repeated ? 200 : 201);
  });
  return app;
}
