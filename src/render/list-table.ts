// `treaty list` as a table fitted to the terminal width.
import { knownArticleCount, summariseCoverage } from '../model/coverage.js';
import type { Treaty } from '../model/treaty.js';
import { missingParts } from './describe-coverage.js';
import { renderFittedTable, type TableColumn } from './fitted-table.js';
import type { RenderOptions } from './styles.js';

export interface ListView {
  readonly treaties: readonly Treaty[];
}

const COLUMNS: readonly TableColumn<Treaty>[] = [
  { head: 'Id / aliases', cell: (t) => [t.id, ...(t.aliases.length > 0 ? [t.aliases.join(', ')] : [])], emphasise: true },
  { head: 'Short title', cell: (t) => [t.shortTitle], prose: true },
  { head: 'Signed / parties', cell: (t) => [t.signed.date ?? 'date unknown', t.parties.map((p) => p.shortName ?? p.code).join(', ')] },
  { head: 'Text', cell: (t) => (t.texts.length > 0 ? t.texts.map((x) => x.lang) : ['none']) },
  { head: 'Articles', cell: (t) => [articlesCell(t)] },
  { head: 'Not in this corpus', cell: (t) => notInCorpusCell(t), prose: true },
];

function articlesCell(t: Treaty): string {
  const text = t.texts[0];
  if (!text) return `0/${knownArticleCount(t) ?? '?'}`;
  const c = summariseCoverage(text);
  return `${c.articlesPresent}/${c.articlesKnown}`;
}

function notInCorpusCell(t: Treaty): string[] {
  if (t.texts.length === 0) return ['all text (metadata only)'];
  return t.texts.map((x) => {
    const parts = missingParts(summariseCoverage(x));
    const prefix = t.texts.length > 1 ? `${x.lang}: ` : '';
    return prefix + (parts.length > 0 ? parts.join(', ') : 'nothing (complete)');
  });
}

export function renderListTable(view: ListView, options: RenderOptions): string {
  const count = `${view.treaties.length} ${view.treaties.length === 1 ? 'treaty' : 'treaties'}`;
  return `${renderFittedTable(COLUMNS, view.treaties, options)}\n${options.styles.dim(`${count}. \`treaty show ID\` prints one, with its sources.`)}\n`;
}
