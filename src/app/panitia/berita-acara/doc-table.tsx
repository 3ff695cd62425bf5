/** A bordered document table whose header repeats on every page and whose rows never split. */
import type { ComponentChildren } from 'preact';

interface Props {
  head: readonly string[];
  rows: readonly (readonly ComponentChildren[])[];
  /** Column classes (e.g. "num" for right-aligned figures), by position. */
  cols?: readonly string[];
  testId?: string;
  rowKeys?: readonly string[];
}

export function DocTable({ head, rows, cols = [], testId, rowKeys }: Props) {
  return (
    <table class="doc-table" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" class={cols[i]}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKeys?.[r] ?? r} data-row-key={rowKeys?.[r]}>
            {row.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed by position
              <td key={i} class={cols[i]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
