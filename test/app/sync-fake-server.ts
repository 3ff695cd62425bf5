/**
 * A stand-in for the upload server behind a stubbed fetch, keeping the contract the tablet relies on:
 * signature and chain checks, exactly-once storage, the original receipt for an identical resend.
 * One-shot faults (`failNext`) inject what venues produce: 500s, portal pages, hangs, lost replies.
 */
import * as v from 'valibot';
import {
  type BundleReceipt,
  bundleHash,
  GENESIS_HASH,
  type ScoreBundle,
  ScoreBundleSchema,
  verifyBundleSignature,
} from '#shared/bundle.ts';

export type Fault =
  | 'html-200'
  | 'status-500'
  | 'hang'
  | 'drop-after-commit'
  | 'revoked'
  | 'rate-limited'
  | 'wrong-receipt'
  | 'sequence-gap';

interface Stored {
  bundle: ScoreBundle;
  hash: string;
  receipt: BundleReceipt;
}

export class FakeSyncServer {
  token = 'token-of-this-tablet';
  secret = 'secret-of-this-tablet';
  /** Accepted bundles, in arrival order. */
  readonly accepted: Stored[] = [];
  bundleRequests = 0;
  private readonly faults: Fault[] = [];
  private nextSeq: number;
  private lastHash = GENESIS_HASH;

  constructor(firstSeq = 1) {
    this.nextSeq = firstSeq;
  }

  /** A new code redeemed by the same device: new token and secret; the hash chain continues. */
  reenroll(skipTo = 0): { token: string; secret: string; expectedSeq: number; prevHash: string } {
    this.token = `${this.token}-again`;
    this.secret = `${this.secret}-again`;
    // A device handed to another juror skips ahead: the first juror's unsent seqs can never come.
    this.nextSeq = Math.max(this.nextSeq, skipTo);
    return { token: this.token, secret: this.secret, expectedSeq: this.nextSeq, prevHash: this.lastHash };
  }

  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Every change the server holds, by seq; a doubled change would show up twice. */
  seqs(): number[] {
    return this.accepted.flatMap((s) => s.bundle.changes.map((c) => c.seq));
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/api/bundles') || init.method !== 'POST')
      return json(404, { error: { code: 'not_found', message: url } });
    this.bundleRequests++;
    const fault = this.faults.shift();
    if (fault === 'hang') return hangUntilAborted(init.signal);
    if (fault === 'html-200')
      return new Response('<html><body>Login Wi-Fi hotel</body></html>', {
        status: 200,
        headers: { 'content-type': 'text/html' },
      });
    if (fault === 'status-500') return json(500, { error: { code: 'internal', message: 'boom' } });
    if (fault === 'revoked')
      return json(401, { error: { code: 'revoked', message: 'device credential revoked' } });
    if (fault === 'rate-limited')
      return json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '7' });
    if (fault === 'sequence-gap')
      return json(409, { error: { code: 'sequence_gap', message: 'gap', expectedSeq: 1 } });

    const headers = new Headers(init.headers);
    if (headers.get('authorization') !== `Bearer ${this.token}`)
      return json(401, { error: { code: 'unauthorized', message: 'who?' } });
    const parsed = v.safeParse(ScoreBundleSchema, JSON.parse(String(init.body)));
    if (!parsed.success)
      return json(400, { error: { code: 'invalid_bundle', message: v.summarize(parsed.issues) } });
    const answer = await this.ingest(parsed.output);
    if (fault === 'drop-after-commit') throw new TypeError('Failed to fetch');
    if (fault === 'wrong-receipt' && 'receipt' in answer.body)
      return json(201, { receipt: { ...answer.body.receipt, bundleId: 'b-someone-else' } });
    return json(answer.status, answer.body);
  };

  private async ingest(
    bundle: ScoreBundle,
  ): Promise<{ status: number; body: { receipt: BundleReceipt } | { error: object } }> {
    const hash = await bundleHash(bundle);
    const same = this.accepted.find((s) => s.bundle.bundleId === bundle.bundleId);
    if (same)
      return same.hash === hash
        ? { status: 200, body: { receipt: same.receipt } }
        : { status: 409, body: { error: { code: 'bundle_conflict', message: 'x' } } };
    if (bundle.fromSeq !== this.nextSeq)
      return {
        status: 409,
        body: { error: { code: 'sequence_gap', message: 'gap', expectedSeq: this.nextSeq } },
      };
    if (!(await verifyBundleSignature(bundle, this.secret)))
      return { status: 422, body: { error: { code: 'bad_signature', message: 'x' } } };
    if (bundle.prevHash !== this.lastHash)
      return { status: 422, body: { error: { code: 'broken_chain', message: 'x' } } };
    const receipt: BundleReceipt = {
      bundleId: bundle.bundleId,
      deviceId: bundle.deviceId,
      fromSeq: bundle.fromSeq,
      toSeq: bundle.toSeq,
      hash,
      receivedAt: new Date().toISOString(),
    };
    this.accepted.push({ bundle, hash, receipt });
    this.nextSeq = bundle.toSeq + 1;
    this.lastHash = hash;
    return { status: 201, body: { receipt } };
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });
}
