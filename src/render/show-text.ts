// `treaty show` as text: the treaty's metadata, provenance and coverage, then its text or one article.
// Missing text is always named as "not in this corpus", at the place where it is missing.
import type { Article, Block, Treaty, TreatyText } from '../model/treaty.js';
import { isCutOff, statusOf, summariseCoverage } from '../model/coverage.js';
import type { ArticleSelection } from '../model/select-article.js';
import { coverageLine } from './describe-coverage.js';
import { articlesPhrase } from './format-articles.js';
import type { RenderOptions } from './styles.js';
import { safeText, wrapIndented } from './terminal-text.js';

export interface ShowView {
  readonly treaty: Treaty;
  /** The text shown, or undefined when the treaty has none in the corpus. */
  readonly text: TreatyText | undefined;
  readonly selection?: ArticleSelection;
}

const LABEL_WIDTH = 15;

export function renderShowText(view: ShowView, options: RenderOptions): string {
  const { treaty, text, selection } = view;
  const out: string[] = [...header(treaty, text, options, selection === undefined), ''];
  if (selection) append(out, selectedArticle(treaty, text, selection, options));
  else if (text) append(out, wholeText(text, options));
  else out.push(noText(treaty, options));
  if (text) append(out, ['', ...provenance(text, options, selection === undefined)]);
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/**
 * Appends `lines` to `out` one by one: a text may have 10,000 articles of 10,000 paragraphs, and
 * `out.push(...lines)` passes every line as an argument, which overflows the call stack long before that.
 */
function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

function header(treaty: Treaty, text: TreatyText | undefined, options: RenderOptions, full: boolean): string[] {
  const { styles, width } = options;
  const field = (label: string, value: string | undefined): string[] =>
    value === undefined || value === ''
      ? []
      : [wrapIndented(safeText(value), width, label.padEnd(LABEL_WIDTH), ' '.repeat(LABEL_WIDTH)).replace(label, styles.label(label))];
  const lines = [
    styles.title(wrapIndented(safeText(treaty.shortTitle), width, '')),
    wrapIndented(safeText(treaty.title), width, ''),
    styles.dim(wrapIndented(safeText(`id ${treaty.id}${treaty.aliases.length > 0 ? ` · aliases ${treaty.aliases.join(', ')}` : ''}`), width, '')),
    '',
  ];
  if (full) {
    lines.push(
      ...field('Parties', treaty.parties.map((p) => `${p.name} (${p.code}${p.historical ? ', former state' : ''})`).join('; ')),
      ...field('Signed', event(treaty.signed, treaty.signed.signatories)),
      ...field('In force', treaty.entryIntoForce ? event(treaty.entryIntoForce) : undefined),
      ...field('Ended', treaty.end ? `${treaty.end.kind}${treaty.end.date || treaty.end.note ? ': ' : ''}${event(treaty.end)}` : undefined),
      ...field('Supersedes', links(treaty.supersedes)),
      ...field('Superseded by', links(treaty.supersededBy)),
      ...field('Registration', treaty.identifiers?.map((i) => `${i.scheme} ${i.value}`).join('; ')),
      ...field('Authentic', authentic(treaty)),
    );
    append(lines, (treaty.otherTitles ?? []).flatMap((t) => field(`Title (${t.lang})`, t.title + (t.note ? ` (${t.note})` : ''))));
    append(lines, (treaty.notes ?? []).flatMap((n) => field('Note', n)));
  } else {
    lines.push(...field('Signed', event(treaty.signed)));
  }
  if (text) {
    const coverage = summariseCoverage(text);
    lines.push(
      ...field('Text', `${text.lang}, ${text.kind === 'authentic' ? 'authentic text' : 'translation'}${text.translator ? ` by ${text.translator}` : ''}`),
      ...field('Coverage', coverageLine(coverage)),
    );
    if (!coverage.complete) lines[lines.length - 1] = styles.warning(lines[lines.length - 1] as string);
  } else {
    lines.push(...field('Text', 'none in this corpus (metadata only)'));
  }
  return lines;
}

function event(e: { date?: string | undefined; place?: string | undefined; confirmed?: boolean | undefined; note?: string | undefined }, signatories?: string[]): string {
  const facts = [e.date, e.place].filter(Boolean).join(', ');
  const parts = [facts || 'date unknown'];
  if (signatories && signatories.length > 0) parts[0] += `, by ${signatories.join(' and ')}`;
  if (e.confirmed === false && !/unconfirmed|not confirmed/i.test(e.note ?? '')) parts.push('(unconfirmed)');
  if (e.note) parts.push(`— ${e.note}`);
  return parts.join(' ');
}

function links(list: Treaty['supersedes']): string | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((l) => `${l.treaty}${l.date ? ` (${l.date})` : ''}${l.note ? ` — ${l.note}` : ''}`).join('; ');
}

function authentic(treaty: Treaty): string | undefined {
  const a = treaty.authenticLanguages;
  if (!a) return undefined;
  const note = a.note ? ` — ${a.note}` : a.confirmed === false ? ' (unconfirmed)' : '';
  return `${a.languages.join(', ')}${note}`;
}

