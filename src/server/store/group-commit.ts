/**
 * Group commit on a synchronous SQLite connection. better-sqlite3 blocks the event loop through each
 * COMMIT and its fsync, so requests arriving meanwhile wait in the socket buffers, are parsed on the
 * loop's next turn and queue here; one setImmediate later the queue is written in ONE transaction —
 * one fsync for all of them. Each unit runs in its own SAVEPOINT, so a unit that throws is rolled back
 * alone and gets its own error. A unit's promise settles only after the COMMIT that contains it; if
 * that COMMIT fails, every unit of the batch is rejected and none of their writes remain.
 */
import type { Db } from '#server/db.ts';

export interface GroupCommit {
  /** Runs `work` in the next batch's transaction; resolves with its value once that batch is committed. */
  run<T>(work: () => T): Promise<T>;
}

interface Unit {
  /** Runs the work in a savepoint and remembers its outcome; never throws for the work's own errors. */
  attempt(): void;
  /** After COMMIT: resolves or rejects with the remembered outcome. */
  settle(): void;
  /** The batch failed as a whole. */
  abort(error: unknown): void;
}

/** Bounds one transaction's size (and so its latency) under a burst; the rest go in the next one. */
const DEFAULT_MAX_BATCH = 256;

export function createGroupCommit(db: Db, maxBatch = DEFAULT_MAX_BATCH): GroupCommit {
  let queue: Unit[] = [];
  let scheduled = false;

  // Called inside the batch's transaction, better-sqlite3 makes this a SAVEPOINT … RELEASE, and a
  // ROLLBACK TO the savepoint when `fn` throws.
  const savepoint = db.transaction((fn: () => void) => fn());
  const batch = db.transaction((units: readonly Unit[]) => {
    for (const unit of units) {
      unit.attempt();
      // Some errors (disk full, I/O) make SQLite roll the whole transaction back: then no unit of
      // this batch may be reported as stored, and later units must not run outside it.
      if (!db.inTransaction) throw new Error('the batch transaction was rolled back by SQLite');
    }
  });

  function flush(): void {
    scheduled = false;
    const units = queue.slice(0, maxBatch);
    queue = queue.slice(maxBatch);
    if (queue.length > 0) schedule();
    try {
      batch.immediate(units);
    } catch (error) {
      for (const unit of units) unit.abort(error);
      return;
    }
    for (const unit of units) unit.settle();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let outcome: { ok: true; value: T } | { ok: false; error: unknown } = {
          ok: false,
          error: new Error('group commit: unit settled before it ran'),
        };
        queue.push({
          attempt() {
            try {
              savepoint(() => {
                outcome = { ok: true, value: work() };
              });
            } catch (error) {
              outcome = { ok: false, error };
            }
          },
          settle: () => (outcome.ok ? resolve(outcome.value) : reject(outcome.error)),
          abort: reject,
        });
        schedule();
      });
    },
  };
}
