// Column widths that fit a table into the terminal, computed from the content: the tables are drawn
// (draw-grid.ts) with whatever widths they are given.
export interface ColumnSpec {
  /** Widest content line, in columns. */
  readonly ideal: number;
  /** Narrowest useful width (e.g. the longest word). */
  readonly min: number;
}

/**
 * Widths (content only, without padding or borders) summing to at most `available`. Every column gets
 * its minimum, then the space left is shared in proportion to how much each column still wants.
 */
export function fitColumns(specs: readonly ColumnSpec[], available: number): number[] {
  const widths = specs.map((s) => Math.min(s.min, s.ideal));
  let left = available - widths.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const wants = specs.map((s, i) => Math.max(0, s.ideal - (widths[i] as number)));
    const total = wants.reduce((a, b) => a + b, 0);
    if (total === 0) break;
    let given = 0;
    wants.forEach((want, i) => {
      const share = Math.min(want, Math.floor((left * want) / total));
      widths[i] = (widths[i] as number) + share;
      given += share;
    });
    // Rounding can leave a few columns unassigned: give them one at a time to the hungriest columns.
    if (given === 0) {
      const i = wants.indexOf(Math.max(...wants));
      widths[i] = (widths[i] as number) + 1;
      given = 1;
    }
    left -= given;
  }
  return widths;
}