function wholeText(text: TreatyText, options: RenderOptions): string[] {
  const out: string[] = [];
  if (text.preamble) {
    out.push(options.styles.label('Preamble'));
    append(out, block(text.preamble, 'the preamble', options));
    out.push('');
  }
  // Runs of articles missing from the corpus are shown as one line rather than one heading each.
  let missingRun: Article[] = [];
  const flush = () => {
    if (missingRun.length === 0) return;
    const phrase = `${articlesPhrase(missingRun.map((a) => a.number))}: not in this corpus`;
    out.push(options.styles.warning(wrapIndented(safeText(phrase), options.width, '')), '');
    missingRun = [];
  };
  for (const article of text.articles) {
    if (statusOf(article) === 'missing') {
      missingRun.push(article);
      continue;
    }
    flush();
    append(out, articleLines(article, text, options, false));
    out.push('');
  }
  flush();
  if (text.closing) {
    out.push(options.styles.label('Closing'));
    append(out, block(text.closing, 'the closing', options));
  }
  return out;
}

function selectedArticle(treaty: Treaty, text: TreatyText | undefined, selection: ArticleSelection, options: RenderOptions): string[] {
  if (selection.kind === 'no-text')
    return [options.styles.warning(wrapIndented(safeText(`Article ${selection.number} exists, but ${treaty.id} has no text in this corpus (metadata only).`), options.width, ''))];
  const article = text?.articles[selection.index];
  if (!text || !article) return [];
  return articleLines(article, text, options, true);
}

function articleLines(article: Article, text: TreatyText, options: RenderOptions, single: boolean): string[] {
  const { styles, width } = options;
  const editorial = article.numbering === 'editorial';
  // The source's own heading line ("ARTICLE I", "Статья 1") where it has one.
  const title = [article.label ?? `Article ${article.number}`, article.heading ? `— ${article.heading}` : '']
    .filter(Boolean)
    .join(' ');
  const suffix = editorial ? ' (numbering editorial: not in the source)' : '';
  const out = [wrapIndented(safeText(title) + suffix, width, '').replace(safeText(title), styles.title(safeText(title)))];
  if (statusOf(article) === 'missing') {
    const coverage = summariseCoverage(text);
    out.push(
      styles.warning(
        wrapIndented(
          safeText(
            `Article ${article.number} exists in the treaty, but its text is not in this corpus ` +
              `(the ${text.lang} text here has ${coverage.articlesPresent} of ${coverage.articlesKnown} articles).`,
          ),
          width,
          '  ',
        ),
      ),
    );
    return out;
  }
  append(out, block(article, `Article ${article.number}`, options));
  if (single) {
    for (const note of article.notes ?? []) out.push('', wrapIndented(safeText(note), width, '  Note: ', '        '));
    if (editorial) for (const note of text.editorialNotes ?? []) out.push('', wrapIndented(safeText(note), width, '  Editorial: ', '             '));
  } else {
    for (const note of article.notes ?? []) out.push(styles.dim(wrapIndented(safeText(note), width, '  Note: ', '        ')));
  }
  return out;
}

/** Paragraphs with ¶ numbers, and a marker wherever the data records a gap. */
function block(b: Block, name: string, options: RenderOptions): string[] {
  const { styles, width } = options;
  const gaps = new Set(b.gaps ?? []);
  const out: string[] = [];
  const gapLine = (at: number) => {
    const cutOff = at === b.paragraphs.length && isCutOff(b);
    const marker = cutOff ? `[… text cut off here: the rest of ${name} is not in this corpus]` : `[… gap: part of ${name} is not in this corpus]`;
    out.push(styles.warning(wrapIndented(safeText(marker), width, '  ')));
  };
  if (statusOf(b) === 'missing') return [styles.warning(wrapIndented(safeText(`(${name} exists, but its text is not in this corpus)`), width, '  '))];
  b.paragraphs.forEach((p, i) => {
    if (gaps.has(i)) gapLine(i);
    const label = `¶${i + 1}`.padEnd(4);
    out.push(wrapIndented(safeText(p), width, `  ${label}`, '      ').replace(label, styles.dim(label)));
  });
  if (gaps.has(b.paragraphs.length)) gapLine(b.paragraphs.length);
  return out;
}

function noText(treaty: Treaty, options: RenderOptions): string {
  const count = treaty.articleCount !== undefined ? ` It has ${treaty.articleCount} articles.` : '';
  return options.styles.warning(wrapIndented(`No text of ${treaty.id} is in this corpus (metadata only).${count}`, options.width, ''));
}

function provenance(text: TreatyText, options: RenderOptions, full: boolean): string[] {
  const { styles, width } = options;
  const bullet = (s: string) => wrapIndented(safeText(s), width, '  - ', '    ');
  const out = [styles.label('Sources')];
  for (const s of text.provenance.sources) {
    const parts = [s.title, s.publisher, s.url, s.retrieved ? `retrieved ${s.retrieved}` : undefined].filter(Boolean);
    out.push(bullet(parts.join(' — ') + (s.covers ? `. Covers: ${s.covers}` : '')));
    if (full && s.note) out.push(styles.dim(wrapIndented(safeText(s.note), width, '    ')));
  }
  if (text.provenance.corpusSource) out.push(bullet(`Corpus file built from ${text.provenance.corpusSource}`));
  if (full) {
    const notes = [...(text.editorialNotes ?? []).map((n) => `Editorial: ${n}`), ...(text.provenance.notes ?? [])];
    if (notes.length > 0) {
      out.push('', styles.label('Notes'));
      append(out, notes.map(bullet));
    }
  }
  return out;
}
