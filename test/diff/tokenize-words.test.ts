import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../src/diff/tokenize-words.js';
import { cutsInsideClusters } from '../helpers/graphemes.js';
import { bundledClauses, hasOpenTreaties, openTreatyClauses, openTreatyFiles, type Clause } from './clause-texts.js';

/** Clauses whose tokens do not join back into the clause, or that contain an empty token. */
function lossyClauses(clauses: readonly Clause[]): string[] {
  return clauses
    .filter(({ text, lang }) => {
      const tokens = tokenizeWords(text, lang);
      return tokens.join('') !== text || tokens.includes('');
    })
    .map(({ where }) => where);
}

const TRICKY: [string, string, string][] = [
  ['empty', 'en', ''],
  ['Cyrillic', 'ru', 'Договор о дружбе, сотрудничестве и взаимной помощи (ст. 51).'],
  ['Hangul', 'ko', '조선민주주의인민공화국과 로씨야련방사이의 포괄적인 전략적동반자관계에 관한 조약 제4조'],
  ['Chinese', 'zh', '本宪章不得认为禁止行使单独或集体自卫之自然权利。第五十一条'],
  ['emoji with modifiers and ZWJ', 'en', 'ok 👍🏽 👨‍👩‍👧 🇰🇵🇷🇺 ❤️ done'],
  ['combining marks', 'en', 'e\u0301te\u0301 cafe\u0301 a \u0301b x\u0308\u0301'],
  ['a combining mark after a line break', 'en', 'a\n\u0301b\r\n\u0301c'],
  ['a space before a ZWJ', 'en', 'a \u200db'],
  ['CRLF and tabs', 'en', 'Article 1\r\n\tThe Parties\r\n\r\n\t\tshall  consult.\r\n'],
  ['a lone surrogate', 'en', 'bad \ud800 text'],
  ['no-break spaces', 'en', 'article\u00a0150 and 36\u00a0members'],
  ['only whitespace', 'en', ' \t\r\n '],
  ['punctuation run', 'en', '...?!—«»“”'],
  // Found by the property tests: clusters that word rules (or ICU) would cut.
  ['conjoining jamo before a syllable', 'ko', 'ᄀ조 제4조\u11a8'],
  ['a Prepend character before punctuation and a space', 'en', 'x\u0600’ \u0600 y'],
  ['a Cyrillic titlo after an apostrophe', 'ru', "'\u0483 ст\u0483"],
  ['a halfwidth voicing mark after a space', 'ja', 'ｶ \uff9e'],
  ['an emoji modifier between regional indicators', 'en', '🇰🏽🇦🇵 🇵\u200d🇵🇦'],
  ['a Thai vowel after a musical mark', 'th', '\u{1d165}\u0e33'],
];

