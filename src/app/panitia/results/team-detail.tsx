/**
 * Everything behind one team's row: the picture of its jurors' totals, each juror's criterion scores,
 * notes and comment, the panel mean per criterion, the conflicts of interest with their reasons (from
 * the committee or the juror), and every change made after finalising with its reason.
 */
import { useLang } from '#app/i18n/index.ts';
import { JurorChart } from '#app/panitia/results/juror-chart.tsx';
import { formatPoints, type ResultsNames } from '#app/panitia/results/results-names.ts';
import type { ResultsSnapshot } from '#app/panitia/results/use-results.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { Lang } from '#app/store/ui-store.ts';
import type { TeamResult } from '#shared/results/results-schema.ts';
import type { AuditEntry, ScoreSheet } from '#shared/sheet.ts';

interface Props {
  snapshot: ResultsSnapshot;
  team: TeamResult;
  names: ResultsNames;
}

export function TeamDetail({ snapshot, team, names }: Props) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const { package: pkg, sheets } = snapshot.detail;
  const criteria = pkg.rubric.criteria;
  const sheetOf = (jurorId: string) => sheets.find((s) => s.jurorId === jurorId && s.teamId === team.teamId);
  const declared = (pkg.conflicts ?? []).filter((k) => k.teamId === team.teamId);
  const byJuror = team.jurors.flatMap((j) => {
    const sheet = sheetOf(j.jurorId);
    return sheet?.coiReason ? [{ jurorId: j.jurorId, reason: sheet.coiReason }] : [];
  });
  const edits = team.jurors.flatMap((j) =>
    (sheetOf(j.jurorId)?.audit ?? []).map((entry) => ({ jurorId: j.jurorId, entry })),
  );
  const value = (entry: AuditEntry, v: AuditEntry['oldValue']) => auditValue(entry, v, t, lang);

  return (
    <div class="team-detail" data-testid="team-detail">
      <h3>{t.detailTitle(names.team(team.teamId))}</h3>
      <div class="detail-grid">
        <JurorChart team={team} names={names} />
        <div>
          <h4>{t.criterionMeans}</h4>
          <dl class="criterion-means">
            {criteria.map((c, k) => (
              <div key={c.id}>
                <dt>{c.name[lang]}</dt>
                <dd>{formatPoints(team.criterionMeans[k], lang)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <div class="table-scroll">
        <table class="console-table sheet-table">
          <thead>
            <tr>
              <th scope="col">{t.jurorSheet}</th>
              <th scope="col">{t.status}</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name[lang]}
                </th>
              ))}
              <th scope="col">{t.sheetTotal}</th>
            </tr>
          </thead>
          <tbody>
            {team.jurors.map((entry) => {
              const sheet = sheetOf(entry.jurorId);
              return (
                <tr key={entry.jurorId} data-juror-id={entry.jurorId}>
                  <th scope="row">{names.juror(entry.jurorId)}</th>
                  <td>
                    {t.statusWords[entry.status]} · {entry.counted ? t.counted : t.notCounted}
                  </td>
                  {criteria.map((c) => (
                    <td key={c.id} class="num">
                      {sheet?.scores[c.id] ?? '–'}
                    </td>
                  ))}
                  <td class="num">{formatPoints(entry.total, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Remarks sheets={team.jurors.flatMap((j) => sheetOf(j.jurorId) ?? [])} names={names} />
      <h4>{t.conflictsTitle}</h4>
      {declared.length + byJuror.length === 0 ? (
        <p>{t.noConflicts}</p>
      ) : (
        <ul>
          {declared.map((k) => (
            <li key={`p-${k.jurorId}`}>{t.declaredByPanitia(names.juror(k.jurorId), k.reason)}</li>
          ))}
          {byJuror.map((k) => (
            <li key={`j-${k.jurorId}`}>{t.declaredByJuror(names.juror(k.jurorId), k.reason)}</li>
          ))}
        </ul>
      )}
      <h4>{t.editsTitle}</h4>
      {edits.length === 0 ? (
        <p>{t.noEdits}</p>
      ) : (
        <ul data-testid="sheet-edits">
          {edits.map(({ jurorId, entry }) => (
            <li key={`${jurorId}-${entry.seq}`}>
              {t.editItem(
                names.juror(jurorId),
                entry.kind === 'status'
                  ? t.status
                  : entry.criterionId
                    ? names.criterion(entry.criterionId)
                    : t.comment,
                value(entry, entry.oldValue),
                value(entry, entry.newValue),
                entry.reason,
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Words = ReturnType<typeof usePanitiaT>['panitia']['results'];

/** An audit value as read: a score as a number, a status in words, a text in quotes, nothing as "–". */
function auditValue(entry: AuditEntry, v: AuditEntry['oldValue'], t: Words, lang: Lang): string {
  if (v === null) return '–';
  if (typeof v === 'number') return formatPoints(v, lang, Number.isInteger(v) ? 0 : 2);
  if (entry.kind !== 'status') return `“${v}”`;
  return v === 'coi' || v === 'final' || v === 'draft' ? t.statusWords[v] : v;
}

/** Each juror's notes per criterion and overall comment, as written. */
function Remarks({ sheets, names }: { sheets: readonly ScoreSheet[]; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const written = sheets.filter((s) => s.comment || Object.keys(s.notes).length > 0);
  if (written.length === 0) return null;
  return (
    <dl class="remarks">
      {written.map((s) => (
        <div key={s.jurorId}>
          <dt>{names.juror(s.jurorId)}</dt>
          {Object.entries(s.notes).map(([criterionId, note]) => (
            <dd key={criterionId}>
              <strong>{names.criterion(criterionId)}:</strong> {note}
            </dd>
          ))}
          {s.comment && (
            <dd>
              <strong>{t.comment}:</strong> {s.comment}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
