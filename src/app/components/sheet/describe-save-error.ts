/**
 * Turns whatever a repository call threw into something the save indicator can word: a refusal by the
 * sheet rules (with its code, worded from the dictionary) or a storage failure (full, the connection
 * closed under the app, or another failure known by the browser's name for it; db/storage-errors.ts).
 */
import type { SaveFailure } from '#app/components/sheet/use-save-tracker.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';
import { classifyStorageError } from '#app/db/storage-errors.ts';

export function describeSaveError(error: unknown): SaveFailure {
  if (error instanceof ChangeRejectedError)
    return { kind: 'rejected', code: error.reason.code, message: error.reason.message };
  // IndexedDB fails with DOMExceptions (QuotaExceededError, …), which are not Errors in every realm.
  const { kind, name } = classifyStorageError(error);
  return { kind: 'storage', reason: kind, name, message: String(error) };
}
