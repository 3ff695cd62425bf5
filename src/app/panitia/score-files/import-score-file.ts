/**
 * Sends one score file to the import route and reads its report: 201/200 with the report, 422 with
 * the error envelope and the report beside it, any other answer as a failure to word.
 */
import * as v from 'valibot';
import type { AdminClient, ApiFailure } from '#app/panitia/api-client.ts';
import { ScoreFileImportResponseSchema, type ScoreFileReport } from '#shared/score-file-report.ts';

export type ImportResult = { ok: true; report: ScoreFileReport } | { ok: false; failure: ApiFailure };

export async function importScoreFile(
  client: AdminClient,
  eventId: string,
  name: string,
  body: Blob,
): Promise<ImportResult> {
  const path = `/events/${encodeURIComponent(eventId)}/score-files?name=${encodeURIComponent(name)}`;
  const result = await client.request('POST', path, ScoreFileImportResponseSchema, body);
  if (result.ok) return { ok: true, report: result.value.report };
  const { failure } = result;
  if (failure.kind === 'error' && failure.status === 422) {
    const refused = v.safeParse(ScoreFileImportResponseSchema, failure.reply);
    if (refused.success) return { ok: true, report: refused.output.report };
  }
  return { ok: false, failure };
}
