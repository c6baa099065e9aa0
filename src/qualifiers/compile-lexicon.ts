// Turns the lexicon's cue patterns into programs for the cue matcher (match-cue.ts): spaces match any run
// of whitespace, and in scripts written with spaces a cue matches whole words only. Compiled per language
// on first use.
import type { Lexicon, QualifierCategory, QualifierCue } from '../model/qualifier-lexicon.js';
import { MAX_CUE_FRAMES_PER_POSITION, MAX_CUE_NESTING, MAX_CUE_PATTERN_CHARS, MAX_CUE_SIZE } from '../model/limits.js';
import type { ProblemArgs, ProblemCode } from '../model/problem.js';
import { type CueProgram, compileCue } from './compile-cue.js';
import { type CueSyntax, parseCue } from './parse-cue.js';

export interface CompiledCue {
  readonly category: QualifierCategory;
  readonly cue: QualifierCue;
  /** Requirements every match meets: for each, one of its words is in the match (see requiredWords). */
  readonly requiredWords: ReadonlyArray<readonly string[]>;
  /** The compiled cue, built on first use. */
  program(): CueProgram;
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** The cues for a text's language (its base subtag: "en" for "en-x-kcna"). */
  cuesFor(lang: string): readonly CompiledCue[];
}

// Letters and digits of the space-separated scripts cues are written for, spelt out as ranges.
const WORD_CHAR = "a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff";
const SPACED_SCRIPTS = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'ru', 'uk', 'be', 'bg', 'sr', 'el', 'nl', 'pl', 'cs']);

/**
 * The regular-expression source a cue stands for: spaces outside character classes become \s+, and in
 * spaced scripts the cue is bounded by non-letters. The matcher implements exactly this (tests compare the
 * two); it is not run as a RegExp.
 */
export function cueSource(pattern: string, lang: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s+' : c;
  }
  return SPACED_SCRIPTS.has(lang) ? `(?<![${WORD_CHAR}])(?:${out})(?![${WORD_CHAR}])` : out;
}

/** Why a cue pattern cannot be compiled, as a problem code and its facts (worded in describe-problem.ts). */
export interface CuePatternProblem {
  readonly code: Extract<ProblemCode, 'lexicon-cue-unsupported' | 'lexicon-cue-too-large'>;
  readonly args: ProblemArgs;
}

/** The program of a cue for texts in `lang`, or why there is none. */
export function compileCuePattern(pattern: string, lang: string): { readonly ok: true; readonly program: CueProgram } | { readonly ok: false; readonly problem: CuePatternProblem } {
  if (pattern.length > MAX_CUE_PATTERN_CHARS)
    return { ok: false, problem: { code: 'lexicon-cue-too-large', args: { measure: 'characters', limit: MAX_CUE_PATTERN_CHARS, length: pattern.length } } };
  const parsed = parseCue(pattern, { widenSpaces: true });
  if (!parsed.ok) {
    const { construct, at, excerpt } = parsed.refusal;
    return { ok: false, problem: { code: 'lexicon-cue-unsupported', args: { construct, at: at + 1, excerpt, ...(construct === 'nesting' ? { limit: MAX_CUE_NESTING } : {}) } } };
  }
  const syntax = SPACED_SCRIPTS.has(lang) ? wholeWords(parsed.value.syntax) : parsed.value.syntax;
  const compiled = compileCue({ ...parsed.value, syntax }, { size: MAX_CUE_SIZE, framesPerPosition: MAX_CUE_FRAMES_PER_POSITION });
  if (compiled.ok) return compiled;
  const limit = compiled.over === 'size' ? MAX_CUE_SIZE : MAX_CUE_FRAMES_PER_POSITION;
  return { ok: false, problem: { code: 'lexicon-cue-too-large', args: { measure: compiled.over === 'size' ? 'states' : 'frames', limit } } };
}

// The answer depends on the pattern alone, and the schema asks twice per cue (once while collecting issues,
// once for the parsed value): compiling every cue of data/qualifiers.json is most of `treaty validate`.
const patternProblems = new Map<string, CuePatternProblem | undefined>();

/**
 * Patterns a build already found usable (dist/trusted-data.json): their answer is known without compiling.
 * The answer is the pattern's alone, so a user's lexicon sharing them gains too, and any other pattern of
 * theirs is still compiled and checked.
 */
export function trustCuePatterns(patterns: Iterable<string>): void {
  for (const pattern of patterns) patternProblems.set(pattern, undefined);
}

/** What makes a pattern unusable as a cue in any language, if anything (checked with the larger, whole-word form). */
export function cuePatternProblem(pattern: string): CuePatternProblem | undefined {
  if (patternProblems.has(pattern)) return patternProblems.get(pattern);
  const compiled = compileCuePattern(pattern, 'en');
  const problem = compiled.ok ? undefined : compiled.problem;
  patternProblems.set(pattern, problem);
  return problem;
}

let wordCharSet: CueSyntax | undefined;

