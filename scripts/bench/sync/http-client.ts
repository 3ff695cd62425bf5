/**
 * The ingest bench's HTTP client: node:http over kept-alive sockets. fetch() in Node 20 costs the
 * load generator several times more CPU per request, and on a 2-core machine that CPU is taken from
 * the server being measured.
 */
import { Agent, request } from 'node:http';

export interface Sent {
  status: number;
  text: string;
}

export interface SendOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

// Idle sockets are dropped after 4 s, before the server's 5 s keep-alive timeout closes them: a socket
// reused just as the server closes it fails with ECONNRESET (seen when one server idles while the
// other one's round runs).
const agent = new Agent({ keepAlive: true, timeout: 4_000 });

export function send(url: string, options: SendOptions): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = request(url, { method: options.method ?? 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs, () =>
      req.destroy(new Error(`${url}: no answer in ${options.timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
