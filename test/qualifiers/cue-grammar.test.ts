// The cue grammar: what parseCue refuses and where, and how a lexicon with such a cue is reported, by
// `validate` and when a command loads it (one located problem with its own code, never a crash).
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/corpus/parse-document.js';
import { MAX_CUE_FRAMES_PER_POSITION, MAX_CUE_PATTERN_CHARS, MAX_CUE_SIZE } from '../../src/model/limits.js';
import { describeProblem } from '../../src/render/describe-problem.js';
import { cuePatternProblem } from '../../src/qualifiers/compile-lexicon.js';
import { type CueConstruct, parseCue } from '../../src/qualifiers/parse-cue.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

describe('parseCue', () => {
  it.each<[string, CueConstruct, number]>([
    ['laws (of) \\1', 'backreference', 10],
    ['(?<x>a)\\k<x>', 'backreference', 7],
    ['\\p{L}+', 'property-escape', 0],
    ['a\\cJ', 'escape', 1],
    ['\\01', 'escape', 0],
    ['\\u{61}', 'escape', 0],
    ['[\\s-z]', 'class-range-escape', 1],
    ['[a-\\d]', 'class-range-escape', 1],
    ['a{,2}', 'brace', 1],
    ['x{', 'brace', 1],
    ['(?i:a)', 'group-kind', 0],
    ['(?<1x>a)', 'group-kind', 0],
    ['a(?=b)*', 'quantified-lookaround', 1],
    ['(?!b)?a', 'quantified-lookaround', 0],
    ['(?=(a))', 'capture-in-lookaround', 3],
    ['(?<!(?<n>a))b', 'capture-in-lookaround', 4],
    ['a +b', 'quantified-space', 1],
    ['a {2}', 'quantified-space', 1],
    ['(a', 'syntax', 0],
    ['a)', 'syntax', 1],
    ['*a', 'syntax', 0],
    ['a**', 'syntax', 2],
    ['[b-a]', 'syntax', 1],
    ['a{2,1}', 'syntax', 1],
    ['\\b+', 'syntax', 2],
    ['(?<x>a)(?<x>b)', 'syntax', 7],
    [`${'(?:'.repeat(40)}a${')'.repeat(40)}`, 'nesting', 96],
  ])('refuses %j as %s at offset %d', (pattern, construct, at) => {
    const parsed = parseCue(pattern, { widenSpaces: true });
    expect(parsed.ok ? undefined : { construct: parsed.refusal.construct, at: parsed.refusal.at }).toEqual({ construct, at });
  });

  it.each(['a|', '(?:)', '[]', '[^]', ']', '}', 'a{2}?', '\\-\\.\\/', '[\\b]', '\\t\\n\\0', 'a\\ b', '(?<=a|bc)d', '(?<list>[a-z]+ and [a-z]+)'])('accepts %j', (pattern) => {
    expect(parseCue(pattern, { widenSpaces: true }).ok).toBe(true);
  });

  it('refuses a pattern whose counted repetitions spell out too many nodes, before building them', () => {
    expect(cuePatternProblem('(?:a{0,100}){0,100}')).toEqual({ code: 'lexicon-cue-too-large', args: { measure: 'states', limit: MAX_CUE_SIZE } });
    expect(cuePatternProblem('(?:(?:a{0,9999}){0,9999}){0,9999}')?.args.measure).toBe('states');
    expect(cuePatternProblem('(?:a+)+b')).toBeUndefined();
  });

  it('refuses a pattern too long to parse cheaply, and a repetition of nothing too many times', () => {
    expect(cuePatternProblem('a'.repeat(MAX_CUE_PATTERN_CHARS + 1))).toEqual({
      code: 'lexicon-cue-too-large',
      args: { measure: 'characters', limit: MAX_CUE_PATTERN_CHARS, length: MAX_CUE_PATTERN_CHARS + 1 },
    });
    expect(cuePatternProblem('(?:){99999999999}')?.args.measure).toBe('states');
    expect(cuePatternProblem('(?:){3}a')).toBeUndefined();
  });

  it('refuses a pattern with so many optional parts in a row that the matcher would keep too much per character', () => {
    expect(cuePatternProblem('(?:(?:b?){70}a)+')).toEqual({ code: 'lexicon-cue-too-large', args: { measure: 'frames', limit: MAX_CUE_FRAMES_PER_POSITION } });
    expect(cuePatternProblem('(?:(?:b?){10}a)+')).toBeUndefined();
  });
});

/** A lexicon with one English cue, as its file would read. */
function lexiconText(pattern: string): string {
  const lexicon = {
    formatVersion: 1,
    categories: [{ code: 'test', role: 'condition', label: 'test', description: 'a test category', cues: { en: [{ pattern: 'without delay' }, { pattern }] } }],
  };
  return JSON.stringify(lexicon, null, 2);
}

describe('a cue outside the grammar', () => {
  it('is one located problem under validate, with its code and worded with its place in the pattern', () => {
    const problems = validateDocuments([{ file: 'corpus/qualifiers.json', text: lexiconText('laws of (a|b) \\1') }]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({
      code: 'lexicon-cue-unsupported',
      severity: 'error',
      pointer: '/categories/0/cues/en/1/pattern',
      line: 15,
      args: { construct: 'backreference', at: 15, excerpt: '\\1' },
    });
    expect(describeProblem(problem!)).toContain('at character 15 (\\1): refers back to a group');
  });

  it('is reported apart from a pattern that is no regular expression at all', () => {
    const problems = validateDocuments([{ file: 'corpus/qualifiers.json', text: lexiconText('(unclosed') }]);
    expect(problems.map((p) => [p.code, p.args.detail])).toEqual([['schema', 'not a valid JavaScript regular expression']]);
  });

  it('stops a command loading the lexicon with the same problem', () => {
    const parsed = parseLexicon('corpus/qualifiers.json', lexiconText('(?:a{0,100}){0,100}'));
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => p.code)).toEqual(['lexicon-cue-too-large']);
    expect(describeProblem(parsed.problems[0]!)).toContain(`more than ${MAX_CUE_SIZE} states`);
  });

  it('is accepted when it only nests quantifiers: matching stays linear', () => {
    expect(validateDocuments([{ file: 'corpus/qualifiers.json', text: lexiconText('(?:a+)+b') }])).toEqual([]);
  });
});
