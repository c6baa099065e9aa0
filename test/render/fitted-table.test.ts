// Fitted tables at the limits: a compact table of a line per qualifier of a 10,000-clause treaty. cli-table3
// took 274 s for 2,000 such clauses and overflowed the stack on 10,000 (`treaty qualifiers` exited 3).
import { describe, expect, it } from 'vitest';
import { renderFittedTable, type TableColumn } from '../../src/render/fitted-table.js';
import { plainStyles } from '../../src/render/styles.js';

type Row = { readonly clause: string; readonly words: string };

const COLUMNS: readonly TableColumn<Row>[] = [
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
    expect(renderFittedTable(COLUMNS, records, { styles: plainStyles, width: 40 }, { compact: true, groupOf: (r) => r.clause })).toBe(
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
    const lines = renderFittedTable(COLUMNS, records, { styles: plainStyles, width: 80 }, { compact: true, groupOf: (r) => r.clause }).split('\n');
    expect(lines).toHaveLength(3 + 50_000 * 2 + 9_999 + 1);
    expect(lines.at(-2)).toBe('│            │ timing              │');
  });
});
