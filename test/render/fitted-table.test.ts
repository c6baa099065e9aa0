// Tables fitted to the terminal, drawn by drawGrid in cli-table3's look: cells wrapped to their columns,
// rules between records (or, compact, blank rows between groups), styles inside the padding, and tables at
// the limits: a compact table of a line per qualifier of a 10,000-clause treaty (cli-table3 took 274 s for
// 2,000 such clauses and overflowed the stack on 10,000, so `treaty qualifiers` exited 3).
import { describe, expect, it } from 'vitest';
import { renderFittedTable, type TableColumn } from '../../src/render/fitted-table.js';
import { plainStyles, type Styles } from '../../src/render/styles.js';

interface Row {
  readonly name: string;
  readonly note: string;
  readonly group: string;
}
const COLUMNS: readonly TableColumn<Row>[] = [
  { head: 'Name', cell: (r) => [r.name, 'second line'], emphasise: true },
  { head: 'Note', cell: (r) => [r.note], prose: true },
];
const ROWS: readonly Row[] = [
  { name: 'a', note: 'one two three four five six', group: 'x' },
  { name: 'b', note: 'seven', group: 'x' },
  { name: 'c', note: '\u001b[2J', group: 'y' },
];

describe('renderFittedTable', () => {
  it('draws records with a rule between them, wrapping each cell to its column', () => {
    expect(renderFittedTable(COLUMNS, ROWS, { styles: plainStyles, width: 36 })).toBe(
      [
        '┌─────────────┬────────────────────┐',
        '│ Name        │ Note               │',
        '├─────────────┼────────────────────┤',
        '│ a           │ one two three four │',
        '│ second line │ five six           │',
        '├─────────────┼────────────────────┤',
        '│ b           │ seven              │',
        '│ second line │                    │',
        '├─────────────┼────────────────────┤',
        '│ c           │ ␛[2J               │',
        '│ second line │                    │',
        '└─────────────┴────────────────────┘',
      ].join('\n'),
    );
  });

  it('compact: no rules, a blank row between groups only', () => {
    const lines = renderFittedTable(COLUMNS, ROWS, { styles: plainStyles, width: 36 }, { compact: true, groupOf: (r) => r.group }).split('\n');
    expect(lines.slice(3)).toEqual([
      '│ a           │ one two three four │',
      '│ second line │ five six           │',
      '│ b           │ seven              │',
      '│ second line │                    │',
      '│             │                    │',
      '│ c           │ ␛[2J               │',
      '│ second line │                    │',
      '└─────────────┴────────────────────┘',
    ]);
  });

  it('pads by the width on screen, not counting colour codes', () => {
    const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
    const styles: Styles = { ...plainStyles, title: bold, label: bold };
    const lines = renderFittedTable(COLUMNS, ROWS.slice(1, 2), { styles, width: 36 }).split('\n');
    expect(lines[1]).toBe(`│ ${bold('Name')}        │ ${bold('Note')}  │`);
    expect(lines[3]).toBe(`│ ${bold('b')}           │ seven │`);
  });
});

type Clause = { readonly clause: string; readonly words: string };

const CLAUSE_COLUMNS: readonly TableColumn<Clause>[] = [
  { head: 'Clause', cell: (r) => [r.clause], emphasise: true },
  { head: 'Words', cell: (r) => [r.words, 'timing'], prose: true },
];

describe('renderFittedTable, compact', () => {
  it('draws groups of records with a blank line between groups', () => {
    const records = [
      { clause: 'Art. 1', words: '“immediately”' },
      { clause: 'Art. 1', words: '“without delay”' },
      { clause: 'Art. 2', words: '“forthwith”' },
    ];
    expect(renderFittedTable(CLAUSE_COLUMNS, records, { styles: plainStyles, width: 40 }, { compact: true, groupOf: (r) => r.clause })).toBe(
      [
        '┌────────┬─────────────────┐',
        '│ Clause │ Words           │',
        '├────────┼─────────────────┤',
        '│ Art. 1 │ “immediately”   │',
        '│        │ timing          │',
        '│ Art. 1 │ “without delay” │',
        '│        │ timing          │',
        '│        │                 │',
        '│ Art. 2 │ “forthwith”     │',
        '│        │ timing          │',
        '└────────┴─────────────────┘',
      ].join('\n'),
    );
  });

  it('draws 50,000 records, 150,000 lines, in full', () => {
    const records = Array.from({ length: 50_000 }, (_, i) => ({ clause: `Art. ${Math.floor(i / 5) + 1}`, words: '“at the request of”' }));
    const lines = renderFittedTable(CLAUSE_COLUMNS, records, { styles: plainStyles, width: 80 }, { compact: true, groupOf: (r) => r.clause }).split('\n');
    expect(lines).toHaveLength(3 + 50_000 * 2 + 9_999 + 1);
    expect(lines.at(-2)).toBe('│            │ timing              │');
  });
});
