// Tables fitted to the terminal: column widths computed from the content, every cell wrapped to its column,
// drawn with box-drawing borders in the style cli-table3 draws (which the side-by-side diff still uses).
// Drawn here because cli-table3 costs more than the table is worth on a large corpus: its layout checks
// every cell against every other (quadratic in rows), and it measures a cell's whole content, character
// by character, for every line it draws. `treaty list` of 5,000 treaties took 30 s in it.
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

// One space of padding on each side of a cell, and a border between columns.
const PADDING = 2;

export interface TableLayout<R> {
  /**
   * No rule between records, only a blank row between groups of them (a long list reads as one block).
   */
  readonly compact?: boolean;
  /** With compact: records with the same group are not separated. */
  readonly groupOf?: (record: R) => string;
}

export function renderFittedTable<R>(columns: readonly TableColumn<R>[], records: readonly R[], options: RenderOptions, layout: TableLayout<R> = {}): string {
  const { styles, width } = options;
  const rows = records.map((r) => columns.map((c) => c.cell(r).map(safeText)));
  const specs = columns.map((c, i) => {
    let ideal = displayWidth(c.head);
    let longestWord = 0;
    const measure = (line: string) => {
      ideal = Math.max(ideal, displayWidth(line));
      for (const word of line.split(/\s+/)) longestWord = Math.max(longestWord, displayWidth(word));
    };
    measure(c.head);
    for (const row of rows) for (const line of row[i] as string[]) measure(line);
    return { ideal, min: c.prose ? Math.min(ideal, 10) : Math.min(ideal, Math.max(longestWord, 12)) };
  });
  const widths = fitColumns(specs, width - (columns.length + 1) - PADDING * columns.length);

  const out = [rule(BORDERS.top, widths)];
  pushRow(out, columns.map((c, i) => wrapText(c.head, widths[i] as number).map((line) => styles.label(line))), widths);
  out.push(rule(BORDERS.middle, widths));
  rows.forEach((row, k) => {
    const cells = row.map((lines, i) =>
      lines.flatMap((line, n) => wrapText(line, widths[i] as number).map((l) => (n > 0 ? styles.dim(l) : columns[i]?.emphasise ? styles.title(l) : l))),
    );
    const previous = records[k - 1];
    if (previous !== undefined) {
      if (!layout.compact) out.push(rule(BORDERS.middle, widths));
      else if (!layout.groupOf || layout.groupOf(previous) !== layout.groupOf(records[k] as R)) pushRow(out, columns.map(() => []), widths);
    }
    pushRow(out, cells, widths);
  });
  out.push(rule(BORDERS.bottom, widths));
  return out.join('\n');
}

// Left edge, line, crossing, right edge.
const BORDERS = {
  top: ['┌', '─', '┬', '┐'],
  middle: ['├', '─', '┼', '┤'],
  bottom: ['└', '─', '┴', '┘'],
} as const;

function rule([left, line, cross, right]: readonly [string, string, string, string], widths: readonly number[]): string {
  return left + widths.map((w) => line.repeat(w + PADDING)).join(cross) + right;
}

/** The printed lines of one row: as many as its tallest cell, shorter cells padded with blank lines. */
function pushRow(out: string[], cells: readonly (readonly string[])[], widths: readonly number[]): void {
  let height = 1;
  for (const cell of cells) height = Math.max(height, cell.length);
  for (let n = 0; n < height; n++) out.push(`│${cells.map((cell, i) => ` ${fit(cell[n] ?? '', widths[i] as number)} `).join('│')}│`);
}

/**
 * A line padded to the column's width. Lines are wrapped to it already, and fitColumns never makes a
 * column narrower than its widest character; a line that overflowed anyway would be cut to "…" (as
 * cli-table3 did) rather than break the border.
 */
function fit(line: string, width: number): string {
  const used = displayWidth(line);
  if (used <= width) return line + ' '.repeat(width - used);
  return '…'.padEnd(width);
}
