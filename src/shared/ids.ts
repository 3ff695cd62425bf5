/**
 * Identifier patterns, defined once. Event, juror, team and criterion ids are lower-case slugs that
 * organizers type and URLs carry; device and bundle ids are random tokens a tablet makes up
 * (randomId in #shared/runtime.ts), so they allow upper case and underscores but nothing a URL,
 * a file name or a log line would have to escape.
 */
import * as v from 'valibot';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const TOKEN_ID_PATTERN = /^[A-Za-z0-9_-]{8,80}$/;

/** An event, juror, team or criterion id: 1–64 lower-case letters, digits and dashes. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'harus huruf kecil, angka atau tanda hubung (paling banyak 64)'),
);

export const DeviceIdSchema = v.pipe(v.string(), v.regex(TOKEN_ID_PATTERN, 'deviceId tidak sah'));
export const BundleIdSchema = v.pipe(v.string(), v.regex(TOKEN_ID_PATTERN, 'bundleId tidak sah'));
