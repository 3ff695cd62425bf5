/**
 * Worker threads that run TypeScript modules. On Node 20 tsx's loader does not follow a script into
 * its workers (not even with `execArgv: ['--import', 'tsx']`), so each worker registers it first.
 */
import { Worker } from 'node:worker_threads';
import * as v from 'valibot';

export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Messages from `worker`, validated and queued; a failed message, error or early exit rejects. */
export function receiveFrom<S extends v.GenericSchema>(
  worker: Worker,
  schema: S,
  label: string,
): (timeoutMs: number) => Promise<v.InferOutput<S>> {
  type Message = v.InferOutput<S>;
  const received: Message[] = [];
  const waiting: { resolve: (m: Message) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (message: unknown) => {
    const failed = v.safeParse(FailedSchema, message);
    if (failed.success) return fail(new Error(`${label}: ${failed.output.message}`));
    const parsed = v.safeParse(schema, message);
    if (!parsed.success) return fail(new Error(`${label} sent ${v.summarize(parsed.issues)}`));
    const next = waiting.shift();
    if (next) next.resolve(parsed.output);
    else received.push(parsed.output);
  });
  worker.on('error', (error) => fail(new Error(`${label}: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`${label} exited (code ${code})`)));

  return (timeoutMs) => {
    const queued = received.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (failure) return Promise.reject(failure);
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${label}: no answer in ${timeoutMs} ms`)), timeoutMs);
      waiting.push({
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  };
}

/** What a worker posts when its work threw; the parent turns it into an error. */
export const FailedSchema = v.object({ type: v.literal('failed'), message: v.string() });

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