describe('tokenizeWords', () => {
  it.each(TRICKY)('joins back and keeps grapheme clusters whole: %s', (_name, lang, text) => {
    const tokens = tokenizeWords(text, lang);
    expect(tokens.join('')).toBe(text);
    expect(tokens).not.toContain('');
    expect(cutsInsideClusters(text, tokens)).toEqual([]);
  });

  it('tokenizes ASCII text the same with its ASCII patterns as with the Unicode ones', () => {
    const ascii = [...bundledClauses(), ...TRICKY.map(([where, lang, text]) => ({ where, lang, text }))].filter(({ text }) =>
      /^[\x00-\x7f]*$/.test(text),
    );
    expect(ascii.length).toBeGreaterThan(15);
    for (const { text, lang } of ascii) expect(tokenizeWords(text, lang)).toEqual(tokenizeWords(text, lang, { unicodeOnly: true }));
  });

  it('joins back every paragraph of the bundled corpus, keeping grapheme clusters whole', () => {
    const clauses = bundledClauses();
    expect(clauses.length).toBeGreaterThan(20);
    expect(lossyClauses(clauses)).toEqual([]);
    expect(clauses.filter(({ text, lang }) => cutsInsideClusters(text, tokenizeWords(text, lang)).length > 0)).toEqual([]);
  });

  it('gives whole words, single punctuation marks and whitespace runs', () => {
    expect(tokenizeWords('The Parties  shall consult, "immediately".', 'en')).toEqual([
      'The', ' ', 'Parties', '  ', 'shall', ' ', 'consult', ',', ' ', '"', 'immediately', '"', '.',
    ]);
    expect(tokenizeWords('a\r\n\t b', 'en')).toEqual(['a', '\r\n\t ', 'b']);
  });

  it('gives Russian words, not letters', () => {
    expect(tokenizeWords('Договор о дружбе', 'ru')).toEqual(['Договор', ' ', 'о', ' ', 'дружбе']);
    expect(tokenizeWords('Ёлка, ёж.', 'ru')).toEqual(['Ёлка', ',', ' ', 'ёж', '.']);
  });

  it('gives Korean words, not syllables', () => {
    expect(tokenizeWords('전략적 동반자 관계', 'ko')).toEqual(['전략적', ' ', '동반자', ' ', '관계']);
  });

  it('gives Chinese words although Chinese has no spaces', () => {
    const tokens = tokenizeWords('本宪章不得认为禁止行使单独或集体自卫之自然权利。', 'zh');
    expect(tokens).toContain('宪章');
    expect(tokens).toContain('集体');
    expect(tokens.at(-1)).toBe('。');
    expect(tokens.length).toBeLessThan(20);
  });

  it('keeps hyphenated compounds and apostrophes inside words whole', () => {
    const tokens = tokenizeWords(
      "co-operation, good-neighbourliness (Marxism-Leninism) each other's People’s Korea‑DPRK",
      'en',
    );
    for (const word of ['co-operation', 'good-neighbourliness', 'Marxism-Leninism', "other's", 'People’s', 'Korea‑DPRK']) {
      expect(tokens).toContain(word);
    }
    expect(tokenizeWords('Народно-Демократической', 'ru')).toEqual(['Народно-Демократической']);
  });

  it('does not join a hyphen that stands between spaces, starts or ends a word, or is doubled', () => {
    expect(tokenizeWords('pre- and post-war', 'en')).toEqual(['pre', '-', ' ', 'and', ' ', 'post-war']);
    expect(tokenizeWords('a - b', 'en')).toEqual(['a', ' ', '-', ' ', 'b']);
    expect(tokenizeWords('a--b', 'en')).toEqual(['a', '-', '-', 'b']);
    expect(tokenizeWords('-a', 'en')).toEqual(['-', 'a']);
  });

  it.each([
    ['in accordance with Article 51 of the UN Charter', 'en', 'Article 51'],
    ['see Art. 51 above', 'en', 'Art. 51'],
    ['under Articles 3 and 4', 'en', 'Articles 3'],
    ['contrary to article 2(4) of the Charter', 'en', 'article 2(4)'],
    ['in paragraph 1 of article\u00a0150', 'en', 'paragraph 1'],
    ['in paragraph 1 of article\u00a0150', 'en', 'article\u00a0150'],
    ['under Chapter VII of the Charter', 'en', 'Chapter VII'],
    ['set out in Annex II.', 'en', 'Annex II'],
    ['the Area (Part XI)', 'en', 'Part XI'],
    ['as provided in Article 4 bis', 'en', 'Article 4 bis'],
    ['subparagraph (b) applies', 'en', 'subparagraph (b)'],
    ['paragraph 2(b)(ii), and', 'en', 'paragraph 2(b)(ii)'],
    ['в соответствии со статьей 51 Устава ООН', 'ru', 'статьей 51'],
    ['согласно ст. 51 Устава', 'ru', 'ст. 51'],
    ['согласно ст.51 Устава', 'ru', 'ст.51'],
    ['положения статьи 51 Устава', 'ru', 'статьи 51'],
    ['유엔헌장 제51조에 따라', 'ko', '제51조'],
    ['제51조의2', 'ko', '제51조의2'],
    ['联合国宪章第五十一条规定', 'zh', '第五十一条'],
    ['聯合國憲章第五十一條', 'zh', '第五十一條'],
  ])('keeps the reference in %j whole', (text, lang, reference) => {
    const tokens = tokenizeWords(text, lang);
    expect(tokens).toContain(reference);
    expect(tokens.join('')).toBe(text);
  });

  it.each([
    ['a particle 5 apart', 'particle'],
    ['Article 51st', 'Article'],
    ['the Article is', 'Article'],
    ['the part 3 of', 'part'],
  ])('does not take %j for more of a reference than it is', (text, word) => {
    const tokens = tokenizeWords(text, 'en');
    expect(tokens).toContain(word);
    expect(tokens.join('')).toBe(text);
  });

  it('keeps a sentence-final full stop out of the reference', () => {
    expect(tokenizeWords('Article 51.', 'en')).toEqual(['Article 51', '.']);
  });

  it('falls back to the root locale for a malformed language tag', () => {
    expect(tokenizeWords('Договор о дружбе', 'not a tag!')).toEqual(['Договор', ' ', 'о', ' ', 'дружбе']);
  });
});

describe.skipIf(!hasOpenTreaties)(
  hasOpenTreaties ? 'tokenizeWords on open-treaties' : 'tokenizeWords on open-treaties [skipped: ../shared/open-treaties not found]',
  () => {
    it('tokenizes every ASCII paragraph the same with the ASCII and the Unicode patterns', () => {
      const ascii = openTreatyFiles()
        .flatMap((file) => openTreatyClauses(file, 'en'))
        .filter(({ text }) => /^[\x00-\x7f]*$/.test(text));
      expect(ascii.length).toBeGreaterThan(500);
      const differing = ascii.filter(({ text }) => tokenizeWords(text, 'en').join('\u0001') !== tokenizeWords(text, 'en', { unicodeOnly: true }).join('\u0001'));
      expect(differing.map((c) => c.where)).toEqual([]);
    });

    it('joins back every English and Chinese paragraph', () => {
      const files = openTreatyFiles();
      expect(files.length).toBeGreaterThan(20);
      for (const lang of ['en', 'zh'] as const) {
        const clauses = files.flatMap((file) => openTreatyClauses(file, lang));
        expect(clauses.length).toBeGreaterThan(1000);
        expect(lossyClauses(clauses)).toEqual([]);
      }
    });
  },
);
