/**
 * The berita acara settings as the form holds them (plain strings, one per field) and back. An empty
 * field means "not set", so it is left out rather than sent as an empty string the schema refuses.
 */
import { groupNip } from '#shared/berita-acara/nip.ts';
import type { MinutesSettings, MinutesSettingsInput } from '#shared/berita-acara/settings.ts';

export interface MinutesForm {
  lines: string;
  address: string;
  phone: string;
  web: string;
  subject: string;
  number: string;
  decree: string;
  place: string;
  date: string;
  chairJurorId: string;
  /** NIP and rank by juror id. */
  signers: Record<string, { nip: string; rank: string }>;
  ackPosition: string;
  ackName: string;
  ackRank: string;
  ackNip: string;
  capitals: boolean;
  copies: string;
}

export function formFromSettings(s: MinutesSettings): MinutesForm {
  const ack = s.acknowledgedBy;
  return {
    lines: s.letterhead.lines.join('\n'),
    address: s.letterhead.address ?? '',
    phone: s.letterhead.phone ?? '',
    web: s.letterhead.web ?? '',
    subject: s.subject,
    number: s.number ?? '',
    decree: s.decree ?? '',
    place: s.signing.place,
    date: s.signing.date,
    chairJurorId: s.chairJurorId ?? '',
    signers: Object.fromEntries(
      s.signers.map((x) => [x.jurorId, { nip: x.nip ? groupNip(x.nip) : '', rank: x.rank ?? '' }]),
    ),
    ackPosition: ack?.position ?? '',
    ackName: ack?.name ?? '',
    ackRank: ack?.rank ?? '',
    ackNip: ack?.nip ? groupNip(ack.nip) : '',
    capitals: s.namesInCapitals,
    copies: s.copies === undefined ? '' : String(s.copies),
  };
}

/** The request body; `jurorIds` in panel order (signer rows of removed jurors are dropped). */
export function settingsFromForm(f: MinutesForm, jurorIds: readonly string[]): MinutesSettingsInput {
  const ack = [f.ackPosition, f.ackName, f.ackRank, f.ackNip].some((x) => x.trim() !== '');
  return {
    letterhead: {
      lines: f.lines.split('\n').filter((line) => line.trim() !== ''),
      address: given(f.address),
      phone: given(f.phone),
      web: given(f.web),
    },
    subject: f.subject,
    number: given(f.number),
    decree: given(f.decree),
    signing: { place: f.place, date: f.date },
    chairJurorId: given(f.chairJurorId),
    signers: jurorIds.flatMap((jurorId) => {
      const nip = given(f.signers[jurorId]?.nip ?? '');
      const rank = given(f.signers[jurorId]?.rank ?? '');
      return nip || rank ? [{ jurorId, nip, rank }] : [];
    }),
    acknowledgedBy: ack
      ? { position: f.ackPosition, name: f.ackName, rank: given(f.ackRank), nip: given(f.ackNip) }
      : undefined,
    namesInCapitals: f.capitals,
    copies: f.copies.trim() === '' ? undefined : Number(f.copies),
  };
}

const given = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
