/**
 * POST /api/enroll: a tablet redeems a code for its credential, juror identity, event package and the
 * juror's sheets so far.
 */
import { Hono } from 'hono';
import { redeemEnrollment } from '#server/enrollment.ts';
import { apiError, fail } from '#server/http/errors.ts';
import { createFailureBudget } from '#server/http/rate-limit.ts';
import { readJson } from '#server/http/read-json.ts';
import type { RouteDeps } from '#server/routes/deps.ts';
import { EnrollRequestSchema } from '#shared/api.ts';

export function enrollRoutes({ store, now, enrollFailures }: RouteDeps): Hono {
  const app = new Hono();
  const budget = enrollFailures === false ? null : createFailureBudget(enrollFailures, now);
  app.post('/', async (c) => {
    const wait = budget?.wait() ?? 0;
    if (wait > 0) {
      return apiError(c, fail('rate_limited', `too many wrong enrollment codes; retry in ${wait} s`), {
        'Retry-After': String(wait),
      });
    }
    const body = await readJson(c, EnrollRequestSchema);
    if (!body.ok) return apiError(c, body.failure);
    const redeemed = redeemEnrollment(store, body.value, now());
    if (!redeemed.ok) {
      // Only a code that names nothing looks like guessing; used or expired codes were real once.
      if (redeemed.failure.code === 'code_not_found') budget?.spend();
      return apiError(c, redeemed.failure);
    }
    return c.json(redeemed.value, 201);
  });
  return app;
}
