import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffWords, rebuildSides } from '../../src/diff/diff-words.js';
import { bundledClauses, hasOpenTreaties, openTreatyClauses, openTreatyFiles } from './clause-texts.js';
import type { DiffSegment } from '../../src/model/comparison.js';

const EN = { lang: 'en' };

/** A redline: [-deleted-]{+inserted+}, for readable expectations. */
function redline(segments: readonly DiffSegment[]): string {
  return segments
    .map(({ op, text }) => (op === 'equal' ? text : op === 'delete' ? `[-${text}-]` : `{+${text}+}`))
    .join('');
}

/** What is wrong with a diff of left and right, if anything: the output contract of diffWords. */
function faults(left: string, right: string, segments: readonly DiffSegment[]): string[] {
  const found: string[] = [];
  const sides = rebuildSides(segments);
  if (sides.left !== left) found.push('left side not rebuilt');
  if (sides.right !== right) found.push('right side not rebuilt');
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (segment.text === '') found.push(`empty segment at ${i}`);
    if (next?.op === segment.op) found.push(`two ${segment.op} segments at ${i}`);
    if (segment.op === 'insert' && next?.op === 'delete') found.push(`insertion before deletion at ${i}`);
  });
  return found;
}

/** Deterministic small edits: a negation, a case change, a punctuation change and an addition. */
function lightlyEdit(text: string): string {
  return `${text
    .replace(/\bshall\b/, 'shall not')
    .replace(/\b[a-z]{6,}\b/, (word) => word.toUpperCase())
    .replace(', ', '; ')} (as amended)`;
}

