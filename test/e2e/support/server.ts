/**
 * Runs the real server (src/server/main.ts) as a child process for browser tests, so a test can
 * kill it (SIGKILL, like a crash or a pulled plug) and start it again on the same data directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface ServerOptions {
  port?: number;
  dataDir?: string;
  distDir?: string;
  env?: Record<string, string>;
}

let nextPort = 18_700 + Math.floor(Math.random() * 500);

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'juri-e2e-'));
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? nextPort++;
  const dataDir = options.dataDir ?? freshDataDir();
  const distDir = resolve(options.distDir ?? process.env.DIST_DIR ?? 'dist');
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: distDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    port,
    dataDir,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${log()}`);
}
