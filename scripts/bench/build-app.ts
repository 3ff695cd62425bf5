/** Builds the app into a throw-away directory, so a bench run never touches ./dist. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltApp {
  distDir: string;
  remove: () => Promise<void>;
}

export async function buildApp(): Promise<BuiltApp> {
  const root = await mkdtemp(join(tmpdir(), 'juri-bench-'));
  const distDir = join(root, 'dist');
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    await run('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']);
  } catch (error) {
    await remove();
    throw error;
  }
  return { distDir, remove };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  });
}
