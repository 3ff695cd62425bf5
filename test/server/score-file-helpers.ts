/** Score files as a tablet would write them (signed, canonical JSON), and the import request. */
import type { Hono } from 'hono';
import * as v from 'valibot';
import type { EnrollResponse } from '#shared/api.ts';
import type { ScoreBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import {
  describeContents,
  SCORE_FILE_FORMAT,
  SCORE_FILE_VERSION,
  signScoreFile,
} from '#shared/score-file.ts';
import { ScoreFileReportSchema } from '#shared/score-file-report.ts';
import { EVENT_ID, ORGANIZER, START } from './helpers.ts';

export interface FileMaker {
  deviceId: string;
  secret: string;
  jurorId: string;
}

export const makerOf = (device: EnrollResponse): FileMaker => ({
  deviceId: device.device.deviceId,
  secret: device.device.secret,
  jurorId: device.juror.id,
});

/** The `.juri` text for these bundles, signed by `maker`. */
export async function scoreFileText(
  maker: FileMaker,
  bundles: ScoreBundle[],
  options: { eventId?: string } = {},
): Promise<string> {
  const file = await signScoreFile(
    {
      format: SCORE_FILE_FORMAT,
      version: SCORE_FILE_VERSION,
      manifest: {
        eventId: options.eventId ?? EVENT_ID,
        eventName: 'KIPP Kota Malang 2021',
        jurorId: maker.jurorId,
        jurorName: 'Dr. Ratna Wulandari',
        deviceId: maker.deviceId,
        createdAt: START.toISOString(),
        appVersion: '0.1.0',
        scope: 'all',
        ...describeContents(bundles, 0, 0),
      },
      bundles,
      sheets: [],
    },
    maker.secret,
  );
  return canonicalJson(file);
}

export function importFile(
  app: Hono,
  text: string,
  name = 'nilai-juri-1.juri',
  eventId = EVENT_ID,
  token: string | null = ORGANIZER,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return Promise.resolve(
    app.request(`/api/admin/events/${eventId}/score-files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: text,
    }),
  );
}

export async function readReport(res: Response) {
  return v.parse(v.object({ report: ScoreFileReportSchema }), await res.json()).report;
}
