import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryStyles, NO_STYLES } from '../../src/render/carry-styles.js';
import { drawGrid, type GridRow } from '../../src/render/draw-grid.js';
import { displayWidth, wrapText } from '../../src/render/terminal-text.js';
import { runs } from '../properties/arbitraries.js';

/** What cli-table3 draws for the same rows: the look the grid keeps (compact, default characters). */
function cliTable3(rows: readonly GridRow[], widths: readonly number[], head: readonly string[]): string {
  const table = new Table({ head: [...head], colWidths: widths.map((w) => w + 2), style: { head: [], border: [], compact: true } });
  for (const row of rows) table.push(Array.isArray(row) ? [...row] : [{ colSpan: widths.length, content: (row as { across: string }).across }]);
  return table.toString();
}

describe('drawGrid', () => {
  it('draws a header, rows, rows across the columns and blank rows in a box', () => {
    const rows: GridRow[] = [['Art. 1', 'Art. 4'], ['shall', '한국어'], { across: '· timing reworded' }, ['', ''], ['', 'new']];
    expect(drawGrid(rows, { widths: [8, 8], head: [['1961', '2024']] })).toBe(
      [
        '┌──────────┬──────────┐',
        '│ 1961     │ 2024     │',
        '├──────────┼──────────┤',
        '│ Art. 1   │ Art. 4   │',
        '│ shall    │ 한국어   │',
        '│ · timing reworded   │',
        '│          │          │',
        '│          │ new      │',
        '└──────────┴──────────┘',
      ].join('\n'),
    );
  });

  it('closes the columns above and below a row across them', () => {
    expect(drawGrid([{ across: 'note' }], { widths: [3, 3], head: [['a', 'b']] })).toBe(
      ['┌─────┬─────┐', '│ a   │ b   │', '├─────┴─────┤', '│ note      │', '└───────────┘'].join('\n'),
    );
    expect(drawGrid([], { widths: [3, 3], head: [['a', 'b']] })).toBe(['┌─────┬─────┐', '│ a   │ b   │', '└─────┴─────┘'].join('\n'));
  });

  it('keeps a line wider than its column whole rather than lose text', () => {
    expect(drawGrid([['👨‍👩‍👧', 'b']], { widths: [2, 1], head: [] })).toBe(['┌────┬───┐', '│ 👨‍👩‍👧 │ b │', '└────┴───┘'].join('\n'));
  });

  it('draws what cli-table3 draws for the same rows', () => {
    // Text on whose width string-width (cli-table3's measure) and displayWidth agree: Latin, Cyrillic, Hangul, CJK.
    const word = fc.constantFrom('shall', 'the', 'Parties', 'Статья', '조약', '第一条', 'co-operation', '—', '(a)', '51');
    const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
    const widths = fc.array(fc.integer({ min: 6, max: 30 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(widths, fc.array(fc.tuple(fc.boolean(), fc.array(text, { minLength: 3, maxLength: 3 })), { maxLength: 12 }), (ws, specs) => {
        const spanWidth = ws.reduce((a, b) => a + b, 0) + 3 * (ws.length - 1);
        const rows: GridRow[] = [];
        for (const [across, texts] of specs) {
          if (across) for (const line of wrapText(texts[0] as string, spanWidth)) rows.push({ across: line });
          else {
            const cells = ws.map((w, i) => wrapText(texts[i] as string, w));
            for (let n = 0; n < Math.max(...cells.map((c) => c.length)); n++) rows.push(cells.map((c) => c[n] ?? ''));
          }
        }
        const head = ws.map((_, i) => `col ${i}`.slice(0, ws[i]));
        expect(drawGrid(rows, { widths: ws, head: [head] })).toBe(cliTable3(rows, ws, head));
      }),
      { numRuns: runs(300) },
    );
  });

  it('draws every line at the same width', () => {
    const out = drawGrid([['\u001b[31mred\u001b[39m', '조약'], { across: 'x' }], { widths: [5, 7], head: [['a', 'b']] });
    expect(new Set(out.split('\n').map(displayWidth))).toEqual(new Set([19]));
  });

  it('closes a style left open at the end of a line and reopens it on the next line of its column', () => {
    const out = drawGrid(
      [
        ['\u001b[2m(no counterpart', 'a'],
        ['found)\u001b[22m', 'b'],
      ],
      { widths: [15, 1], head: [] },
    );
    expect(out.split('\n').slice(1, 3)).toEqual(['│ \u001b[2m(no counterpart\u001b[22m │ a │', '│ \u001b[2mfound)\u001b[22m          │ b │']);
  });
});

describe('carryStyles', () => {
  it('passes plain text through and tracks what our styles open and close', () => {
    expect(carryStyles('plain', NO_STYLES)).toEqual({ line: 'plain', after: NO_STYLES });
    const first = carryStyles('\u001b[31m\u001b[9mplenipotentiarie', NO_STYLES);
    expect(first.line).toBe('\u001b[31m\u001b[9mplenipotentiarie\u001b[29m\u001b[39m');
    const second = carryStyles('s\u001b[29m\u001b[39m', first.after);
    expect(second).toEqual({ line: '\u001b[31m\u001b[9ms\u001b[29m\u001b[39m', after: new Map() });
  });

  it('closes bold and dim with one code, and forgets everything at a reset', () => {
    expect(carryStyles('\u001b[1m\u001b[2mx', NO_STYLES).line).toBe('\u001b[1m\u001b[2mx\u001b[22m');
    expect(carryStyles('\u001b[1mx\u001b[0m', NO_STYLES).after.size).toBe(0);
    expect(carryStyles('\u001b[1;4mx', NO_STYLES).line).toBe('\u001b[1;4mx\u001b[24m\u001b[22m');
  });
});
