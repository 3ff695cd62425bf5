/**
 * The console's calls to /api/admin: the bearer token on every request, replies validated with the
 * shared schemas before anything is shown, and failures reduced to what the console must say.
 */
import * as v from 'valibot';
import { ApiErrorSchema } from '#shared/api.ts';

export type ApiFailure =
  | { kind: 'unauthorized' }
  | { kind: 'rate_limited'; retryAfter: number }
  | { kind: 'network' }
  /** `reply`: the whole reply, for a route that answers a refusal with more than the envelope. */
  | { kind: 'error'; status: number; code: string; message: string; reply?: unknown };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface AdminClient {
  request<S extends v.GenericSchema>(
    method: Method,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<ApiResult<v.InferOutput<S>>>;
}

export function createAdminClient(token: string, fetchImpl: typeof fetch = fetch): AdminClient {
  return {
    async request(method, path, schema, body) {
      let response: Response;
      try {
        response = await fetchImpl(`/api/admin${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          // A Blob goes as it is: a score file must arrive byte for byte, not re-serialised.
          body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
          cache: 'no-store',
        });
      } catch {
        return { ok: false, failure: { kind: 'network' } };
      }
      const json: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const parsed = v.safeParse(schema, json);
        if (parsed.success) return { ok: true, value: parsed.output };
        return {
          ok: false,
          failure: {
            kind: 'error',
            status: response.status,
            code: 'bad_reply',
            message: v.summarize(parsed.issues),
          },
        };
      }
      if (response.status === 401) return { ok: false, failure: { kind: 'unauthorized' } };
      if (response.status === 429)
        return {
          ok: false,
          failure: { kind: 'rate_limited', retryAfter: Number(response.headers.get('Retry-After') ?? 5) },
        };
      const envelope = v.safeParse(ApiErrorSchema, json);
      if (!envelope.success) return { ok: false, failure: { kind: 'network' } };
      const { code, message } = envelope.output.error;
      return { ok: false, failure: { kind: 'error', status: response.status, code, message, reply: json } };
    },
  };
}
