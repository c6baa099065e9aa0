// Parses a cue pattern in the cue grammar, the subset of JavaScript regular-expression syntax (no flags)
// that treaty matches in time linear in the text: anything outside it is refused with its place.
import { MAX_CUE_NESTING } from '../model/limits.js';

/**
 * A parsed cue. Character sets are sorted, merged inclusive UTF-16 code-unit ranges `[lo, hi, lo, hi…]`
 * (no `u` flag: a cue sees code units, as a JavaScript RegExp without flags does).
 */
export type CueSyntax =
  | { readonly type: 'empty' }
  | { readonly type: 'set'; readonly ranges: readonly number[] }
  | { readonly type: 'sequence'; readonly items: readonly CueSyntax[] }
  | { readonly type: 'alternation'; readonly options: readonly CueSyntax[] }
  /** `capture` is the group's number (1-based, in order of opening parentheses), absent for (?:…). */
  | { readonly type: 'group'; readonly capture?: number; readonly body: CueSyntax }
  | { readonly type: 'repeat'; readonly body: CueSyntax; readonly min: number; readonly max: number; readonly lazy: boolean }
  | { readonly type: 'assert'; readonly kind: 'start' | 'end' | 'word' | 'not-word' }
  | { readonly type: 'look'; readonly behind: boolean; readonly negate: boolean; readonly body: CueSyntax };

/** Why a pattern is outside the cue grammar; the wording is in src/render/describe-problem.ts. */
export type CueConstruct =
  | 'syntax'
  | 'backreference'
  | 'property-escape'
  | 'escape'
  | 'class-range-escape'
  | 'brace'
  | 'group-kind'
  | 'quantified-lookaround'
  | 'capture-in-lookaround'
  | 'quantified-space'
  | 'nesting';

export interface CueRefusal {
  readonly construct: CueConstruct;
  /** Offset in the pattern (UTF-16 code units) where the construct starts. */
  readonly at: number;
  /** The construct as written, for the message. */
  readonly excerpt: string;
}

export interface ParsedCue {
  readonly syntax: CueSyntax;
  /** Number of capturing groups. */
  readonly captures: number;
  /** Capture number of each named group. */
  readonly names: ReadonlyMap<string, number>;
}

export interface ParseCueOptions {
  /** An unescaped space outside a character class stands for a run of whitespace (\s+), as in cue patterns. */
  readonly widenSpaces?: boolean;
}