function bundledParagraph(id: string, article: number, paragraph: number): string {
  const url = new URL(`../../data/treaties/${id}.json`, import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8')) as { texts: { articles: { paragraphs: string[] }[] }[] };
  const text = json.texts[0]?.articles[article]?.paragraphs[paragraph];
  if (text === undefined) throw new Error(`no paragraph ${paragraph} in article index ${article} of ${id}`);
  return text;
}

describe('diffWords', () => {
  it('returns one equal segment for identical texts, and nothing for two empty ones', () => {
    const text = 'The Contracting Parties shall consult each other.';
    expect(diffWords(text, text, EN)).toEqual([{ op: 'equal', text }]);
    expect(diffWords('', '', EN)).toEqual([]);
  });

  it('handles an empty side', () => {
    expect(diffWords('', 'The Parties.', EN)).toEqual([{ op: 'insert', text: 'The Parties.' }]);
    expect(diffWords('The Parties.', '', EN)).toEqual([{ op: 'delete', text: 'The Parties.' }]);
  });

  it('shows a one-word change as one deletion and one insertion between equal text', () => {
    expect(diffWords('the Parties shall immediately consult', 'the Parties shall promptly consult', EN)).toEqual([
      { op: 'equal', text: 'the Parties shall ' },
      { op: 'delete', text: 'immediately' },
      { op: 'insert', text: 'promptly' },
      { op: 'equal', text: ' consult' },
    ]);
  });

  it('keeps spaces out of a replacement', () => {
    expect(diffWords('shall immediately extend military', 'shall provide military', EN)).toEqual([
      { op: 'equal', text: 'shall ' },
      { op: 'delete', text: 'immediately extend' },
      { op: 'insert', text: 'provide' },
      { op: 'equal', text: ' military' },
    ]);
  });

  it('starts an inserted or deleted word on the word, with its space after it', () => {
    expect(redline(diffWords('The Party shall act.', 'The Party shall not act.', EN))).toBe(
      'The Party shall {+not +}act.',
    );
    expect(redline(diffWords('shall only consult', 'shall consult', EN))).toBe('shall [-only -]consult');
    expect(redline(diffWords('with all means.', 'with all means without delay.', EN))).toBe(
      'with all means{+ without delay+}.',
    );
    expect(redline(diffWords('(no preamble.)', '(no preamble.) (as amended)', EN))).toBe(
      '(no preamble.){+ (as amended)+}',
    );
  });

  it('never drops stop words and treats case as a change', () => {
    expect(redline(diffWords('unless requested', 'only if requested', EN))).toBe('[-unless-]{+only if+} requested');
    expect(redline(diffWords('any State', 'any state', EN))).toBe('any [-State-]{+state+}');
    expect(redline(diffWords('may not', 'may', EN))).toBe('may[- not-]');
  });

  it('replaces a reference whole when its number changes', () => {
    expect(diffWords('under Article 51 of the Charter', 'under Article 52 of the Charter', EN)).toEqual([
      { op: 'equal', text: 'under ' },
      { op: 'delete', text: 'Article 51' },
      { op: 'insert', text: 'Article 52' },
      { op: 'equal', text: ' of the Charter' },
    ]);
    expect(redline(diffWords('со статьей 51 Устава', 'со статьей 52 Устава', { lang: 'ru' }))).toBe(
      'со [-статьей 51-]{+статьей 52+} Устава',
    );
    expect(redline(diffWords('헌장 제51조에', '헌장 제52조에', { lang: 'ko' }))).toBe('헌장 [-제51조-]{+제52조+}에');
  });

  it('diffs Russian, Korean and Chinese by words', () => {
    expect(redline(diffWords('Договор о дружбе', 'Договор о дружбе и сотрудничестве', { lang: 'ru' }))).toBe(
      'Договор о дружбе{+ и сотрудничестве+}',
    );
    expect(redline(diffWords('Договор о дружбе', 'Договор о дружине', { lang: 'ru' }))).toBe(
      'Договор о [-дружбе-]{+дружине+}',
    );
    expect(redline(diffWords('전략적 동반자 관계', '전략적 협력 관계', { lang: 'ko' }))).toBe(
      '전략적 [-동반자-]{+협력+} 관계',
    );
    expect(redline(diffWords('禁止行使单独自卫', '禁止行使集体自卫', { lang: 'zh' }))).toBe('禁止行使[-单独-]{+集体+}自卫');
  });

  it('shows a whitespace-only change', () => {
    expect(diffWords('a  b', 'a b', EN)).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: '  ' },
      { op: 'insert', text: ' ' },
      { op: 'equal', text: 'b' },
    ]);
  });

  describe('cleanup: changes read as phrases', () => {
    it('folds a short word between two replacements into one phrase', () => {
      expect(redline(diffWords('either of us', 'any one of them', EN))).toBe('[-either of us-]{+any one of them+}');
      expect(redline(diffWords('Should either suffer', 'In case any is put', EN))).toBe(
        '[-Should either suffer-]{+In case any is put+}',
      );
    });

    it('folds chains of short words and punctuation', () => {
      expect(redline(diffWords('alpha, beta of gamma', 'delta; epsilon to zeta', EN))).toBe(
        '[-alpha, beta of gamma-]{+delta; epsilon to zeta+}',
      );
    });

    it('keeps two kept words in a row, and a longer kept word, as equal text', () => {
      expect(redline(diffWords('alpha of the beta', 'gamma of the delta', EN))).toBe('[-alpha-]{+gamma+} of the [-beta-]{+delta+}');
      expect(redline(diffWords('alpha shall beta', 'gamma shall delta', EN))).toBe('[-alpha-]{+gamma+} shall [-beta-]{+delta+}');
    });

    it('keeps a short word between two pure insertions as equal text', () => {
      expect(redline(diffWords('x of y', 'x alpha of beta y', EN))).toBe('x {+alpha +}of {+beta +}y');
    });
  });

  it('reads as phrases on 1961 Art. 1 ¶2 against 2024 Art. 4', () => {
    const left = bundledParagraph('ussr-dprk-1961', 0, 1);
    const right = bundledParagraph('rus-dprk-2024', 3, 0);
    expect(left).toMatch(/^Should either of the Contracting Parties suffer armed attack/);
    expect(right).toMatch(/^In case any one of the two sides is put in a state of war/);
    const segments = diffWords(left, right, EN);
    expect(faults(left, right, segments)).toEqual([]);

    const equalTexts = segments.filter((s) => s.op === 'equal').map((s) => s.text);
    expect(equalTexts.some((text) => text.includes('military and other assistance'))).toBe(true);
    expect(segments).toContainEqual({ op: 'equal', text: ' military and other assistance with all ' });
    const insertions = segments.filter((s) => s.op === 'insert').map((s) => s.text);
    expect(
      insertions.some((text) =>
        text.includes('in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation'),
      ),
    ).toBe(true);
    expect(segments).toContainEqual({ op: 'delete', text: 'immediately extend' });
    expect(segments).toContainEqual({ op: 'insert', text: 'provide' });

    // The texts differ in 7 places a reader would name (opening condition, trigger, "Contracting Party",
    // "immediately extend", "the", "at its disposal", the Article 51 / domestic-law ending): at most 8
    // changes, hence at most 8 × 2 + 9 = 25 segments. A token-level diff has over 40.
    const changes = segments.filter((s, i) => s.op !== 'equal' && segments[i - 1]?.op !== 'delete').length;
    expect(changes).toBeLessThanOrEqual(8);
    expect(segments.length).toBeLessThanOrEqual(25);
  });

  it('does not blow up on a 5,000-character pair', () => {
    const words = 'the Parties shall consult one another in good faith on all matters of common interest'.split(' ');
    const text = (seed: number): string =>
      Array.from({ length: 900 }, (_, i) => words[(i * seed + (i >> 3)) % words.length]).join(' ');
    const left = text(7).slice(0, 5000);
    const right = text(11).slice(0, 5000);
    // Speed is measured by bench/run.js, not here; this checks that a long, very different pair still
    // rebuilds both sides exactly.
    const segments = diffWords(left, right, EN);
    expect(faults(left, right, segments)).toEqual([]);
  });

  it('rebuilds both sides of every pair of bundled paragraphs', () => {
    const clauses = bundledClauses();
    expect(clauses.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const a of clauses) {
      for (const b of clauses) {
        const problems = faults(a.text, b.text, diffWords(a.text, b.text, { lang: a.lang }));
        if (problems.length > 0) failures.push(`${a.where} vs ${b.where}: ${problems.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('rebuilds both sides on awkward inputs', () => {
    const inputs = ['', ' ', 'a', 'a ', ' a', '\r\n', 'e\u0301', '👨‍👩‍👧 x', 'Article 51', 'a  b', 'b a', 'x-y', '\ud800'];
    const failures = inputs.flatMap((a) =>
      inputs.flatMap((b) => faults(a, b, diffWords(a, b, EN)).map((p) => `${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${p}`)),
    );
    expect(failures).toEqual([]);
  });

  it('keeps a repeated word when the edit beside it slides to the start or end of the text', () => {
    // Found by the property tests: the deletion in "a a" → "a" slid to the start and the kept "a" was lost.
    expect(diffWords('a a', 'a', EN)).toEqual([
      { op: 'delete', text: 'a ' },
      { op: 'equal', text: 'a' },
    ]);
    const pairs: [string, string][] = [['a a', 'a'], ['a', 'a a'], ['shall shall', 'shall'], ['🇰🇵🇰🇵', '🇰🇵'], ['1. 1. 1.', '1.']];
    for (const [a, b] of pairs) {
      expect(faults(a, b, diffWords(a, b, EN))).toEqual([]);
    }
  });
});

describe.skipIf(!hasOpenTreaties)(
  hasOpenTreaties ? 'diffWords on open-treaties' : 'diffWords on open-treaties [skipped: ../shared/open-treaties not found]',
  () => {
    const files = openTreatyFiles();

    it('finds the corpus', () => expect(files.length).toBeGreaterThan(20));

    it.each(files)('rebuilds both sides for each paragraph of %s with the next one and with an edited copy', (file) => {
      const clauses = openTreatyClauses(file, 'en');
      const failures: string[] = [];
      clauses.forEach(({ where, text }, i) => {
        const next = clauses[i + 1]?.text ?? '';
        const edited = lightlyEdit(text);
        for (const [right, label] of [
          [next, 'next'],
          [edited, 'edited'],
        ] as const) {
          const problems = faults(text, right, diffWords(text, right, EN));
          if (problems.length > 0) failures.push(`${where} vs ${label}: ${problems.join(', ')}`);
        }
        // The edited copy only ever adds " (as amended)" at the end.
        const last = diffWords(text, edited, EN).at(-1);
        if (last?.op !== 'insert' || !last.text.endsWith(' (as amended)')) failures.push(`${where}: ending not inserted`);
      });
      expect(clauses.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  },
);
