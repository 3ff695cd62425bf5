/**
 * The panel as the berita acara lists it and as it signs: the chair (Ketua) first, then the members
 * (Anggota) in the event's order, numbered once so the list and the signature lines agree. Names are
 * printed as stored; NIP grouped 8-6-1-3.
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import type { Acknowledger, JurorRow, SignerRow } from '#shared/berita-acara/model.ts';
import { groupNip } from '#shared/berita-acara/nip.ts';
import { signerName } from '#shared/berita-acara/signer-name.ts';
import type { Juror } from '#shared/event.ts';

function panelOrder({ pkg, settings }: MinutesContext): Juror[] {
  const chair = pkg.jurors.find((j) => j.id === settings.chairJurorId);
  return chair ? [chair, ...pkg.jurors.filter((j) => j !== chair)] : [...pkg.jurors];
}

export function jurorRows(ctx: MinutesContext): JurorRow[] {
  const details = new Map(ctx.settings.signers.map((s) => [s.jurorId, s]));
  return panelOrder(ctx).map((juror, i) => {
    const signer = details.get(juror.id);
    const office = [juror.title, juror.institution].filter(Boolean).join(', ');
    return {
      no: i + 1,
      name: juror.name,
      nip: signer?.nip ? groupNip(signer.nip) : '–',
      rank: signer?.rank ?? '–',
      position: office || juror.role || '–',
      role: juror.id === ctx.settings.chairJurorId ? 'Ketua' : 'Anggota',
    };
  });
}

export function signerRows(ctx: MinutesContext): SignerRow[] {
  const details = new Map(ctx.settings.signers.map((s) => [s.jurorId, s]));
  return panelOrder(ctx).map((juror, i) => {
    const signer = details.get(juror.id);
    return {
      no: i + 1,
      name: signerName(juror.name, ctx.settings.namesInCapitals),
      role: juror.id === ctx.settings.chairJurorId ? 'Ketua' : 'Anggota',
      nip: signer?.nip ? groupNip(signer.nip) : null,
      rank: signer?.rank ?? null,
    };
  });
}

export function acknowledger({ settings }: MinutesContext): Acknowledger | null {
  const a = settings.acknowledgedBy;
  if (!a) return null;
  return {
    position: a.position,
    name: signerName(a.name, settings.namesInCapitals),
    rank: a.rank ?? null,
    nip: a.nip ? groupNip(a.nip) : null,
  };
}