// ECMAScript WhiteSpace and LineTerminator, what \s matches without the `u` flag (Unicode 15 Zs).
const SPACE_RANGES = [0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const DIGIT_RANGES = [0x30, 0x39];
const WORD_RANGES = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
// `.` without the `s` flag: anything but a line terminator.
const DOT_RANGES = complement([0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029]);

/** \s, the set an unescaped space in a cue stands for (one or more of). */
export const WHITESPACE_SET: CueSyntax = { type: 'set', ranges: SPACE_RANGES };

const CLASS_ESCAPES: Readonly<Record<string, readonly number[]>> = {
  d: DIGIT_RANGES,
  D: complement(DIGIT_RANGES),
  s: SPACE_RANGES,
  S: complement(SPACE_RANGES),
  w: WORD_RANGES,
  W: complement(WORD_RANGES),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

/** Refusals travel up through the parser as this value; callers get it back as data. */
class Refused {
  constructor(readonly refusal: CueRefusal) {}
}

export function parseCue(pattern: string, options: ParseCueOptions = {}): { readonly ok: true; readonly value: ParsedCue } | { readonly ok: false; readonly refusal: CueRefusal } {
  const parser = new Parser(pattern, options.widenSpaces ?? false);
  try {
    const syntax = parser.parse();
    return { ok: true, value: { syntax, captures: parser.captures, names: parser.names } };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, refusal: e.refusal };
    throw e;
  }
}

class Parser {
  private i = 0;
  captures = 0;
  readonly names = new Map<string, number>();

  constructor(
    private readonly src: string,
    private readonly widenSpaces: boolean,
  ) {}

  parse(): CueSyntax {
    const syntax = this.disjunction(0, false);
    if (this.i < this.src.length) this.refuse('syntax', this.i, 1); // an unmatched ")"
    return syntax;
  }

  private refuse(construct: CueConstruct, at: number, length: number): never {
    throw new Refused({ construct, at, excerpt: this.src.slice(at, at + Math.max(1, length)) });
  }

  private disjunction(depth: number, inLook: boolean): CueSyntax {
    const options = [this.alternative(depth, inLook)];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.alternative(depth, inLook));
    }
    return options.length === 1 ? (options[0] as CueSyntax) : { type: 'alternation', options };
  }

  private alternative(depth: number, inLook: boolean): CueSyntax {
    const items: CueSyntax[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const start = this.i;
      const atom = this.term(depth, inLook);
      items.push(this.quantified(atom, start));
    }
    if (items.length === 0) return { type: 'empty' };
    return items.length === 1 ? (items[0] as CueSyntax) : { type: 'sequence', items };
  }

  /** One atom or assertion. */
  private term(depth: number, inLook: boolean): CueSyntax {
    const c = this.src[this.i] as string;
    switch (c) {
      case '^':
        this.i++;
        return { type: 'assert', kind: 'start' };
      case '$':
        this.i++;
        return { type: 'assert', kind: 'end' };
      case '.':
        this.i++;
        return { type: 'set', ranges: DOT_RANGES };
      case '(':
        return this.group(depth, inLook);
      case '[':
        return this.characterClass();
      case '\\':
        return this.atomEscape();
      case '*':
      case '+':
      case '?':
        return this.refuse('syntax', this.i, 1); // nothing to repeat
      case '{':
        if (braceQuantifier(this.src, this.i) !== undefined) this.refuse('syntax', this.i, 1);
        return this.refuse('brace', this.i, 1);
      case ' ':
        this.i++;
        return this.widenSpaces ? { type: 'repeat', body: WHITESPACE_SET, min: 1, max: Infinity, lazy: false } : single(0x20);
      default:
        this.i++;
        // "]" and "}" on their own are literal characters in a JavaScript RegExp without the `u` flag.
        return single(c.charCodeAt(0));
    }
  }

  private group(depth: number, inLook: boolean): CueSyntax {
    const open = this.i;
    if (depth >= MAX_CUE_NESTING) this.refuse('nesting', open, 1);
    const rest = this.src.slice(open, open + 4);
    let kind: 'capture' | 'plain' | 'look' = 'capture';
    let behind = false;
    let negate = false;
    let name: string | undefined;
    if (rest.startsWith('(?:')) {
      kind = 'plain';
      this.i += 3;
    } else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      kind = 'look';
      negate = rest[2] === '!';
      this.i += 3;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      kind = 'look';
      behind = true;
      negate = rest[3] === '!';
      this.i += 4;
    } else if (rest.startsWith('(?<')) {
      let end = open + 3;
      while (end < this.src.length && isNameUnit(this.src.charCodeAt(end), end === open + 3)) end++;
      if (end === open + 3 || this.src[end] !== '>') this.refuse('group-kind', open, 3);
      name = this.src.slice(open + 3, end);
      if (this.names.has(name)) this.refuse('syntax', open, end + 1 - open);
      this.i = end + 1;
    } else if (rest.startsWith('(?')) {
      this.refuse('group-kind', open, 3);
    } else {
      this.i += 1;
    }
    let capture: number | undefined;
    if (kind === 'capture') {
      if (inLook) this.refuse('capture-in-lookaround', open, this.i - open);
      capture = ++this.captures;
      if (name !== undefined) this.names.set(name, capture);
    }
    const body = this.disjunction(depth + 1, inLook || kind === 'look');
    if (this.src[this.i] !== ')') this.refuse('syntax', open, 1); // unterminated group
    this.i++;
    if (kind === 'look') {
      if (isQuantifier(this.src, this.i)) this.refuse('quantified-lookaround', open, this.i - open + 1);
      return { type: 'look', behind, negate, body };
    }
    return capture === undefined ? { type: 'group', body } : { type: 'group', capture, body };
  }

  /** A quantifier after `atom`, if there is one. */
  private quantified(atom: CueSyntax, start: number): CueSyntax {
    const q = this.src[this.i];
    let min: number;
    let max: number;
    const at = this.i;
    if (q === '*' || q === '+' || q === '?') {
      [min, max] = q === '*' ? [0, Infinity] : q === '+' ? [1, Infinity] : [0, 1];
      this.i++;
    } else if (q === '{' && braceQuantifier(this.src, this.i) !== undefined) {
      const brace = braceQuantifier(this.src, this.i) as BraceQuantifier;
      ({ min, max } = brace);
      if (max < min) this.refuse('syntax', this.i, brace.end - this.i);
      this.i = brace.end;
    } else return atom;
    if (atom.type === 'assert') this.refuse('syntax', at, 1);
    // A space already stands for \s+: "a +" would be "a\s++", which no RegExp accepts.
    if (this.widenSpaces && this.src[start] === ' ' && start === at - 1) this.refuse('quantified-space', start, this.i - start);
    const lazy = this.src[this.i] === '?';
    if (lazy) this.i++;
    if (isQuantifier(this.src, this.i)) this.refuse('syntax', this.i, 1); // a quantifier after a quantifier
    return { type: 'repeat', body: atom, min, max, lazy };
  }

  private atomEscape(): CueSyntax {
    const at = this.i;
    const c = this.src[this.i + 1];
    if (c === undefined) this.refuse('syntax', at, 1);
    if (c === 'b' || c === 'B') {
      this.i += 2;
      return { type: 'assert', kind: c === 'b' ? 'word' : 'not-word' };
    }
    if (c === 'k' || (c >= '1' && c <= '9')) this.refuse('backreference', at, 2);
    const set = CLASS_ESCAPES[c];
    if (set) {
      this.i += 2;
      return { type: 'set', ranges: set };
    }
    return single(this.characterEscape());
  }

  /** \n, \t, \0, \xHH, \uHHHH or an escaped punctuation character, at this.i; returns the code unit. */
  private characterEscape(): number {
    const at = this.i;
    const c = this.src[at + 1] as string;
    if (c === 'p' || c === 'P') this.refuse('property-escape', at, 2);
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) {
      this.i += 2;
      return control;
    }
    if (c === '0' && !isDigit(this.src.charCodeAt(at + 2))) {
      this.i += 2;
      return 0;
    }
    const digits = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    const hex = this.src.slice(at + 2, at + 2 + digits);
    if (digits > 0 && hex.length === digits && [...hex].every((h) => isHexDigit(h.charCodeAt(0)))) {
      this.i += 2 + digits;
      return parseInt(hex, 16);
    }
    // Letters and digits escape to something special, or to themselves only by a legacy rule: refused.
    // Any other escaped character is itself.
    if (isDigit(c.charCodeAt(0)) || isLetter(c.charCodeAt(0))) this.refuse('escape', at, 2);
    this.i += 2;
    return c.charCodeAt(0);
  }

  private characterClass(): CueSyntax {
    const open = this.i;
    this.i++;
    const negate = this.src[this.i] === '^';
    if (negate) this.i++;
    const ranges: number[] = [];
    for (;;) {
      if (this.i >= this.src.length) this.refuse('syntax', open, 1); // unterminated class
      if (this.src[this.i] === ']') break;
      const from = this.i;
      const first = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const second = this.classAtom();
        if (typeof first !== 'number' || typeof second !== 'number') this.refuse('class-range-escape', from, this.i - from);
        if (second < first) this.refuse('syntax', from, this.i - from);
        ranges.push(first, second);
      } else if (typeof first === 'number') ranges.push(first, first);
      else ranges.push(...first);
    }
    this.i++;
    const merged = mergeRanges(ranges);
    return { type: 'set', ranges: negate ? complement(merged) : merged };
  }

  /** One character of a class (a code unit), or a class escape such as \s (its ranges). */
  private classAtom(): number | readonly number[] {
    const c = this.src[this.i] as string;
    if (c !== '\\') {
      this.i++;
      return c.charCodeAt(0);
    }
    const e = this.src[this.i + 1];
    if (e === undefined) this.refuse('syntax', this.i, 1);
    if (e === 'b') {
      this.i += 2;
      return 0x08; // backspace, inside a class
    }
    if (e === '-') {
      this.i += 2;
      return 0x2d;
    }
    if (e === 'k' || (e >= '1' && e <= '9')) this.refuse('escape', this.i, 2);
    const set = CLASS_ESCAPES[e];
    if (set) {
      this.i += 2;
      return set;
    }
    return this.characterEscape();
  }
}

