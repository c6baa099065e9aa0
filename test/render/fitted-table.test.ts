// Tables fitted to the terminal, drawn without cli-table3: its border style, cells wrapped to their
// columns, rules between records (or, compact, blank rows between groups), styles inside the padding.
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
