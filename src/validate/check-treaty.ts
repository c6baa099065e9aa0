// Invariants of a single treaty document that the schema cannot express: file name, dates, language tags,
// article numbering and order, and coverage that agrees with the text present.
import { compareArticleOrdinals, normaliseArticleNumber, parseArticleNumber } from '../model/article-number.js';
import type { Finding, ProblemCode, Severity } from '../model/problem.js';
import type { Block, Treaty, TreatyText } from '../model/treaty.js';
import { checkArticleNumbering } from './check-article-numbering.js';
import { compareDates, isRealDate } from './check-dates.js';

type Path = readonly (string | number)[];
type Add = (code: ProblemCode, path: Path, args?: Record<string, string | number>, severity?: Severity) => void;

/**
 * `fileBase` is the file name without directory, e.g. "rus-dprk-2024.json". In a corpus folder a file
 * must be named after its id (that is how `treaty show ID` finds it); a file on its own, such as an
 * import written to another name, only gets a warning.
 */
export function checkTreaty(treaty: Treaty, fileBase: string, options: { readonly inCorpus: boolean } = { inCorpus: true }): Finding[] {
  const findings: Finding[] = [];
  const add: Add = (code, path, args = {}, severity = 'error') => findings.push({ code, severity, path, args });

  if (fileBase !== `${treaty.id}.json`) add('id-file-mismatch', ['id'], { id: treaty.id, file: fileBase }, options.inCorpus ? 'error' : 'warning');
  checkAliases(treaty, add);
  checkDates(treaty, add);
  checkLanguages(treaty, add);
  checkEnd(treaty, add);
  treaty.texts.forEach((text, i) => checkText(treaty, text, ['texts', i], add));
  checkNumberingAcrossTexts(treaty, add);
  for (const finding of checkArticleNumbering(treaty)) findings.push(finding);
  return findings;
}

function checkAliases(treaty: Treaty, add: Add): void {
  const seen = new Set<string>();
  treaty.aliases.forEach((alias, i) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) add('alias-duplicate', ['aliases', i], { alias });
    seen.add(key);
  });
}

function checkDates(treaty: Treaty, add: Add): void {
  const dates: Array<[Path, string | undefined]> = [
    [['signed', 'date'], treaty.signed.date],
    [['entryIntoForce', 'date'], treaty.entryIntoForce?.date],
    [['end', 'date'], treaty.end?.date],
    ...(treaty.supersedes ?? []).map((l, i): [Path, string | undefined] => [['supersedes', i, 'date'], l.date]),
    ...(treaty.supersededBy ?? []).map((l, i): [Path, string | undefined] => [['supersededBy', i, 'date'], l.date]),
    ...treaty.texts.flatMap((t, i) =>
      t.provenance.sources.map((s, j): [Path, string | undefined] => [['texts', i, 'provenance', 'sources', j, 'retrieved'], s.retrieved]),
    ),
  ];
  for (const [path, date] of dates) if (date !== undefined && !isRealDate(date)) add('date-invalid', path, { date });

  const signed = treaty.signed.date;
  if (signed === undefined || !isRealDate(signed)) return;
  for (const [path, date, what] of [
    [['entryIntoForce', 'date'], treaty.entryIntoForce?.date, 'entry into force'],
    [['end', 'date'], treaty.end?.date, 'end'],
  ] as const) {
    if (date !== undefined && isRealDate(date) && compareDates(date, signed) < 0)
      add('date-order', path, { what, date, signed }, 'warning');
  }
}

function checkLanguages(treaty: Treaty, add: Add): void {
  const tags: Array<[Path, string]> = [
    ...treaty.texts.map((t, i): [Path, string] => [['texts', i, 'lang'], t.lang]),
    ...(treaty.otherTitles ?? []).map((t, i): [Path, string] => [['otherTitles', i, 'lang'], t.lang]),
    ...(treaty.authenticLanguages?.languages ?? []).map((l, i): [Path, string] => [['authenticLanguages', 'languages', i], l]),
  ];
  for (const [path, tag] of tags) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      add('lang-invalid', path, { tag });
      continue;
    }
    if (canonical !== undefined && canonical !== tag) add('lang-noncanonical', path, { tag, canonical }, 'warning');
  }
  const seen = new Map<string, number>();
  treaty.texts.forEach((t, i) => {
    const key = t.lang.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) add('text-lang-duplicate', ['texts', i, 'lang'], { lang: t.lang, first });
    else seen.set(key, i);
  });
}

