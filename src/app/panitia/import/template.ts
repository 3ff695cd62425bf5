/**
 * The import template in both formats, with the Indonesian headers the importer expects and the
 * event's current teams (or two example rows) filled in. CSV is written for Indonesian Excel:
 * semicolons and a UTF-8 BOM.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/universal';
import type { EventPackage } from '#shared/event.ts';
import { AGENCY_TYPE_LABELS, formatDay } from '#shared/import-cells.ts';
import { slotOf } from '#shared/package-diff.ts';
import { IMPORT_COLUMNS } from '#shared/schedule-import.ts';

type Row = [number, string, string, string, string, string, string, string];

export function templateRows(pkg: EventPackage): Row[] {
  const active = pkg.teams.filter((t) => !t.withdrawn);
  if (active.length === 0) {
    const day = formatDay(pkg.event.days[0] ?? '2021-03-16');
    const room = pkg.event.rooms?.[0] ?? 'Ruang 1';
    return [
      [
        1,
        'Dinas Kependudukan dan Pencatatan Sipil',
        'Perangkat daerah',
        'Contoh: Adminduk Drive-Thru',
        'Ringkasan singkat inovasi.',
        day,
        '08.00',
        room,
      ],
      [
        2,
        'Puskesmas Dinoyo',
        'Puskesmas',
        'Contoh: Antrean lewat WhatsApp',
        'Ringkasan singkat inovasi.',
        day,
        '08.20',
        room,
      ],
    ];
  }
  return active.map((team, i) => {
    const slot = slotOf(pkg, team.id);
    return [
      team.no ?? i + 1,
      team.agency,
      AGENCY_TYPE_LABELS[team.agencyType],
      team.title,
      team.summary,
      slot ? formatDay(slot.day) : '',
      slot ? slot.start.replace(':', '.') : '',
      slot?.room ?? '',
    ];
  });
}

export function templateCsv(pkg: EventPackage): Blob {
  const csv = Papa.unparse([IMPORT_COLUMNS.map((c) => c.header), ...templateRows(pkg)], { delimiter: ';' });
  return new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
}

export async function templateXlsx(pkg: EventPackage): Promise<Blob> {
  const header = IMPORT_COLUMNS.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const rows = templateRows(pkg).map((row) => row.map((value) => ({ value })));
  return writeXlsxFile([header, ...rows], {
    columns: [
      { width: 5 },
      { width: 36 },
      { width: 18 },
      { width: 40 },
      { width: 60 },
      { width: 12 },
      { width: 10 },
      { width: 18 },
    ],
  }).toBlob();
}

// Kept here too for the import panel, which loads this module (and its libraries) on demand.
export { download } from '#app/panitia/download.ts';
