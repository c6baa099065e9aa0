import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/terminal-text.js';
import { anyCodePoints, anyGraphemes, runs } from '../properties/arbitraries.js';

// The definition displayWidth implements with a shortcut: marks and zero-width characters none, East Asian
// wide two. It restates today's table, which issue #13 replaces with a library: this test goes with it.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\p{M}\u200B-\u200F\u2060\uFEFF]/u;
const reference = (text: string) => [...text.replace(/\u001B\[[0-9;]*m/g, '')].reduce((w, ch) => w + (ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1), 0);

describe('displayWidth', () => {
  it('measures every string as the definition does', () => {
    const styled = fc.tuple(anyCodePoints(), fc.constantFrom('', '\u001b[31m', '\u001b[1m\u001b[22m')).map(([t, code]) => code + t + code);
    fc.assert(
      fc.property(fc.oneof(anyCodePoints(), anyGraphemes(), styled), (text) => {
        expect(displayWidth(text)).toBe(reference(text));
      }),
      { numRuns: runs(2000) },
    );
  });
});
