// `treaty qualifiers` as a table: clause, role, what the wording means, the words.
import type { TreatyQualifiers } from '../compare/treaty-qualifiers.js';
import { summariseCoverage } from '../model/coverage.js';
import { coverageLine } from './describe-coverage.js';
import { clauseLabel } from './diff-words.js';
import { renderFittedTable, type TableColumn } from './fitted-table.js';
import type { RenderOptions } from './styles.js';
import { safeText, wrapIndented } from './terminal-text.js';
import type { QualifierMatch } from '../model/comparison.js';

type Row = { readonly clause: string; readonly match: QualifierMatch };

const COLUMNS: readonly TableColumn<Row>[] = [
  { head: 'Clause', cell: (r) => [r.clause], emphasise: true },
  { head: 'Role', cell: (r) => [r.match.role] },
  { head: 'Qualifier', cell: (r) => [r.match.label, ...(r.match.label !== r.match.category ? [r.match.category] : [])], prose: true },
  { head: 'Words', cell: (r) => [`“${r.match.text.replace(/\s+/g, ' ')}”`], prose: true },
];

export function renderQualifiersTable(view: TreatyQualifiers, options: RenderOptions): string {
  const rows = view.clauses.flatMap(({ clause, qualifiers }) => qualifiers.map((match) => ({ clause: clauseLabel(clause), match })));
  const coverage = summariseCoverage(view.text);
  const head = [
    options.styles.title(wrapIndented(safeText(`${view.treaty.shortTitle} — qualifiers${view.selection ? `, Article ${view.selection}` : ''}`), options.width, '')),
    options.styles.dim(wrapIndented(safeText(`${view.treaty.id} · ${view.text.lang} · ${coverageLine(coverage)}`), options.width, '')),
    '',
  ];
  if (rows.length === 0) return [...head, 'No qualifiers found in the text compared.'].join('\n') + '\n';
  const note = coverage.complete ? [] : [options.styles.dim(wrapIndented('Qualifiers in the part of the text not in this corpus cannot be found.', options.width, ''))];
  return [...head, renderFittedTable(COLUMNS, rows, options, { compact: true, groupOf: (r) => r.clause }), ...note].join('\n') + '\n';
}
