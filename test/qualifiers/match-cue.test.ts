// The cue matcher against JavaScript's own RegExp: the same matches, spans and captures for a table of the
// grammar's corners (priorities, lazy and counted repetition, empty iterations, capture resets,
// lookarounds in both directions), and work that grows linearly with the text where RegExp backtracks.
import { describe, expect, it } from 'vitest';
import { compileCue } from '../../src/qualifiers/compile-cue.js';
import { compileCuePattern } from '../../src/qualifiers/compile-lexicon.js';
import { matchCue } from '../../src/qualifiers/match-cue.js';
import { parseCue } from '../../src/qualifiers/parse-cue.js';
import { engineSpans, regexpSpans } from './cue-engine.js';

const INPUTS = ['', 'a', 'b', 'ab', 'aab', 'abab', 'aaa', 'ba', 'a b', 'a  b', 'ab.ab', 'aaab b', 'xaby', 'a\nb', 'a\u00a0b', 'the laws of a and b.'];

const PATTERNS = [
  // alternation and priority
  'a|ab',
  'ab|a',
  '(a|ab)(c|bcd)?',
  '(?:a|b)+',
  'x|',
  // greedy, lazy, counted
  'a*',
  'a*?b',
  'a+?',
  'a??b',
  'a{2}',
  'a{1,2}?',
  'a{0,}b',
  '(?:ab){1,2}',
  '[ab]{2,3}?',
  'a{0}b',
  // empty iterations: ECMAScript refuses an optional iteration that matched nothing
  '(a*)*',
  '(a*)+',
  '(a*)*b',
  '(a|)*',
  '(?:a?)+?b',
  '(a?){2,}',
  '(?:a*|b)*',
  '((a)|b)*',
  '(?:(a)|b)+',
  '(?:(a)|(b))+',
  '((a+)?b)*',
  '(?:\\b|a)*',
  '(?:(?=a)|b)*',
  '(a?)??b',
  '(?:a{0,2}){2,3}',
  // captures
  '(a)|b',
  '(?<x>a+)(b)?',
  '(a(b)?)+',
  // assertions and classes
  '^a',
  'b$',
  '^$',
  '\\ba',
  '\\Bb',
  'a\\b',
  '.+',
  '[^a]+',
  '[a-b.]+',
  '\\s+',
  '\\S+',
  '\\w+\\W',
  '\\d*',
  '[\\s.]',
  '[^\\s]+',
  '\\.',
  '\\u0061\\x62',
  '[\\-a]+',
  '[]a]',
  '[^]',
  'a[]',
  // lookarounds
  'a(?=b)',
  'a(?!b)',
  '(?<=a)b',
  '(?<!a)b',
  '(?<=a+)b',
  '(?<=a{2})b',
  '(?<!ab|\\.)a',
  '(?<=(?:a|b) )b',
  '(?<=\\ba)b',
  '(?=a(?<=a))a',
  '(?!.*b)a',
  '(?![^.]*\\bb\\b)a',
  '(?<=^|\\s)a',
  'a(?=\\s*(?:[.,;:]|$))',
  // real cue shapes
  '(?:the )?laws of (?<list>(?![^.,;:]*\\b(?:laws?|in)\\b)[a-z]+(?: (?!and )[a-z]+){0,2})(?=\\s*(?:[.,;:]|$))',
  'not (?:to )?(?:enter)[^.;]{0,12}?b',
];

describe('the cue matcher finds what RegExp finds', () => {
  it.each(PATTERNS)('%s', (pattern) => {
    for (const input of INPUTS) expect(engineSpans(pattern, input), JSON.stringify(input)).toEqual(regexpSpans(pattern, input));
  });

  it('reads \\s, . and \\w exactly as RegExp does, for every code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i));
    for (const pattern of ['\\s', '.', '\\w', '\\W', '\\S', '\\d']) {
      const all = units.join('');
      expect(engineSpans(pattern, all).map((s) => s[0]), pattern).toEqual(regexpSpans(pattern, all).map((s) => s[0]));
    }
  });

  it('widens a space to any run of whitespace and keeps a cue to whole words in spaced scripts', () => {
    const program = (pattern: string, lang: string) => {
      const compiled = compileCuePattern(pattern, lang);
      if (!compiled.ok) throw new Error(pattern);
      return compiled.program;
    };
    const spans = (pattern: string, lang: string, text: string) => matchCue(program(pattern, lang), text).map((m) => text.slice(m.start, m.end));
    expect(spans('state of war', 'en', 'a state\n of  war; statehood of war')).toEqual(['state\n of  war']);
    expect(spans('consult', 'en', 'they consult; consultative')).toEqual(['consult']);
    expect(spans('전쟁 상태', 'ko', '전쟁 상태에서')).toEqual(['전쟁 상태']);
  });
});

describe('work linear in the text', () => {
  /** Steps on `text`, with the program's size: the bound is a few steps per node per character. */
  function work(pattern: string, text: string): { steps: number; size: number } {
    const parsed = parseCue(pattern);
    if (!parsed.ok) throw new Error(pattern);
    const compiled = compileCue(parsed.value, { size: 10_000, framesPerPosition: 10_000 });
    if (!compiled.ok) throw new Error(pattern);
    const counter = { steps: 0 };
    matchCue(compiled.program, text, counter);
    return { steps: counter.steps, size: compiled.program.size };
  }

  it.each([
    ['(?:a+)+b', 'a'],
    ['(a*)*b', 'a'],
    ['(?:a|a)*b', 'a'],
    ['(?:[가-힣]+(?:과|와)\\s*)?[가-힣]+의\\s*(?:법|법률|법령)에\\s*(?:준하여|따라|의하여)', '과'],
    ['(?![^.]*\\bb\\b)a', 'a '],
    ['(?<=a+)b', 'a'],
    ['[^.;]{0,20}?x', 'ab'],
  ])('%s on %j repeated', (pattern, unit) => {
    const small = work(pattern, unit.repeat(1_000));
    const large = work(pattern, unit.repeat(100_000));
    // RegExp takes time quadratic, cubic or exponential in the length on these; here 100 times the text is
    // at most about 100 times the work, and never more than a few steps per node and character.
    expect(large.steps).toBeLessThanOrEqual(4 * large.size * 100_001);
    expect(large.steps).toBeLessThanOrEqual(110 * small.steps + 1_000);
  });
});
