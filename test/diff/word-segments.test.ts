import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONGEST_PIECE, PIECE, wordSegments } from '../../src/diff/word-segments.js';
import { runs } from '../properties/arbitraries.js';

const segmenters = { th: new Intl.Segmenter('th', { granularity: 'word' }), en: new Intl.Segmenter('en', { granularity: 'word' }), ja: new Intl.Segmenter('ja', { granularity: 'word' }) };
const plain = (segments: Iterable<{ segment: string; index: number; isWordLike?: boolean | undefined }>) =>
  Array.from(segments, ({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));

// Words of scripts segmented by rules (English, Hindi, emoji) and by dictionary (Thai, Japanese), and the
// characters where wordSegments may cut (brackets, quotation marks, ! and ?), with ones where it must not.
const pieces = fc.constantFrom(
  'สนธิสัญญา', 'ระหว่าง', 'ประเทศ', 'ที่', 'ได้', 'ลงนาม', 'ความ', 'มั่นคง', '条約', 'の', '締約国', 'は', '直ちに', '、', '。',
  'Article', ' ', '51', "party's", 'co-operate', '(', ')', '«', '»', '“', '”', '!', '?', '.', ',', '\u0301', '👍🏽', '👨‍👩‍👧', '🇰🇵', 'संधि', 'के',
);

function longText(parts: string[], length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += parts[i % parts.length];
  return text;
}

describe('wordSegments', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the segments Intl.Segmenter gives for the whole text, where the text is cut in pieces', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 40 }), fc.integer({ min: PIECE, max: 3 * PIECE }), fc.constantFrom('th', 'en', 'ja'), (parts, length, lang) => {
        const text = longText(parts, length);
        const segmenter = segmenters[lang as keyof typeof segmenters];
        expect(plain(wordSegments(text, segmenter))).toEqual(plain(segmenter.segment(text)));
      }),
      { numRuns: runs(60) },
    );
  });

  it('gives the same segments on Thai with nowhere certain to cut (the overlapping windows)', () => {
    const thai = ['การ', 'ประชุม', 'สนธิสัญญา', 'ระหว่าง', 'ประเทศ', 'ที่', 'ได้', 'ลงนาม', 'ใน', 'วันนี้', 'รัฐภาคี', 'จะ', 'ต้อง', 'ปฏิบัติ', 'ตาม'];
    let s = 7;
    const text = longText(Array.from({ length: 5000 }, () => thai[(s = (s * 1103515245 + 12345) % 2147483648) % thai.length] as string), LONGEST_PIECE + 5000);
    expect(plain(wordSegments(text, segmenters.th))).toEqual(plain(segmenters.th.segment(text)));
  });

  it('never hands the segmenter a long text: each step of V8 costs in proportion to it', () => {
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    const text = longText(['สนธิสัญญา', 'ระหว่าง', 'ประเทศ', 'ที่'], 99_000);
    const joined = Array.from(wordSegments(text, segmenters.th), (s) => s.segment).join('');
    expect(joined).toBe(text);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(LONGEST_PIECE);
  });
});