function checkEnd(treaty: Treaty, add: Add): void {
  const end = treaty.end;
  if (end?.kind !== 'superseded') return;
  const links = treaty.supersededBy ?? [];
  if (links.length === 0) {
    add('end-without-link', ['end', 'kind'], {});
    return;
  }
  links.forEach((link, i) => {
    if (end.date !== undefined && link.date !== undefined && end.date !== link.date)
      add('end-date-mismatch', ['supersededBy', i, 'date'], { end: end.date, link: link.date, treaty: link.treaty }, 'warning');
  });
}

function checkText(treaty: Treaty, text: TreatyText, at: Path, add: Add): void {
  if (text.articles.length === 0) add('text-no-articles', [...at, 'articles'], { lang: text.lang });
  if (treaty.articleCount !== undefined && text.articles.length !== treaty.articleCount && text.articles.length > 0)
    add('article-count-mismatch', [...at, 'articles'], { lang: text.lang, count: text.articles.length, declared: treaty.articleCount });

  if (text.preamble) checkBlock(text.preamble, [...at, 'preamble'], add);
  if (text.closing) checkBlock(text.closing, [...at, 'closing'], add);

  const seen = new Map<string, number>();
  let previous: { number: string; ordinal: NonNullable<ReturnType<typeof parseArticleNumber>> } | undefined;
  text.articles.forEach((article, i) => {
    const path = [...at, 'articles', i];
    checkBlock(article, path, add);
    const key = normaliseArticleNumber(article.number);
    const first = seen.get(key);
    if (first !== undefined) add('article-duplicate', [...path, 'number'], { number: article.number, first });
    seen.set(key, i);
    if (article.numbering === 'editorial' && article.label !== undefined)
      add('numbering-label', [...path, 'label'], { number: article.number, label: article.label }, 'warning');

    const ordinal = parseArticleNumber(article.number);
    if (!ordinal) {
      add('article-number-unparsed', [...path, 'number'], { number: article.number }, 'warning');
      return;
    }
    if (previous && first === undefined && compareArticleOrdinals(ordinal, previous.ordinal) <= 0)
      add('article-order', [...path, 'number'], { number: article.number, previous: previous.number });
    previous = { number: article.number, ordinal };
  });
}

/** Status, paragraphs and gaps must tell the same story about what is here and what is not. */
function checkBlock(block: Block, at: Path, add: Add): void {
  const status = block.status ?? 'complete';
  const gaps = block.gaps ?? [];
  const n = block.paragraphs.length;
  if (status === 'missing' && (n > 0 || gaps.length > 0))
    add('coverage-status', [...at, 'status'], { status, problem: n > 0 ? 'has-paragraphs' : 'has-gaps' });
  if (status === 'partial' && gaps.length === 0) add('coverage-status', [...at, 'status'], { status, problem: 'no-gaps' });
  if (status === 'complete' && gaps.length > 0) add('coverage-status', [...at, 'gaps'], { status, problem: 'has-gaps' });
  if (status !== 'missing' && n === 0) add('coverage-status', [...at, 'paragraphs'], { status, problem: 'no-paragraphs' });
  gaps.forEach((gap, i) => {
    if (gap > n) add('coverage-gaps', [...at, 'gaps', i], { gap, paragraphs: n, problem: 'out-of-range' });
    else if (i > 0 && gap <= (gaps[i - 1] as number)) add('coverage-gaps', [...at, 'gaps', i], { gap, paragraphs: n, problem: 'not-increasing' });
  });
}

/** Every language must list the same articles: coverage may differ, the treaty's structure may not. */
function checkNumberingAcrossTexts(treaty: Treaty, add: Add): void {
  const [first, ...rest] = treaty.texts;
  if (!first) return;
  const reference = first.articles.map((a) => normaliseArticleNumber(a.number));
  rest.forEach((text, k) => {
    const numbers = text.articles.map((a) => normaliseArticleNumber(a.number));
    const i = numbers.findIndex((n, j) => n !== reference[j]);
    if (i >= 0 || numbers.length !== reference.length) {
      const at = i >= 0 ? i : Math.min(numbers.length, reference.length);
      add('numbering-mismatch', ['texts', k + 1, 'articles', ...(at < numbers.length ? [at, 'number'] : [])], {
        lang: text.lang,
        reference: first.lang,
        found: text.articles[at]?.number ?? '(end)',
        expected: first.articles[at]?.number ?? '(end)',
      });
    }
  });
}
