// Properties of the tokenizer for arbitrary input: tokens join back into the text, none is empty, and no
// token boundary falls inside a surrogate pair or a grapheme cluster (a letter and its combining marks,
// an emoji sequence, CRLF).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../src/diff/tokenize-words.js';
import { cutsInsideClusters } from '../helpers/graphemes.js';
import { anyText, clauseText, langs, runs, wellFormedText } from './arbitraries.js';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

describe('tokenizeWords, for any input', () => {
  it('gives tokens that join back into the text, none of them empty', () => {
    fc.assert(
      fc.property(anyText, langs, (text, lang) => {
        const tokens = tokenizeWords(text, lang);
        expect(tokens.join('')).toBe(text);
        expect(tokens).not.toContain('');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    fc.assert(
      fc.property(anyText, langs, (text, lang) => {
        const tokens = tokenizeWords(text, lang);
        tokens.slice(1).forEach((token, i) => {
          const before = tokens[i] as string;
          expect(isHigh(before.charCodeAt(before.length - 1)) && isLow(token.charCodeAt(0))).toBe(false);
        });
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never cuts a grapheme cluster (combining marks, emoji sequences, CRLF)', () => {
    fc.assert(
      fc.property(wellFormedText, langs, (text, lang) => {
        expect(cutsInsideClusters(text, tokenizeWords(text, lang))).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('tokenizes ASCII text the same with its ASCII patterns as with the Unicode ones', () => {
    const ascii = fc.oneof(clauseText().map((t) => t.replace(/[^\x00-\x7f]/gu, '')), fc.string({ unit: 'binary-ascii', maxLength: 60 }));
    fc.assert(
      fc.property(ascii, (text) => {
        expect(tokenizeWords(text, 'en')).toEqual(tokenizeWords(text, 'en', { unicodeOnly: true }));
      }),
      { numRuns: runs(500) },
    );
  });
});
