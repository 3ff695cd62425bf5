/** Errors the repositories throw, so screens can say in plain words what was refused and why. */
import type { ChangeError } from '#shared/sheet.ts';

/** Refusals that come from the tablet's state rather than the rubric (see change-gate.ts). */
export type TabletRefusal =
  | { code: 'tablet_enrolling'; message: string }
  | { code: 'other_juror'; message: string };

export type ChangeRejection = ChangeError | TabletRefusal;

/** A change the repository refused; nothing was written. */
export class ChangeRejectedError extends Error {
  constructor(readonly reason: ChangeRejection) {
    super(reason.message);
    this.name = 'ChangeRejectedError';
  }
}

/** An event package that failed the schema; `field` names the first bad field. */
export class InvalidPackageError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidPackageError';
  }
}
