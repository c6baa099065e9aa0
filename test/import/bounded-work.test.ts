// The importer's and exporter's work stays proportional to their input on the worst inputs found for each
// pattern and loop (issue #10). Each is timed against a baseline of the same size measured in the same
// test — ordinary text where the hostile input has its hostile lines — and may cost at most a few times
// it: the bugs these guard against cost tens to thousands of times, a healthy run a few. Never a number of
// milliseconds, so that a busy machine slows both runs alike.
import { describe, expect, it } from 'vitest';
import { exportPlainText } from '../../src/export/export-plain-text.js';
import { replaceImportedText } from '../../src/import/build-treaty.js';
import { isGapLine, type ParsedPlainText, parsePlainText } from '../../src/import/parse-plain-text.js';
import { readHeadingLine } from '../../src/import/plain-text-headings.js';
import type { TreatyInput, TreatyText } from '../../src/model/treaty.js';
import { checkArticleNumbering } from '../../src/validate/check-article-numbering.js';
import { bundledJson, bundledTreaty } from '../helpers/bundled.js';

/** How many times its baseline a hostile input may cost. */
const BOUND = 10;

/**
 * Below this many milliseconds a baseline is taken as this: a run that short is mostly timer and scheduler
 * noise. The bugs guarded against cost hundreds of milliseconds or more on these inputs.
 */
const FLOOR_MS = 5;

/** The fastest of five runs, in milliseconds: the least disturbed by whatever else the machine does. */
function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `work(hostile)` costs at most BOUND times `work(baseline)`. */
function expectAsCheapAs<T>(hostile: T, baseline: T, work: (input: T) => unknown): void {
  work(baseline); // warm up: the first run also compiles
  const ratio = fastest(() => work(hostile)) / Math.max(fastest(() => work(baseline)), FLOOR_MS);
  expect(ratio, `the hostile input took ${ratio.toFixed(1)}× its baseline`).toBeLessThanOrEqual(BOUND);
}

const en = (source: string) => parsePlainText(source, { lang: 'en' });

describe('parsePlainText costs what ordinary text of the same size costs', () => {
  // Each hostile line beside an ordinary line of the same length and script, as many of each.
  it.each([
    ['wrapped lines of one paragraph (joined once per run, not once per line)', 'CHAPTER I\n', 'The Party\n'],
    ['repeated headings (out of order, unplaced)', 'Article 1\n', 'The Party\n'],
    ['headings each followed by a gap', 'Article 1\n\n[...]\n', 'The Party\n\nA end.\n'],
    ['lines ending mid-sentence before headings', 'the Parties,\nArticle 5\n', 'the Parties,\nThe Party\n'],
    ['chapter headings in Chinese', '第一章\n', '缔约国\n'],
  ])('on 100,000 lines: %s', (_, line, ordinary) => {
    expectAsCheapAs(line.repeat(100_000), ordinary.repeat(100_000), en);
  });

  it.each([
    ['a bracketed run of dots', (n: number) => `[${'.'.repeat(n)}]`],
    ['a heading word and spaces', (n: number) => `Article${' '.repeat(n)}x`],
    ['a heading and a run of Roman letters', (n: number) => `Article ${'I'.repeat(n)}x`],
    ['a heading number and spaces', (n: number) => `Article 4${' '.repeat(n)}x`],
    ['an unclosed bracket after a heading', (n: number) => `Article 1 (${'a'.repeat(n)}`],
    ['a Chinese heading and ideographic spaces', (n: number) => `第${'\u3000'.repeat(n)}x`, '缔'],
    ['a Korean heading and spaces', (n: number) => `제${' '.repeat(n)}x`],
    ['a closing cue that never names the signing', (n: number) => `本条约于${'于'.repeat(n)}`, '缔'],
    ['a chapter heading and spaces', (n: number) => `CHAPTER${' '.repeat(n)}I`],
  ])('on one long line: %s', (_, line, ordinary = 'a') => {
    const n = 1_000_000;
    // After an article's text, where closing cues are looked for; the baseline is a line of one letter of
    // the same script, as long.
    const text = (last: string) => `Article 1\n\nText.\n\n${last}\n`;
    expectAsCheapAs(text(line(n)), text(ordinary.repeat(line(n).length)), en);
  });

  it('reads a line of 4,000,000 dots in brackets as text, without a stack overflow', () => {
    const line = `[${'.'.repeat(4_000_000)}]`;
    expect(isGapLine(line)).toBe(false);
    expect(readHeadingLine(line)).toBeUndefined();
    expect(en(`Article 1\n\n${line}\n`).longParagraphs).toEqual([{ line: 3, chars: 4_000_002 }]);
  });
});

describe('the way back and the checks cost what ordinary data of the same size costs', () => {
  const textOf = (parsed: ParsedPlainText): TreatyText => ({
    lang: 'en',
    kind: 'translation',
    provenance: { sources: [{ title: 'test' }] },
    articles: parsed.articles,
    ...(parsed.closing ? { closing: parsed.closing } : {}),
  });
  const articles = (n: number, after: string) => Array.from({ length: n }, (_, i) => `Article ${i + 1}\n\nText ${i}${after}`).join('\n\n');

  it('exportPlainText on articles that end with gaps', () => {
    expectAsCheapAs(textOf(en(`${articles(9_999, '\n\n[...]')}\n`)), textOf(en(`${articles(9_999, '.')}\n`)), exportPlainText);
  });

  it('replaceImportedText keeping the notes of 20,000 unplaced lines it already has (a set, not a list search)', () => {
    const parsed = en(`Article 2\n\nText.\n\n${'Article 1\n'.repeat(20_000)}`);
    const first = replaceImportedText(bundledJson('ussr-dprk-1961'), parsed, 'en', 'x.txt', 'note');
    const fresh = bundledJson('ussr-dprk-1961');
    expectAsCheapAs<TreatyInput>(first, fresh, (into) => replaceImportedText(into, parsed, 'en', 'x.txt', 'note'));
  });

  it('checkArticleNumbering on 10,000 articles with a hole before each', () => {
    const numbered = (step: number) =>
      bundledTreaty('ussr-dprk-1961', (j) => {
        const text = j.texts[0] as TreatyInput['texts'][number];
        text.articles = Array.from({ length: 10_000 }, (_, i) => ({ number: String(i * step + 1), paragraphs: ['x'] }));
        delete j.articleCount;
      });
    expectAsCheapAs(numbered(1_000), numbered(1), checkArticleNumbering);
  });
});
