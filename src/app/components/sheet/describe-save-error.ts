/**
 * Turns whatever a repository call threw into something the save indicator can word: a refusal by the
 * sheet rules (with its code, worded from the dictionary) or a storage failure (with the browser's name
 * for it, which the dictionary words when it knows it, e.g. a full disk).
 */
import type { SaveFailure } from '#app/components/sheet/use-save-tracker.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';

export function describeSaveError(error: unknown): SaveFailure {
  if (error instanceof ChangeRejectedError)
    return { kind: 'rejected', code: error.reason.code, message: error.reason.message };
  // IndexedDB fails with DOMExceptions (QuotaExceededError, …), which are not Errors in every realm.
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return { kind: 'storage', name: error.name, message: String(error) };
  }
  return { kind: 'storage', name: 'Error', message: String(error) };
}
