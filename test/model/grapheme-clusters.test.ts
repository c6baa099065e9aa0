import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEGMENT_WINDOW, clusterBoundaries, clusterBoundaryBetween, graphemeClusters } from '../../src/model/grapheme-clusters.js';
import { runs } from '../properties/arbitraries.js';

const whole = new Intl.Segmenter('und', { granularity: 'grapheme' });
const segmentedWhole = (text: string) => [...whole.segment(text)].map((s) => s.segment);

// The characters whose clustering depends on their neighbours (UAX #29): CR LF, combining and spacing marks,
// ZWJ emoji sequences, regional indicators (flags pair up), conjoining jamo, Prepend, Indic conjuncts with a
// virama, variation selectors, lone surrogates, Thai and Lao AM; and plain letters between them.
const tricky = fc.constantFrom(
  '\r', '\n', 'a', 'e\u0301', '\u0301', '\u200d', '\u200c', '👨', '👩', '\u{1f3fd}', '🇰', '🇵', '🇷', '🇺',
  '\u1100', '\u1161', '\u11a8', '한', '\u0600', '\u0d4e', '\u0915', '\u094d', '\u0937', '\u093e', '\u0e01', '\u0e31', '\u0e33',
  '\u0e40', '\ufe0f', '\ud83d', '\udc68', ' ', '.', '\u1031', '\u102b', '\u1000',
);
const trickyText = fc.array(tricky, { maxLength: 60 }).map((parts) => parts.join(''));

describe('graphemeClusters', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the clusters Intl.Segmenter gives for the whole string, whatever the window', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })), fc.integer({ min: 1, max: 12 }), (text, window) => {
        expect([...graphemeClusters(text, window)]).toEqual(segmentedWhole(text));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('takes a cluster longer than the window whole', () => {
    const long = '👍' + '\u{1f3fd}\u200d'.repeat(500);
    expect([...graphemeClusters(`a${long}b`, 8)]).toEqual(segmentedWhole(`a${long}b`));
    expect([...graphemeClusters('', 8)]).toEqual([]);
    expect([...clusterBoundaries('')]).toEqual([1]);
  });

  it('never hands the segmenter more than a window, and only text where the code units leave a doubt', () => {
    // V8 spends time in proportion to the segmented string at every step: this is the count that mattered.
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    // Emoji with skin tones: every offset is a surrogate, so all of it goes to the segmenter.
    const emoji = '👍🏽'.repeat(25_000);
    expect([...graphemeClusters(emoji)].length).toBe(25_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SEGMENT_WINDOW + 1);
    // Windows overlap by one cluster only.
    expect(lengths.reduce((a, b) => a + b, 0)).toBeLessThan(emoji.length * 1.05);
    // Hangul syllables and Thai consonants with vowel marks are decided from the code units alone.
    lengths.length = 0;
    expect([...graphemeClusters('한'.repeat(99_000))].length).toBe(99_000);
    expect([...graphemeClusters('\u0e01\u0e31'.repeat(50_000))].length).toBe(50_000);
    expect(lengths).toEqual([]);
  });
});

/*
 * The rule of clusterBoundaryBetween, checked against the segmenter for every BMP code unit on either side:
 * each unit after a set of units (and before a set), in a few contexts. UAX #29 decides a boundary from
 * the Grapheme_Cluster_Break (and Indic_Conjunct_Break) properties of the code points around it, so these
 * probes stand for every class the rule treats as certain.
 */
describe('clusterBoundaryBetween', () => {
  const units = Array.from({ length: 0x10000 }, (_, u) => u).filter((u) => u < 0xd800 || u > 0xdfff);
  const probes = ['a', 'Z', '5', '.', ' ', '\u05d0', '\u0915', '\u094d', '\u093e', '\u0301', '\u0e01', '\u0e31', '\u0e33', '한', '\u1161', '中', '\u200d', '\u0600', '\ufe0f', '\u102b', '\u0d4e', '\u0e3a', '\u0eba', '\u1039', '\u103a', '\u17d2', '\u0dca'];

  /** Segments `before + x + y + after` for many pairs at once, in pieces (one long string is slow to segment). */
  function check(all: [string, string][], contexts: string[][]): string[] {
    const pairs = all.filter(([x, y]) => clusterBoundaryBetween(x.charCodeAt(0), y.charCodeAt(0)) !== -1);
    const wrong: string[] = [];
    for (const [before, after] of contexts) {
      for (let k = 0; k < pairs.length; k += 64) {
        let text = '';
        const offsets: { at: number; x: string; y: string }[] = [];
        for (const [x, y] of pairs.slice(k, k + 64)) {
          // A space between samples: a boundary the rule itself is checked on, elsewhere.
          text += ` ${before}${x}`;
          offsets.push({ at: text.length, x, y });
          text += `${y}${after}`;
        }
        const starts = new Set([...whole.segment(text)].map((s) => s.index));
        for (const { at, x, y } of offsets) {
          const expected = starts.has(at) ? 1 : 0;
          const claimed = clusterBoundaryBetween(x.charCodeAt(0), y.charCodeAt(0));
          if (claimed !== expected) wrong.push(`${JSON.stringify(before + x)} | ${JSON.stringify(y + after)}: claimed ${claimed}, segmenter ${expected}`);
        }
      }
    }
    return wrong;
  }

  it('is right for every BMP unit after each probe', () => {
    const pairs = probes.flatMap((x) => units.map((u): [string, string] => [x, String.fromCharCode(u)]));
    expect(check(pairs, [['', ''], ['\u0915\u094d', '\u0301']]).slice(0, 10)).toEqual([]);
  });

  it('is right for every BMP unit before each probe', () => {
    const pairs = probes.flatMap((y) => units.map((u): [string, string] => [String.fromCharCode(u), y]));
    expect(check(pairs, [['', '']]).slice(0, 10)).toEqual([]);
  });

  it('decides most offsets of prose from the code units alone', () => {
    const certain = (text: string) => {
      let n = 0;
      for (let i = 1; i < text.length; i++) if (clusterBoundaryBetween(text.charCodeAt(i - 1), text.charCodeAt(i)) !== -1) n++;
      return n / (text.length - 1);
    };
    expect(certain('The High Contracting Parties shall consult each other, in accordance with Article 51.')).toBe(1);
    expect(certain('조약 당사국은 제51조에 따라 즉시 군사적 원조를 제공한다.')).toBe(1);
    expect(certain('สนธิสัญญาระหว่างประเทศที่ได้ลงนามในวันนี้')).toBe(1);
  });
});
