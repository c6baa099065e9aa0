import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEGMENT_WINDOW, graphemeClusters } from '../../src/render/grapheme-clusters.js';
import { runs } from '../properties/arbitraries.js';

const whole = new Intl.Segmenter('und', { granularity: 'grapheme' });
const segmentedWhole = (text: string) => [...whole.segment(text)].map((s) => s.segment);

// The characters whose clustering depends on their neighbours (UAX #29): CR LF, combining and spacing marks,
// ZWJ emoji sequences, regional indicators (flags pair up), conjoining jamo, Prepend, Indic conjuncts with a
// virama, variation selectors, lone surrogates; and plain letters between them.
const tricky = fc.constantFrom(
  '\r', '\n', 'a', 'e\u0301', '\u0301', '\u200d', '\u200c', '👨', '👩', '\u{1f3fd}', '🇰', '🇵', '🇷', '🇺',
  '\u1100', '\u1161', '\u11a8', '한', '\u0600', '\u0915', '\u094d', '\u0937', '\u0e33', '\ufe0f', '\ud83d', '\udc68', ' ',
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
    const long = 'e' + '\u0301'.repeat(1000);
    expect([...graphemeClusters(`a${long}b`, 8)]).toEqual(['a', long, 'b']);
    expect([...graphemeClusters('', 8)]).toEqual([]);
  });

  it('never hands the segmenter more than a window: each step costs the same however long the text', () => {
    // V8 spends time in proportion to the segmented string at every step: this is the count that mattered.
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    const text = '한'.repeat(99_000);
    expect([...graphemeClusters(text)].length).toBe(99_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SEGMENT_WINDOW);
    // Windows overlap by one cluster only.
    expect(lengths.reduce((a, b) => a + b, 0)).toBeLessThan(text.length * 1.01);
  });
});
