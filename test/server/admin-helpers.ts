/** Organizer requests for the console's routes, and a 46-team list like the committee's spreadsheet. */
import type { Hono } from 'hono';
import * as v from 'valibot';
import { EventDetailSchema } from '#shared/admin-api.ts';
import type { ImportedRow } from '#shared/schedule-import.ts';
import { ORGANIZER } from './helpers.ts';

export const EVENT = '/api/admin/events/kipp-malang-2021';

export function admin(
  app: Hono,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  token: string | null = ORGANIZER,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return Promise.resolve(
    app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
}

export async function readDetail(res: Response) {
  return v.parse(EventDetailSchema, await res.json());
}

/** Rows as the console sends them after checking a file: 46 teams over the small event's two days. */
export function importRows(count = 46, days = ['2021-03-16', '2021-03-17']): ImportedRow[] {
  return Array.from({ length: count }, (_, i) => {
    const perDay = Math.ceil(count / days.length);
    const slot = i % perDay;
    const minutes = 8 * 60 + slot * 20;
    return {
      row: i + 2,
      no: i + 1,
      agency: `Kelurahan Contoh ${i + 1}`,
      agencyType: 'unit-kerja',
      title: `Inovasi Layanan ${i + 1}`,
      summary: `Ringkasan inovasi nomor ${i + 1}.`,
      day: days[Math.floor(i / perDay)] ?? '2021-03-16',
      start: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      room: 'Ruang Bromo',
    };
  });
}
