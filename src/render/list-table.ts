// `treaty list` as a table (cli-table3) fitted to the terminal width.
import Table from 'cli-table3';
import { knownArticleCount, summariseCoverage } from '../model/coverage.js';
import type { Treaty } from '../model/treaty.js';
import { missingParts } from './describe-coverage.js';
import { fitColumns } from './fit-columns.js';
import type { RenderOptions, Styles } from './styles.js';
import { displayWidth, safeText, wrapText } from './terminal-text.js';

export interface ListView {
  readonly treaties: readonly Treaty[];
}

/** A cell is lines; the first line of some cells is emphasised, the others are secondary. */
interface Column {
  readonly head: string;
  readonly cell: (t: Treaty) => string[];
  /** Prose may break inside long words on a narrow terminal; other columns shrink to their longest word at most. */
  readonly prose?: boolean;
}

const COLUMNS: readonly Column[] = [
  { head: 'Id / aliases', cell: (t) => [t.id, ...(t.aliases.length > 0 ? [t.aliases.join(', ')] : [])] },
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

// cli-table3 adds one space of padding on each side of a cell and a border between columns.
const PADDING = 2;

export function renderListTable(view: ListView, options: RenderOptions): string {
  const { styles, width } = options;
  const rows = view.treaties.map((t) => COLUMNS.map((c) => c.cell(t).map(safeText)));
  const specs = COLUMNS.map((c, i) => {
    const lines = [c.head, ...rows.flatMap((r) => r[i] as string[])];
    const ideal = Math.max(...lines.map(displayWidth));
    const longestWord = Math.max(...lines.flatMap((s) => s.split(/\s+/).map(displayWidth)));
    // Every cell may wrap at spaces when space is short; prose columns keep at least a few words a line.
    return { ideal, min: c.prose ? Math.min(ideal, 10) : longestWord };
  });
  const widths = fitColumns(specs, width - (COLUMNS.length + 1) - PADDING * COLUMNS.length);
  const table = new Table({
    head: COLUMNS.map((c, i) => wrapText(c.head, widths[i] as number).map((line) => styles.label(line)).join('\n')),
    colWidths: widths.map((w) => w + PADDING),
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(row.map((lines, i) => formatCell(lines, widths[i] as number, i === 0, styles)));
  const count = `${view.treaties.length} ${view.treaties.length === 1 ? 'treaty' : 'treaties'}`;
  return `${table.toString()}\n${styles.dim(`${count}. \`treaty show ID\` prints one, with its sources.`)}\n`;
}

function formatCell(lines: string[], width: number, emphasiseFirst: boolean, styles: Styles): string {
  return lines
    .flatMap((line, k) => wrapText(line, width).map((l) => (k === 0 ? (emphasiseFirst ? styles.title(l) : l) : styles.dim(l))))
    .join('\n');
}
