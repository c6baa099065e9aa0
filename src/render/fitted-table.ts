// Tables (cli-table3) fitted to the terminal: column widths computed from the content, every cell
// wrapped to its column. cli-table3 draws what it is given and does not fit tables to the screen.
import Table from 'cli-table3';
import { fitColumns } from './fit-columns.js';
import type { RenderOptions } from './styles.js';
import { displayWidth, safeText, wrapText } from './terminal-text.js';

export interface TableColumn<R> {
  readonly head: string;
  /** The cell's lines; the first is the value, the rest are secondary (shown dim). */
  readonly cell: (row: R) => string[];
  /** Prose may break inside long words on a narrow terminal; other columns shrink to their longest word at most. */
  readonly prose?: boolean;
  /** Show the first line in the title style (the row's name). */
  readonly emphasise?: boolean;
}

// cli-table3 adds one space of padding on each side of a cell and a border between columns.
const PADDING = 2;

export interface TableLayout<R> {
  /**
   * Every printed line is a row of its own, with a blank row between groups of records: cli-table3
   * measures a cell's whole content for every line it draws, which grows with the square of a long
   * multi-line cell.
   */
  readonly compact?: boolean;
  /** With compact: records with the same group are not separated. */
  readonly groupOf?: (record: R) => string;
}

export function renderFittedTable<R>(columns: readonly TableColumn<R>[], records: readonly R[], options: RenderOptions, layout: TableLayout<R> = {}): string {
  const compact = layout.compact === true;
  const { styles, width } = options;
  const rows = records.map((r) => columns.map((c) => c.cell(r).map(safeText)));
  const specs = columns.map((c, i) => {
    const lines = [c.head, ...rows.flatMap((r) => r[i] as string[])];
    const ideal = Math.max(...lines.map(displayWidth));
    const longestWord = Math.max(...lines.flatMap((s) => s.split(/\s+/).map(displayWidth)));
    return { ideal, min: c.prose ? Math.min(ideal, 10) : Math.min(ideal, Math.max(longestWord, 12)) };
  });
  const widths = fitColumns(specs, width - (columns.length + 1) - PADDING * columns.length);
  const table = new Table({
    head: columns.map((c, i) => wrapText(c.head, widths[i] as number).map((line) => styles.label(line)).join('\n')),
    colWidths: widths.map((w) => w + PADDING),
    style: { head: [], border: [], compact },
  });
  rows.forEach((row, k) => {
    const cells = row.map((lines, i) =>
      lines.flatMap((line, n) =>
        wrapText(line, widths[i] as number).map((l) => (n > 0 ? styles.dim(l) : columns[i]?.emphasise ? styles.title(l) : l)),
      ),
    );
    if (!compact) return void table.push(cells.map((lines) => lines.join('\n')));
    const previous = records[k - 1];
    const group = layout.groupOf;
    if (previous !== undefined && (!group || group(previous) !== group(records[k] as R))) table.push(columns.map(() => ''));
    for (let n = 0; n < Math.max(...cells.map((c) => c.length)); n++) table.push(cells.map((c) => c[n] ?? ''));
  });
  return table.toString();
}
