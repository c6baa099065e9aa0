// Wrapping text far longer than a line: a one-word 7 MB title, a 99,000-character Hangul paragraph. The
// result is checked exactly, and the cost as a count of the characters examined, never as a time.
import { describe, expect, it, vi } from 'vitest';
import { displayWidth, wrapIndented, wrapText } from '../../src/render/terminal-text.js';

/**
 * Characters the built-ins that cost time in proportion to their input were given while `run` ran: regular
 * expressions, replace, split, matchAll and the grapheme segmenter. A step count that a busy machine cannot
 * disturb: linear wrapping gives each character to them a bounded number of times; the quadratic wrapping
 * of issue #10 gave them what was left of a long word once per line.
 */
function charactersExamined(run: () => unknown): number {
  let examined = 0;
  const count = <T extends object, K extends keyof T>(target: T, method: K, length: (self: unknown, args: unknown[]) => number) => {
    const original = target[method] as (...args: unknown[]) => unknown;
    vi.spyOn(target, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      examined += length(this, args);
      return original.apply(this, args);
    } as never);
  };
  const input = (_self: unknown, args: unknown[]) => String(args[0]).length;
  const self = (s: unknown) => String(s).length;
  count(RegExp.prototype, 'test', input);
  count(String.prototype, 'replace', self);
  count(String.prototype, 'split', self);
  count(String.prototype, 'matchAll', self);
  count(Intl.Segmenter.prototype, 'segment', input);
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return examined;
}

describe('wrapText on long words', () => {
  it('cuts a long word into full lines and lets the next words join its last piece', () => {
    expect(wrapText(`${'x'.repeat(100)} yy zz`, 40)).toEqual(['x'.repeat(40), 'x'.repeat(40), `${'x'.repeat(20)} yy zz`]);
    expect(wrapText(`a ${'x'.repeat(80)}`, 40)).toEqual(['a', 'x'.repeat(40), 'x'.repeat(40)]);
  });

  it('cuts long Hangul at whole syllables, two columns each', () => {
    const lines = wrapText('한'.repeat(1000), 37);
    expect(lines).toHaveLength(56);
    expect(lines.slice(0, 55).every((l) => l === '한'.repeat(18))).toBe(true);
    expect(lines[55]).toBe('한'.repeat(10));
  });

  it('keeps our colour codes whole and zero-width when it cuts a styled word', () => {
    const styled = `\u001b[31m${'한'.repeat(5)}\u001b[39m`;
    expect(wrapText(styled, 4)).toEqual(['\u001b[31m한한', '한한', '한\u001b[39m']);
  });

  it('wraps a 7 MB word and a 99,000-syllable paragraph, keeping every character', () => {
    const title = 'x'.repeat(7_000_000);
    const lines = wrapIndented(title, 80, '').split('\n');
    expect(lines).toHaveLength(87_500);
    expect(lines.join('')).toBe(title);
    const hangul = '한'.repeat(99_000);
    const wrapped = wrapText(hangul, 73);
    expect(wrapped.join('')).toBe(hangul);
    expect(Math.max(...wrapped.map(displayWidth))).toBe(72);
  });

  it('examines each character a bounded number of times, however long the word or paragraph', () => {
    for (const text of ['x'.repeat(200_000), '한'.repeat(20_000), 'e\u0301'.repeat(10_000), 'shall immediately 제51조 consult '.repeat(1_000)])
      for (const width of [1, 37, 1000]) expect(charactersExamined(() => wrapText(text, width)) / text.length).toBeLessThan(20);
  });
});
