/**
 * Import from the committee's spreadsheet: read the file in the browser, check every cell (nothing is
 * sent while any cell is bad), preview what will change, and apply it all at once on the server.
 */
import { useState } from 'preact/hooks';
import { FailureText } from '#app/panitia/components/failure-text.tsx';
import { formatClock } from '#app/panitia/format.ts';
import type { TabProps } from '#app/panitia/screens/event-screen.tsx';
import { useAdminAction } from '#app/panitia/use-admin.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { EventDetailSchema } from '#shared/admin-api.ts';
import type { EventPackage, Slot } from '#shared/event.ts';
import { formatDay } from '#shared/import-cells.ts';
import { diffSchedules, isEmptyDiff, type ScheduleDiff } from '#shared/package-diff.ts';
import { applyImportedRows, slotMinutes } from '#shared/schedule-apply.ts';
import {
  type CellIssue,
  describeIssue,
  type ImportedRow,
  validateImportRows,
} from '#shared/schedule-import.ts';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'unreadable'; name: string }
  | { step: 'issues'; name: string; issues: CellIssue[] }
  | { step: 'preview'; name: string; rows: ImportedRow[]; diff: ScheduleDiff; baseVersion: number }
  | { step: 'applied'; count: number };

export function ImportPanel({ detail, onDetail }: TabProps) {
  const t = usePanitiaT();
  const pkg = detail.package;
  const [state, setState] = useState<State>({ step: 'idle' });
  const apply = useAdminAction();

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    let grid: unknown[][];
    try {
      // The spreadsheet libraries load only when a file is chosen: the console opens without them.
      const { readSpreadsheet } = await import('#app/panitia/import/read-spreadsheet.ts');
      grid = await readSpreadsheet(file, file.name);
    } catch {
      setState({ step: 'unreadable', name: file.name });
      return;
    }
    const minutes = slotMinutes(pkg.event);
    const checked = validateImportRows(grid, {
      days: pkg.event.days,
      slotMinutes: minutes.presentation + minutes.interview,
    });
    if (!checked.ok) {
      setState({ step: 'issues', name: file.name, issues: checked.issues });
      return;
    }
    const diff = diffSchedules(pkg, applyImportedRows(pkg, checked.rows));
    setState({
      step: 'preview',
      name: file.name,
      rows: checked.rows,
      diff,
      baseVersion: pkg.event.packageVersion ?? 0,
    });
  };

  const confirm = async (rows: ImportedRow[], baseVersion: number) => {
    const result = await apply.run('POST', `/events/${pkg.event.id}/import`, EventDetailSchema, {
      baseVersion,
      rows,
    });
    if (result.ok) {
      onDetail(result.value);
      setState({ step: 'applied', count: rows.length });
    }
  };

  return (
    <section class="card import-panel">
      <h2>{t.panitia.importTitle}</h2>
      <p class="muted">{t.panitia.importIntro}</p>
      <div class="button-row">
        <button type="button" class="btn" onClick={() => void offerTemplate(pkg, 'xlsx')}>
          {t.panitia.templateXlsx}
        </button>
        <button type="button" class="btn" onClick={() => void offerTemplate(pkg, 'csv')}>
          {t.panitia.templateCsv}
        </button>
        <label class="btn btn-primary file-button">
          {t.panitia.chooseFile}
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
      </div>
      {state.step === 'reading' && <p role="status">{t.panitia.reading}</p>}
      {state.step === 'unreadable' && (
        <p class="error-text" role="alert">
          {t.panitia.unreadable(state.name)}
        </p>
      )}
      {state.step === 'issues' && (
        <div role="alert" class="import-issues" data-testid="import-issues">
          <p class="error-text">{t.panitia.issuesTitle(state.issues.length)}</p>
          <ul>
            {state.issues.map((issue) => (
              <li key={`${issue.row}-${issue.column}`}>{describeIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'preview' && (
        <div class="import-preview" data-testid="import-preview">
          <h3>{t.panitia.previewTitle(state.name, state.rows.length)}</h3>
          {isEmptyDiff(state.diff) ? <p>{t.panitia.nothingChanges}</p> : <DiffList diff={state.diff} />}
          <div class="button-row">
            <button type="button" class="btn" onClick={() => setState({ step: 'idle' })}>
              {t.common.cancel}
            </button>
            <button
              type="button"
              class="btn btn-primary"
              disabled={apply.busy || isEmptyDiff(state.diff)}
              onClick={() => void confirm(state.rows, state.baseVersion)}
            >
              {t.panitia.apply}
            </button>
          </div>
        </div>
      )}
      {state.step === 'applied' && <p role="status">{t.panitia.applied(state.count)}</p>}
      <FailureText failure={apply.failure} />
    </section>
  );
}

function slotText(slot: Slot | undefined): string {
  return slot ? `${formatDay(slot.day)} ${formatClock(slot.start)} ${slot.room}` : '—';
}

async function offerTemplate(pkg: EventPackage, format: 'xlsx' | 'csv'): Promise<void> {
  const { download, templateCsv, templateXlsx } = await import('#app/panitia/import/template.ts');
  const blob = format === 'xlsx' ? await templateXlsx(pkg) : templateCsv(pkg);
  download(blob, `templat-peserta-${pkg.event.id}.${format}`);
}

function DiffList({ diff }: { diff: ScheduleDiff }) {
  const t = usePanitiaT();
  const groups = [
    { key: 'added', label: t.panitia.added(diff.added.length), items: diff.added.map((team) => team.title) },
    {
      key: 'moved',
      label: t.panitia.moved(diff.moved.length),
      items: diff.moved.map((m) => `${m.team.title}: ${slotText(m.from)} → ${slotText(m.to)}`),
    },
    {
      key: 'edited',
      label: t.panitia.edited(diff.edited.length),
      items: diff.edited.map((e) => e.team.title),
    },
    {
      key: 'removed',
      label: t.panitia.removed(diff.removed.length),
      items: diff.removed.map((team) => team.title),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <ul class="diff-list">
      {groups.map((g) => (
        <li key={g.key} data-diff={g.key}>
          <details open={g.items.length <= 8}>
            <summary>{g.label}</summary>
            <ul>
              {g.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
