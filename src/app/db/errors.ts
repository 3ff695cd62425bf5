import type { ChangeError } from '#shared/sheet.ts';

/** A change the repository refused; nothing was written. */
export class ChangeRejectedError extends Error {
  constructor(readonly reason: ChangeError) {
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