/** (?<![WORD_CHAR])(?:cue)(?![WORD_CHAR]) */
function wholeWords(syntax: CueSyntax): CueSyntax {
  if (!wordCharSet) {
    const parsed = parseCue(`[${WORD_CHAR}]`);
    if (!parsed.ok) throw new Error('WORD_CHAR does not parse');
    wordCharSet = parsed.value.syntax;
  }
  const wordSet = wordCharSet;
  return {
    type: 'sequence',
    items: [
      { type: 'look', behind: true, negate: true, body: wordSet },
      { type: 'group', body: syntax },
      { type: 'look', behind: false, negate: true, body: wordSet },
    ],
  };
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byLang = new Map<string, CompiledCue[]>();
  return {
    lexicon,
    cuesFor(lang) {
      const base = lang.toLowerCase().split('-')[0] ?? lang;
      let cues = byLang.get(base);
      if (!cues) {
        cues = lexicon.categories.flatMap((category) =>
          (category.cues[base] ?? []).map((cue) => {
            let program: CueProgram | undefined;
            return {
              category,
              cue,
              requiredWords: requiredWords(cue.pattern),
              program: () => (program ??= compileValidCue(cue.pattern, base)),
            };
          }),
        );
        byLang.set(base, cues);
      }
      return cues;
    },
  };
}

/** A cue of a lexicon that passed its schema: failing to compile here is a bug. */
function compileValidCue(pattern: string, lang: string): CueProgram {
  const compiled = compileCuePattern(pattern, lang);
  if (!compiled.ok) throw new Error(`cue ${JSON.stringify(pattern)} was not validated: ${compiled.problem.code}`);
  return compiled.program;
}

/**
 * What every match must contain, read off the pattern: a list of requirements, each a set of words of
 * which one must appear (a plain word outside any quantifier, or a group whose every alternative has
 * such a word). Why: building and running every cue on every clause costs more start-up time than the
 * whole comparison, and plain substring tests rule most cues out.
 */
export function requiredWords(pattern: string): ReadonlyArray<readonly string[]> {
  return parseAlternatives(pattern, 0).all;
}

interface Parsed {
  /** Requirements that all hold (a conjunction of alternatives). */
  readonly all: ReadonlyArray<readonly string[]>;
  readonly end: number;
}

const QUANTIFIERS = '?*+{';
const MIN_WORD = 3;

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'а' && c <= 'я') || c === 'ё' || (c >= '\u00e0' && c <= '\u024f');
}

/**
 * Alternatives separated by "|" up to a closing ")" or the end. Together they require one word from
 * each alternative's strongest requirement, if every alternative has one.
 */
function parseAlternatives(pattern: string, from: number): Parsed {
  const options: string[] = [];
  let i = from;
  let count = 0;
  let every = true;
  let only: ReadonlyArray<readonly string[]>;
  for (;;) {
    const sequence = parseSequence(pattern, i);
    count++;
    only = sequence.all;
    const strongest = strongestOf(sequence.all);
    if (strongest) options.push(...strongest);
    else every = false;
    i = sequence.end;
    if (pattern[i] !== '|') break;
    i++;
  }
  if (count === 1) return { all: only, end: i };
  return { all: every && options.length > 0 ? [[...new Set(options)]] : [], end: i };
}

/** The requirement that rules out most: the one whose shortest word is longest. */
function strongestOf(all: ReadonlyArray<readonly string[]>): readonly string[] | undefined {
  const weakest = (words: readonly string[]) => Math.min(...words.map((w) => w.length));
  return all.reduce<readonly string[] | undefined>((a, b) => (a === undefined || weakest(b) > weakest(a) ? b : a), undefined);
}

/** A sequence of atoms up to "|", ")" or the end. */
function parseSequence(pattern: string, from: number): Parsed {
  const all: (readonly string[])[] = [];
  let word = '';
  const endWord = () => {
    if (word.length >= MIN_WORD) all.push([word]);
    word = '';
  };
  let i = from;
  while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
    const c = pattern[i] as string;
    if (c === '\\') {
      endWord();
      i += 2;
    } else if (c === '[') {
      endWord();
      i = skipClass(pattern, i);
    } else if (c === '(') {
      endWord();
      const opener = /^\((?:\?:|\?<?[=!]|\?<[A-Za-z]\w*>)?/.exec(pattern.slice(i, i + 40))?.[0] ?? '(';
      const lookaround = /^\(\?<?[=!]$/.test(opener);
      const group = parseAlternatives(pattern, i + opener.length);
      i = group.end + 1;
      if (!lookaround && !QUANTIFIERS.includes(pattern[i] ?? '.')) all.push(...group.all);
    } else if (isLetter(c)) {
      // A letter followed by a quantifier is optional or repeated: the word ends before it.
      if (QUANTIFIERS.includes(pattern[i + 1] ?? '.')) endWord();
      else word += c;
      i++;
    } else {
      endWord();
      i++;
    }
  }
  endWord();
  return { all, end: i };
}

function skipClass(pattern: string, from: number): number {
  let i = from + 1;
  while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
  return i + 1;
}
