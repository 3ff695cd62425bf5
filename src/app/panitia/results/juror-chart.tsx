/**
 * A small picture of one team's juror totals on 0–100: a bar per juror, counted bars solid, the
 * others hatched and labelled "tidak dihitung", the mean as a dashed line. Inline SVG with every value
 * written beside its bar, and the same facts in its accessible name (role="img", aria-label).
 */
import { useLang } from '#app/i18n/index.ts';
import { formatPoints, type ResultsNames } from '#app/panitia/results/results-names.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import type { TeamResult } from '#shared/results/results-schema.ts';

const WIDTH = 460;
const LABEL = 150;
const ROW = 28;
const SCALE = WIDTH - LABEL - 70;

export function JurorChart({ team, names }: { team: TeamResult; names: ResultsNames }) {
  const t = usePanitiaT().panitia.results;
  const lang = useLang();
  const bars = team.jurors.filter((j) => j.total !== null);
  const height = bars.length * ROW + 24;
  const x = (points: number) => LABEL + (points / 100) * SCALE;
  const describe = bars
    .map(
      (j) =>
        `${names.juror(j.jurorId)} ${formatPoints(j.total, lang)}${j.counted ? '' : ` (${t.chartNotCounted})`}`,
    )
    .join(', ');
  const mean = formatPoints(team.mean, lang);
  return (
    <svg
      class="juror-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={t.chartLabel(names.team(team.teamId), describe || '–', mean)}
      data-testid="juror-chart"
    >
      <defs>
        <pattern
          id="not-counted"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#5b6470" stroke-width="2" />
        </pattern>
      </defs>
      {bars.map((j, i) => {
        const y = i * ROW + 4;
        const total = j.total ?? 0;
        return (
          <g key={j.jurorId}>
            <text x={LABEL - 8} y={y + 15} text-anchor="end" class="chart-label">
              {shorten(names.juror(j.jurorId))}
            </text>
            <rect
              x={LABEL}
              y={y}
              width={Math.max(1, x(total) - LABEL)}
              height={ROW - 10}
              class={j.counted ? 'bar counted' : 'bar'}
              fill={j.counted ? undefined : 'url(#not-counted)'}
            />
            <text x={x(total) + 6} y={y + 15} class="chart-value">
              {formatPoints(total, lang)}
              {j.counted ? '' : ` ${t.chartNotCounted}`}
            </text>
          </g>
        );
      })}
      {team.mean !== null && (
        <g>
          <line x1={x(team.mean)} x2={x(team.mean)} y1={0} y2={bars.length * ROW} class="mean-line" />
          <text x={x(team.mean)} y={height - 4} text-anchor="middle" class="chart-value">
            {t.chartMean(mean)}
          </text>
        </g>
      )}
    </svg>
  );
}

/** Long names with titles ("Dr. Ratna Wulandari, M.Si.") keep the chart's labels on one line. */
function shorten(name: string): string {
  const plain = name.split(',')[0] ?? name;
  return plain.length > 22 ? `${plain.slice(0, 21)}…` : plain;
}
