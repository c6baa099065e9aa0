// A bordered grid of lines already wrapped to their columns, in cli-table3's default look (its box-drawing
// characters, one space of padding, compact rows), drawn in time linear in its size.
//
// Why not cli-table3 itself, which the side-by-side diff used to hand one row per printed line: at the
// documented limits it cannot finish in time, however the rows are handed to it. It measures each cell
// about sixteen times with string-width, which rebuilds its regular expressions on every call; it truncates
// every cell's whole content for a debug message it never prints, one character at a time (quadratic in a
// line of CJK text: 5 ms for one 1000-column row); it lays out a table in time quadratic in its rows; and it
// passes all the rows as the arguments of one call (a stack overflow past about 100,000 rows). Even drawn
// in slices of 100 rows, a row costs it 60–115 µs on a 2-core machine: 78 paragraphs of 99,000 characters
// side by side are 214,000 rows, over 13 s for the table alone where the whole command has 10 s. Here a
// row costs one width measurement per cell. test/render/draw-grid.test.ts checks the output against
// cli-table3's for the same rows.
import { carryStyles, NO_STYLES, type OpenStyles } from './carry-styles.js';
import { displayWidth } from './terminal-text.js';

/**
 * A printed line of the grid: one line of text per column, one line across all the columns, or a rule
 * between records (├──┼──┤).
 */
export type GridRow = readonly string[] | { readonly across: string } | typeof RULE;

/** The row that draws a rule between records. */
export const RULE = { rule: true } as const;

export interface GridOptions {
  /** Widths of the columns' text, in terminal columns (padding and borders come on top). */
  readonly widths: readonly number[];
  /** Lines of the header, in the same shape as rows; a rule separates them from the body. */
  readonly head: readonly GridRow[];
}

/**
 * Draws the rows in a box, one printed line each, with no rules between them; the rows are read once, in
 * order, so a generator need not hold them all. Every line of text must fit its column (wrap it first): a
 * shorter one is padded with spaces; a longer one, which only a grapheme cluster wider than the column can
 * make, is kept whole and pushes the border out rather than losing text.
 */
export function drawGrid(rows: Iterable<GridRow>, options: GridOptions): string {
  const { widths } = options;
  const spanWidth = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  const rule = (left: string, join: string, right: string, across: boolean) =>
    left + (across ? '─'.repeat(spanWidth + 2) : widths.map((w) => '─'.repeat(w + 2)).join(join)) + right;
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  // Styles left open by a line are closed before its padding and border, and reopened on the next line
  // of the same column: a wrapped styled word or note keeps its colour and the borders keep none.
  const open: OpenStyles[] = widths.map(() => NO_STYLES);
  let openAcross = NO_STYLES;
  const cell = (text: string, width: number, column: number) => {
    const carried = carryStyles(text, open[column] ?? NO_STYLES);
    open[column] = carried.after;
    return pad(carried.line, width);
  };
  const line = (row: GridRow) => {
    if (isRule(row)) return rule('├', '┼', '┤', false);
    if (!isAcross(row)) return `│ ${widths.map((w, i) => cell(row[i] ?? '', w, i)).join(' │ ')} │`;
    const carried = carryStyles(row.across, openAcross);
    openAcross = carried.after;
    return `│ ${pad(carried.line, spanWidth)} │`;
  };

  const out = new LineBuffer();
  out.push(rule('┌', '┬', '┐', false));
  for (const row of options.head) out.push(line(row));
  let last: GridRow | undefined;
  for (const row of rows) {
    // The rule under the header closes the columns above a row across them, as a bottom border would.
    if (last === undefined && options.head.length > 0) out.push(rule('├', isAcross(row) ? '┴' : '┼', '┤', false));
    out.push(line(row));
    last = row;
  }
  out.push(rule('└', '┴', '┘', last !== undefined && isAcross(last)));
  return out.toString();
}

/**
 * Lines joined into flat strings a few thousand at a time: each line built from pieces would otherwise stay
 * a tree of them until the end, several times the memory of the text on a table of 200,000 lines.
 */
class LineBuffer {
  private readonly chunks: string[] = [];
  private lines: string[] = [];

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= 4096) this.flush();
  }

  toString(): string {
    this.flush();
    return this.chunks.join('\n');
  }

  private flush(): void {
    if (this.lines.length > 0) this.chunks.push(this.lines.join('\n'));
    this.lines = [];
  }
}

function isRule(row: GridRow): row is typeof RULE {
  return row === RULE;
}

function isAcross(row: GridRow): row is { readonly across: string } {
  return !Array.isArray(row) && !isRule(row);
}
