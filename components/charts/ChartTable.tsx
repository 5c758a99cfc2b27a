// A chart's numbers as a real table for screen readers: a caption, column headers, and one headed row per week or routine.
import type { ComponentChildren } from 'preact';

export interface ChartRow {
  key: string;
  /** The row's header cell: the week or the routine. */
  header: ComponentChildren;
  cells: readonly ComponentChildren[];
}

interface Props {
  caption: string;
  columns: readonly string[];
  rows: readonly ChartRow[];
  /**
   * 'table': hidden from sight, because the chart beside it draws the same numbers; 'headings': the
   * rows are the chart itself (bars behind the numbers), only the caption and headers are hidden;
   * 'none': a table shown whole, caption and headers too.
   */
  hide: 'table' | 'headings' | 'none';
  class?: string;
}

export function ChartTable({ caption, columns, rows, hide, class: className }: Props) {
  const headings = hide === 'headings' ? 'charts-visually-hidden' : undefined;
  return (
    <table class={hide === 'table' ? 'charts-visually-hidden' : className}>
      <caption class={headings}>{caption}</caption>
      <thead class={headings}>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
