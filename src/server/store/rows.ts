/**
 * The one place where SQLite rows become domain objects. JSON columns are parsed with the shared
 * schemas, so a corrupt row fails loudly here instead of leaking into a reply.
 */
import * as v from 'valibot';
import { type BundleReceipt, BundleReceiptSchema } from '#shared/bundle.ts';
import { EventDraftSchema, type EventPackage } from '#shared/event.ts';
import {
  type AuditEntry,
  AuditEntrySchema,
  type ScoreSheet,
  ScoreSheetSchema,
} from '#shared/sheet-schema.ts';

export interface DeviceRow {
  device_id: string;
  event_id: string;
  juror_id: string;
  token_hash: string;
  secret: string;
  revoked_at: string | null;
  next_seq: number;
  last_hash: string;
  created_at: string;
  enrolled_at: string;
  enrollment_code: string | null;
}

export interface Device {
  deviceId: string;
  eventId: string;
  jurorId: string;
  tokenHash: string;
  secret: string;
  revokedAt: string | null;
  /** The seq the device's next bundle must start at. */
  nextSeq: number;
  /** The hash of the device's last accepted bundle: the next bundle's prevHash. */
  lastHash: string;
  createdAt: string;
  enrolledAt: string;
  /** The code whose redemption issued the current credential (null for devices enrolled before v4). */
  enrollmentCode: string | null;
}

export function toDevice(row: DeviceRow): Device {
  return {
    deviceId: row.device_id,
    eventId: row.event_id,
    jurorId: row.juror_id,
    tokenHash: row.token_hash,
    secret: row.secret,
    revokedAt: row.revoked_at,
    nextSeq: row.next_seq,
    lastHash: row.last_hash,
    createdAt: row.created_at,
    enrolledAt: row.enrolled_at,
    enrollmentCode: row.enrollment_code,
  };
}

export interface EnrollmentRow {
  code: string;
  event_id: string;
  juror_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
  handed_seq: number | null;
  handed_hash: string | null;
  handed_continues: number | null;
  handed_previous: string | null;
}

export interface Enrollment {
  code: string;
  eventId: string;
  jurorId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  deviceId: string | null;
  /** The chain position the redemption handed out: unchanged means the credential was never used. */
  handedSeq: number | null;
  handedHash: string | null;
  /** Whether handedSeq continued the same juror's log (then a retry gets exactly it back). */
  handedContinues: boolean;
  /** The revoked device whose chain this redemption continued (its final head was handed out), if any. */
  handedPrevious: string | null;
}

export function toEnrollment(row: EnrollmentRow): Enrollment {
  return {
    code: row.code,
    eventId: row.event_id,
    jurorId: row.juror_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    deviceId: row.device_id,
    handedSeq: row.handed_seq,
    handedHash: row.handed_hash,
    handedContinues: row.handed_continues === 1,
    handedPrevious: row.handed_previous ?? null,
  };
}

export interface BundleRow {
  bundle_id: string;
  device_id: string;
  from_seq: number;
  to_seq: number;
  hash: string;
  receipt: string;
}

/** An accepted bundle as far as idempotency needs it: who sent it, its content hash, its receipt. */
export interface StoredBundle {
  bundleId: string;
  deviceId: string;
  fromSeq: number;
  toSeq: number;
  hash: string;
  receipt: BundleReceipt;
  /** The receipt exactly as stored, so a resend is answered without serialising it again. */
  receiptJson: string;
}

export function toStoredBundle(row: BundleRow): StoredBundle {
  return {
    bundleId: row.bundle_id,
    deviceId: row.device_id,
    fromSeq: row.from_seq,
    toSeq: row.to_seq,
    hash: row.hash,
    receipt: parseJsonColumn(BundleReceiptSchema, row.receipt, 'bundles.receipt'),
    receiptJson: row.receipt,
  };
}

/** The sheet row holds everything but the audit trail, which has rows of its own (sheet_audit). */
const SheetHeadSchema = v.omit(ScoreSheetSchema, ['audit']);

export function parseSheetHead(json: string): ScoreSheet {
  return { ...parseJsonColumn(SheetHeadSchema, json, 'sheets.sheet'), audit: [] };
}

export function parseAuditEntry(json: string): AuditEntry {
  return parseJsonColumn(AuditEntrySchema, json, 'sheet_audit.entry');
}

/** An event as stored: a draft while the organizer sets it up (teams or jurors may be missing yet). */
export function parsePackage(json: string): EventPackage {
  return parseJsonColumn(EventDraftSchema, json, 'events.package');
}

/** Parses a JSON column with a shared schema; a row that does not fit throws, naming the column. */
export function parseJsonColumn<S extends v.GenericSchema>(
  schema: S,
  json: string,
  column: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, JSON.parse(json));
  if (!result.success) throw new Error(`corrupt ${column}: ${v.summarize(result.issues)}`);
  return result.output;
}
