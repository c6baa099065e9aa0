// Checks shared by the plain-text import and export tests: nothing lost, nothing added, and the structure
// of a text reduced to what the plain-text format can carry.
import { expect } from 'vitest';
import { isGapLine, type ParsedPlainText, unplacedCharacters } from '../../src/import/parse-plain-text.js';
import type { TreatyText } from '../../src/model/treaty.js';

interface AnyBlock {
  readonly status?: string | undefined;
  readonly paragraphs?: readonly string[] | undefined;
  readonly gaps?: readonly number[] | undefined;
}
interface AnyArticle extends AnyBlock {
  readonly number: string;
  readonly label?: string | undefined;
  readonly heading?: string | undefined;
}
interface AnyText {
  readonly preamble?: AnyBlock | undefined;
  readonly articles: readonly AnyArticle[];
  readonly closing?: AnyBlock | undefined;
}

const fields = (b: AnyBlock) => ({ status: b.status ?? 'complete', paragraphs: [...(b.paragraphs ?? [])], gaps: [...(b.gaps ?? [])] });
const block = (b: AnyBlock | undefined) => (b === undefined ? undefined : fields(b));

/** Preamble, articles and closing with defaults filled in; labels dropped unless `labels`. */
export function structure(text: AnyText, { labels = true } = {}) {
  return {
    preamble: block(text.preamble),
    articles: text.articles.map((a) => ({
      number: a.number,
      ...(labels ? { label: a.label } : {}),
      heading: a.heading,
      ...fields(a),
    })),
    closing: block(text.closing),
  };
}

const nonWhitespace = (s: string) => [...s].filter((c) => !/\s/u.test(c)).length;

/** Every non-whitespace character of the source is in the result, and the result has no others. */
export function expectLossless(source: string, parsed: ParsedPlainText): void {
  expect(unplacedCharacters(source, parsed)).toBe('');
  const sourceCount = source
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .filter((line) => !isGapLine(line.trim()))
    .reduce((n, line) => n + nonWhitespace(line), 0);
  let placed = 0;
  for (const p of [...(parsed.preamble?.paragraphs ?? []), ...(parsed.closing?.paragraphs ?? [])]) placed += nonWhitespace(p);
  for (const a of parsed.articles) {
    placed += nonWhitespace(a.label ?? '') + a.paragraphs.reduce((n, p) => n + nonWhitespace(p), 0);
    if (a.heading !== undefined && !(a.label ?? '').includes(a.heading)) placed += nonWhitespace(a.heading);
  }
  for (const u of parsed.unplaced) if (!isGapLine(u.text)) placed += nonWhitespace(u.text);
  expect(placed).toBe(sourceCount);
}

/** Every paragraph, label and heading as the schema wants it: trimmed, non-empty, one line. */
export function expectCleanStrings(parsed: ParsedPlainText): void {
  const strings = [
    ...(parsed.preamble?.paragraphs ?? []),
    ...parsed.articles.flatMap((a) => [...a.paragraphs, ...(a.label !== undefined ? [a.label] : []), ...(a.heading !== undefined ? [a.heading] : [])]),
    ...(parsed.closing?.paragraphs ?? []),
  ];
  for (const s of strings) {
    expect(s).not.toBe('');
    expect(s).toBe(s.trim());
    expect(s).not.toMatch(/[\r\n]/u);
  }
}

/** A treaty text made of parsed pieces as they are (no cast: they must fit a TreatyText). */
export function fromParsed(parsed: ParsedPlainText, lang: string): TreatyText {
  return {
    lang,
    kind: 'translation',
    provenance: { sources: [{ title: 'test' }] },
    ...(parsed.preamble ? { preamble: parsed.preamble } : {}),
    articles: parsed.articles,
    ...(parsed.closing ? { closing: parsed.closing } : {}),
  };
}