function single(code: number): CueSyntax {
  return { type: 'set', ranges: [code, code] };
}

function isQuantifier(src: string, i: number): boolean {
  const c = src[i];
  return c === '*' || c === '+' || c === '?' || (c === '{' && braceQuantifier(src, i) !== undefined);
}

interface BraceQuantifier {
  readonly min: number;
  readonly max: number;
  /** Offset after the closing brace. */
  readonly end: number;
}

/** {n}, {n,} or {n,m} at `i`, if that is what is there. */
function braceQuantifier(src: string, i: number): BraceQuantifier | undefined {
  const number = (from: number): number => {
    let to = from;
    while (isDigit(src.charCodeAt(to))) to++;
    return to;
  };
  const minEnd = number(i + 1);
  if (minEnd === i + 1) return undefined;
  const min = Number(src.slice(i + 1, minEnd));
  if (src[minEnd] === '}') return { min, max: min, end: minEnd + 1 };
  if (src[minEnd] !== ',') return undefined;
  const maxEnd = number(minEnd + 1);
  if (src[maxEnd] !== '}') return undefined;
  return { min, max: maxEnd === minEnd + 1 ? Infinity : Number(src.slice(minEnd + 1, maxEnd)), end: maxEnd + 1 };
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function isLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

function isHexDigit(unit: number): boolean {
  return isDigit(unit) || (unit >= 0x41 && unit <= 0x46) || (unit >= 0x61 && unit <= 0x66);
}

/** A character of a group name: a letter, $ or _, and after the first also a digit (ASCII names only). */
function isNameUnit(unit: number, first: boolean): boolean {
  return isLetter(unit) || unit === 0x24 || unit === 0x5f || (!first && isDigit(unit));
}

/** Sorted, merged ranges (adjacent ranges joined). */
export function mergeRanges(ranges: readonly number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k + 1 < ranges.length; k += 2) pairs.push([ranges[k] as number, ranges[k + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (out.length > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** The code units 0–FFFF not in `ranges` (sorted and merged). */
export function complement(ranges: readonly number[]): number[] {
  const merged = mergeRanges(ranges);
  const out: number[] = [];
  let next = 0;
  for (let k = 0; k < merged.length; k += 2) {
    const lo = merged[k] as number;
    if (lo > next) out.push(next, lo - 1);
    next = (merged[k + 1] as number) + 1;
  }
  if (next <= 0xffff) out.push(next, 0xffff);
  return out;
}
