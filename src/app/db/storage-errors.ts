/**
 * What a failed IndexedDB call means for the juror, read from the error the browser (or Dexie, which
 * wraps it and keeps the original as `inner`) threw: the storage is full, the connection was closed
 * under the app (another tab upgrading the schema, the browser closing it) — Dexie opens it again on
 * the next call, so tapping again works — or something else, known only by its name.
 */
export type StorageFailureKind = 'full' | 'closed' | 'failed';

export interface StorageFailure {
  kind: StorageFailureKind;
  /** The browser's (or Dexie's) name for it, for the panitia and the log. */
  name: string;
}

const FULL = new Set(['QuotaExceededError']);
// Raised before anything was written: no transaction could start on a closed connection.
const CLOSED = new Set(['DatabaseClosedError', 'InvalidStateError']);

export function classifyStorageError(error: unknown): StorageFailure {
  const names = namesOf(error);
  const name = names[0] ?? 'Error';
  if (names.some((n) => FULL.has(n))) return { kind: 'full', name };
  if (names.some((n) => CLOSED.has(n))) return { kind: 'closed', name };
  return { kind: 'failed', name };
}

/** The error's name and those of the errors it wraps, outermost first. */
function namesOf(error: unknown, depth = 0): string[] {
  if (depth > 3 || typeof error !== 'object' || error === null) return [];
  const name = 'name' in error && typeof error.name === 'string' ? [error.name] : [];
  const inner = 'inner' in error ? error.inner : undefined;
  return [...name, ...namesOf(inner, depth + 1)];
}
