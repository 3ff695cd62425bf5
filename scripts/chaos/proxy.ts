/**
 * The venue's network between one tablet and the laptop's server: a small HTTP proxy that the tablet
 * loads the app from and uploads through, and where the harness injects what venues do. Wi-Fi down
 * closes every connection and refuses new ones — the service worker's own requests included, which
 * Playwright's setOffline does not stop. Armed answers replace the server's reply to the next score
 * upload: a 500, 503 or 429, a captive portal's HTML 200, a reply dropped after the server committed,
 * or an answer held back past the tablet's timeout.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type UploadFault =
  | 'http-500'
  | 'http-503'
  | 'http-429'
  | 'captive-portal'
  | 'reply-dropped'
  | 'slow-answer';

/** Longer than the tablet's 15 s request timeout (src/app/sync/http.ts). */
export const SLOW_ANSWER_MS = 17_000;

const BUNDLES = '/api/bundles';

export interface ProxyHooks {
  /** Where the server listens now (it keeps its port across restarts). */
  upstreamPort: number;
  /** An armed upload fault met a real upload. */
  onFaultApplied: (fault: UploadFault) => void;
  /** A score upload was passed to the server (the injector may kill the server now: mid-sync). */
  onUploadForwarded: () => void;
}

export interface TabletProxy {
  url: string;
  setWifi(up: boolean): void;
  wifiUp(): boolean;
  /** The next upload gets this answer instead of the server's. */
  arm(fault: UploadFault): void;
  /** Faults armed but never met by an upload; cleared. */
  disarm(): UploadFault[];
  close(): Promise<void>;
}

export async function startProxy(hooks: ProxyHooks): Promise<TabletProxy> {
  const sockets = new Set<Socket>();
  let up = true;
  let armed: UploadFault[] = [];

  const server: Server = createServer((req, res) => {
    if (!up) return void req.socket.destroy();
    const isUpload = req.method === 'POST' && (req.url ?? '').startsWith(BUNDLES);
    const fault = isUpload ? armed.shift() : undefined;
    if (fault) hooks.onFaultApplied(fault);
    if (fault && answerInstead(fault, req, res)) return;
    forward(req, res, hooks, fault, isUpload);
  });
  server.keepAliveTimeout = 2_000;
  server.on('connection', (socket) => {
    if (!up) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');

  return {
    url: `http://127.0.0.1:${address.port}`,
    setWifi(next) {
      up = next;
      if (!next) for (const socket of sockets) socket.destroy();
    },
    wifiUp: () => up,
    arm: (fault) => {
      armed.push(fault);
    },
    disarm() {
      const left = armed;
      armed = [];
      return left;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Answers without the server; false when the fault needs the server's own answer first. */
function answerInstead(fault: UploadFault, req: IncomingMessage, res: ServerResponse): boolean {
  const json = (status: number, code: string, headers: Record<string, string> = {}) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { code, message: `chaos: ${fault}` } }));
  };
  switch (fault) {
    case 'http-500':
      json(500, 'internal');
      return true;
    case 'http-503':
      json(503, 'unavailable');
      return true;
    case 'http-429':
      json(429, 'rate_limited', { 'retry-after': '2' });
      return true;
    case 'captive-portal':
      req.resume();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>Selamat datang di Wi-Fi hotel</h1><p>Silakan login.</p></body></html>');
      return true;
    default:
      return false;
  }
}

function forward(
  req: IncomingMessage,
  res: ServerResponse,
  hooks: ProxyHooks,
  fault: UploadFault | undefined,
  isUpload: boolean,
): void {
  const upstream = request(
    { host: '127.0.0.1', port: hooks.upstreamPort, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      if (fault === 'reply-dropped' || fault === 'slow-answer') {
        // The server has answered, so it has committed: the tablet must never learn it from this reply.
        answer.resume();
        answer.on('end', () => {
          const delay = fault === 'slow-answer' ? SLOW_ANSWER_MS : 0;
          setTimeout(() => req.socket.destroy(), delay);
        });
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  // The server is down or was killed mid-request: the tablet sees the connection fail, as on a LAN.
  upstream.on('error', () => req.socket.destroy());
  req.pipe(upstream);
  if (isUpload) req.on('end', () => hooks.onUploadForwarded());
}
