/**
 * One JSON request to the Juri server, reduced to what the sync loop must decide on. A timeout is an
 * answer of its own (the request may still have reached the server), and a body that is not JSON
 * (a captive portal's login page) is never read as one. Bodies go out as canonical JSON: the server
 * stores a bundle as exactly those bytes, the ones its signature and hash are computed over.
 */
import { reportServerEvidence } from '#app/pwa/server-evidence.ts';
import { canonicalJson } from '#shared/canonical.ts';

export const REQUEST_TIMEOUT_MS = 15_000;

export type HttpResult =
  | { kind: 'network'; detail: string }
  | { kind: 'timeout' }
  /** `json` is undefined when the body was not JSON. */
  | { kind: 'response'; status: number; headers: Headers; json: unknown };

export interface RequestOptions {
  method: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  /** Extra request headers (e.g. what the tablet reports about itself). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function requestJson(path: string, options: RequestOptions): Promise<HttpResult> {
  // Every answer (or its absence) is the freshest connection evidence: the badge follows it at once.
  const result = await sendJson(path, options);
  reportServerEvidence(result);
  return result;
}

async function sendJson(path: string, options: RequestOptions): Promise<HttpResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  try {
    const response = await (options.fetchImpl ?? fetch)(path, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : canonicalJson(options.body),
      cache: 'no-store',
      credentials: 'same-origin',
      // A portal redirecting to its login page is "not connected", not an answer.
      redirect: 'error',
      signal: abort.signal,
    });
    // The body is read under the same timer: a server that sends headers and then stalls is a timeout too.
    const text = await response.text();
    return {
      kind: 'response',
      status: response.status,
      headers: response.headers,
      json: parseJsonBody(response, text),
    };
  } catch (error) {
    if (abort.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function parseJsonBody(response: Response, text: string): unknown {
  if (!(response.headers.get('content-type') ?? '').toLowerCase().includes('application/json'))
    return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
