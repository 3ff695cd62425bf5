/**
 * The laptop's server during a chaos run: the real `src/server/main.ts` as a child process
 * (test/e2e/support/server.ts), killed with SIGKILL and started again on the same port and data
 * directory, plus the organizer API calls the harness makes as the panitia would (codes, jurors).
 */
import { createServer } from 'node:net';
import * as v from 'valibot';
import { type RunningServer, startServer } from '../../test/e2e/support/server.ts';

export const ORGANIZER_TOKEN = 'organizer-token-for-chaos';
export const EVENT_ID = 'kipp-malang-2021';

export interface VenueServer {
  port: number;
  dataDir: string;
  isUp(): boolean;
  /** SIGKILL: no shutdown, no flush beyond what SQLite already committed. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** Resolves once the server answers (it may be down for a restart). */
  whenUp(): Promise<string>;
  stop(): Promise<void>;
  output(): string;
}

export async function startVenueServer(dataDir: string, distDir: string): Promise<VenueServer> {
  const port = await freePort();
  const options = { port, dataDir, distDir, env: { ORGANIZER_TOKEN } };
  let running: RunningServer | null = await startServer(options);
  let log = '';
  let starting: Promise<void> | null = null;

  const restart = async (): Promise<void> => {
    if (running) return;
    starting ??= startServer(options).then(
      (next) => {
        running = next;
        starting = null;
      },
      (error: unknown) => {
        starting = null;
        throw error;
      },
    );
    await starting;
  };

  return {
    port,
    dataDir,
    isUp: () => running !== null,
    kill: async () => {
      const current = running;
      if (!current) return;
      running = null;
      log += current.output();
      await current.stop('SIGKILL');
    },
    restart,
    whenUp: async () => {
      while (!running) {
        await (starting ?? new Promise((r) => setTimeout(r, 200)));
      }
      return running.url;
    },
    stop: async () => {
      await starting?.catch(() => {});
      if (running) log += running.output();
      await running?.stop();
      running = null;
    },
    output: () => log + (running?.output() ?? ''),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** The organizer API, as the console uses it; waits for a restarting server. */
export async function organizerCall<S extends v.GenericSchema>(
  server: VenueServer,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  body?: unknown,
): Promise<v.InferOutput<S>> {
  for (let attempt = 0; ; attempt++) {
    const url = await server.whenUp();
    try {
      const res = await fetch(`${url}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (res.ok) return v.parse(schema, await res.json());
      throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    } catch (error) {
      // Killed between whenUp() and the answer: ask again once it is back.
      if (attempt >= 20 || (error instanceof Error && error.message.includes('HTTP'))) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** A fresh enrollment code for a juror, as "Terbitkan kode" prints on a card. */
export async function issueCode(server: VenueServer, jurorId: string): Promise<string> {
  const reply = await organizerCall(server, 'POST', '/admin/enrollments', v.object({ code: v.string() }), {
    jurorId,
    eventId: EVENT_ID,
  });
  return reply.code;
}
