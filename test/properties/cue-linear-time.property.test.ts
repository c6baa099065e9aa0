// Property (issue #10): every cue of data/qualifiers.json runs in time linear in the text, on the inputs that
// make a backtracking engine slowest: its own characters repeated, pairs of them, and its words, to
// 100,000 characters (the longest paragraph the format allows). The bound is counted, not timed: the
// matcher's steps are at most a fixed multiple of the cue's size times the text's length, and 10 times
// the text costs about 10 times the steps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import { MAX_PARAGRAPH_CHARS } from '../../src/model/limits.js';
import { compileCuePattern } from '../../src/qualifiers/compile-lexicon.js';
import { matchCue } from '../../src/qualifiers/match-cue.js';
import { ROOT } from '../helpers/run-cli.js';

const LEXICON = lexiconSchema.parse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8')));
const CUES = LEXICON.categories.flatMap((category) =>
  Object.entries(category.cues).flatMap(([lang, cues]) => cues.map((cue) => ({ code: category.code, lang, pattern: cue.pattern }))),
);

/**
 * Steps per node and character the matcher can take (match-cue.ts): each node is explored at most once
 * per position, plus once more at the end of each match; each exploration tries at most two successors;
 * one start per position, one lookaround run per lookaround and position, and one scanned character per
 * position. Real cues take under one.
 */
const STEPS_PER_NODE_AND_CHARACTER = 6;

const SYNTAX = new Set('^$*+?()[]{}|');
// What a class escape stands for, as characters that belong to it.
const ESCAPE_EXAMPLES: Record<string, string[]> = { s: [' ', '\n'], S: ['x'], w: ['a', '_'], W: [' '], d: ['0'], D: ['x'] };

/** The characters a pattern writes, in runs broken by its syntax: "laws? of" gives "law", "s", " of". */
function writtenRuns(pattern: string): string[][] {
  const runs: string[][] = [[]];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const e = pattern[++i] ?? '';
      if (e === 'u') {
        runs.at(-1)?.push(String.fromCharCode(parseInt(pattern.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (ESCAPE_EXAMPLES[e]) runs.push([...ESCAPE_EXAMPLES[e]], []);
      else if (e !== 'b' && e !== 'B') runs.at(-1)?.push(e);
    } else if (SYNTAX.has(c)) runs.push([]);
    else runs.at(-1)?.push(c);
  }
  return runs.filter((run) => run.length > 0);
}

/** What to repeat: each character (alone and before a space), each pair written side by side, each word. */
function adversarialUnits(pattern: string): string[] {
  const runs = writtenRuns(pattern);
  const units = new Set<string>();
  for (const c of new Set([...runs.flat(), ' '])) units.add(c).add(`${c} `);
  for (const run of runs) for (let i = 0; i + 1 < run.length; i++) units.add(`${run[i]}${run[i + 1]}`);
  for (const word of pattern.match(/[a-zа-яе가-힣']+/g) ?? []) units.add(`${word} `);
  return [...units];
}

function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

describe('every cue of the lexicon is linear in the text on its adversarial inputs', () => {
  it.each(CUES)('$code $lang: $pattern', ({ lang, pattern }) => {
    const compiled = compileCuePattern(pattern, lang);
    if (!compiled.ok) throw new Error(`does not compile: ${compiled.problem.code}`);
    const { program } = compiled;
    const n = MAX_PARAGRAPH_CHARS;
    const over: string[] = [];
    const bound = (length: number) => STEPS_PER_NODE_AND_CHARACTER * program.size * (length + 1);
    for (const unit of adversarialUnits(pattern)) {
      // The limit makes a regression fail at once instead of running for hours.
      const tenth = { steps: 0, limit: bound(n / 10) };
      const full = { steps: 0, limit: bound(n) };
      try {
        matchCue(program, repeated(unit, n / 10), tenth);
        matchCue(program, repeated(unit, n), full);
      } catch {
        over.push(`${JSON.stringify(unit)}: over ${STEPS_PER_NODE_AND_CHARACTER} steps per node and character`);
        continue;
      }
      if (full.steps > 11 * tenth.steps + 10 * program.size) over.push(`${JSON.stringify(unit)}: ${full.steps} steps, ${tenth.steps} on a tenth of it`);
    }
    expect(over).toEqual([]);
  });
});
