// Tables fitted to the terminal (`list`, `qualifiers`): column widths computed from the content, every cell
// wrapped to its column, drawn by drawGrid in cli-table3's look. cli-table3 itself checked every cell
// against every other and measured a cell's whole content for every line it drew: `treaty list` of 5,000
// treaties took 30 s, and a compact table of 10,000 clauses' qualifiers overflowed the stack.
import { drawGrid, type GridRow, RULE } from './draw-grid.js';
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
  /** No rules between records, only a blank line between groups of them (a long list reads as one block). */
  readonly compact?: boolean;
  /** With compact: records with the same group are not separated. */
  readonly groupOf?: (record: R) => string;
}

export function renderFittedTable<R>(columns: readonly TableColumn<R>[], records: readonly R[], options: RenderOptions, layout: TableLayout<R> = {}): string {
  const compact = layout.compact === true;
  const { styles, width } = options;
  const rows = records.map((r) => columns.map((c) => c.cell(r).map(safeText)));
  const specs = columns.map((c, i) => {
    // Loops, not Math.max(...lines): a spread of 100,000 lines overflows the stack.
    let ideal = displayWidth(c.head);
    let longestWord = 0;
    for (const line of [c.head, ...rows.flatMap((r) => r[i] as string[])]) {
      ideal = Math.max(ideal, displayWidth(line));
      for (const word of line.split(/\s+/)) longestWord = Math.max(longestWord, displayWidth(word));
    }
    return { ideal, min: c.prose ? Math.min(ideal, 10) : Math.min(ideal, Math.max(longestWord, 12)) };
  });
  const widths = fitColumns(specs, width - (columns.length + 1) - PADDING * columns.length);
  const cellsOf = (row: string[][]) =>
    row.map((lines, i) => lines.flatMap((line, n) => wrapText(line, widths[i] as number).map((l) => (n > 0 ? styles.dim(l) : columns[i]?.emphasise ? styles.title(l) : l))));
  const heads = columns.map((c, i) => wrapText(c.head, widths[i] as number).map((line) => styles.label(line)));
  return drawGrid(recordRows(records, rows, cellsOf, compact, layout.groupOf), { widths, head: [...lineRows(heads)] });
}

/**
 * The records' lines, one grid row each: a rule between records, or, compact, a blank row between groups
 * (between every record without `groupOf`).
 */
function* recordRows<R>(
  records: readonly R[],
  rows: readonly string[][][],
  cellsOf: (row: string[][]) => string[][],
  compact: boolean,
  groupOf?: (record: R) => string,
): Generator<GridRow> {
  for (let k = 0; k < rows.length; k++) {
    const previous = records[k - 1];
    if (previous !== undefined) {
      if (!compact) yield RULE;
      else if (!groupOf || groupOf(previous) !== groupOf(records[k] as R)) yield (rows[k] as string[][]).map(() => '');
    }
    yield* lineRows(cellsOf(rows[k] as string[][]));
  }
}

/** Cells of several lines as rows of one line each, shorter cells padded with blank lines. */
function* lineRows(cells: readonly string[][]): Generator<GridRow> {
  const height = cells.reduce((most, lines) => Math.max(most, lines.length), 0);
  for (let n = 0; n < height; n++) yield cells.map((lines) => lines[n] ?? '');
}
