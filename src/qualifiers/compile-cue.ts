// Compiles a parsed cue into a program for match-cue.ts: a prioritised NFA whose every state is a plain
// node, with counted repetition spelt out, so that whether a node can reach the end from a position never
// depends on how the node was reached. That is what makes memoized matching linear in the text.
import { type CueSyntax, mergeRanges, type ParsedCue } from './parse-cue.js';

/** Node kinds of a program. Consuming kinds have a backward twin used inside lookbehinds. */
export const Op = {
  match: 0,
  fail: 1,
  char: 2,
  charBack: 3,
  set: 4,
  setBack: 5,
  string: 6,
  stringBack: 7,
  /** Try `a`, then `b`. */
  split: 8,
  /** Capture slot `a` := position. */
  save: 9,
  /** Capture slots `a` … `a + b - 1` := unset (a repeated group's captures, at each iteration). */
  clear: 10,
  start: 11,
  end: 12,
  wordBoundary: 13,
  notWordBoundary: 14,
  /** Lookaround `a` must succeed (b = 0) or fail (b = 1) here. */
  look: 15,
  /**
   * A lookaround of one character (the whole-word edges of every cue in a spaced script): the code unit
   * after (b & 2 = 0) or before (b & 2 = 2) the position is (b & 1 = 0) or is not (b & 1 = 1) in set `a`.
   */
  lookSet: 16,
} as const;

/**
 * A compiled cue: parallel arrays indexed by node. All programs of a cue (the cue and each lookaround) share
 * the arrays; `next` is the node after a node that is not a split.
 */
export interface CueProgram {
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly next: Int32Array;
  /** Character sets (sorted inclusive ranges) of set nodes, by `a`. */
  readonly sets: readonly Int32Array[];
  /** Literal runs of string nodes, by `a`, in text order whatever the direction. */
  readonly strings: readonly string[];
  /** The first node of each lookaround's program, by the look node's `a`. */
  readonly looks: Int32Array;
  /** Each node's place in the memo, or -1: only nodes with more than one way in need one (see match-cue.ts). */
  readonly memo: Int32Array;
  readonly memoCount: number;
  /** The first node of the cue. */
  readonly start: number;
  /** The code units a match can start with (sorted inclusive ranges), or undefined when a match may be empty. */
  readonly first: Int32Array | undefined;
  /**
   * Literal text every match starts with one of, when there are a few such strings (searched for with
   * indexOf, which is much faster than testing each position): "the" and "law" for `(?:the )?laws? of`.
   */
  readonly firstLiterals: readonly string[] | undefined;
  /** Number of capturing groups; capture g has slots 2g and 2g + 1 (slots 0 and 1: the whole match). */
  readonly captures: number;
  readonly names: ReadonlyMap<string, number>;
  /** Number of nodes: the measure of the cue's size that bounds the work per character. */
  readonly size: number;
  /**
   * The most nodes a search keeps on its path per position of the text (see pathFrames), with those of the
   * lookarounds that may be under way at once: the bound of the matcher's memory per character.
   */
  readonly framesPerPosition: number;
}

/** Bounds on a compiled cue: they bound the matcher's time (size) and memory (frames) per character. */
export interface CueLimits {
  readonly size: number;
  readonly framesPerPosition: number;
}

export type CompileCueResult = { readonly ok: true; readonly program: CueProgram } | { readonly ok: false; readonly over: keyof CueLimits };

/** Counted repetition multiplies nodes, so their number is checked as they are made, not after. */
export function compileCue(parsed: ParsedCue, limits: CueLimits): CompileCueResult {
  const builder = new Builder(limits.size);
  let program: CueProgram;
  try {
    program = builder.finish(builder.main(parsed.syntax), parsed);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, over: 'size' };
    throw e;
  }
  return program.framesPerPosition > limits.framesPerPosition ? { ok: false, over: 'framesPerPosition' } : { ok: true, program };
}

/** Thrown when the node budget is spent, from however deep in the recursion; caught in compileCue. */
class TooLarge {}

/**
 * Where to go after a piece of the cue, depending on whether it consumed text since the start of the
 * innermost enclosing repetition whose body can match the empty string. ECMAScript refuses an optional
 * iteration that matched nothing (RepeatMatcher's empty check); carrying that one bit in the node instead
 * of comparing positions at run time keeps every node's future independent of its past. `nc === c` in the
 * common case, where no such check is pending, and then a piece is built once.
 */
interface Cont {
  readonly nc: number;
  readonly c: number;
}

const plain = (k: Cont): boolean => k.nc === k.c;
const both = (n: number): Cont => ({ nc: n, c: n });

class Builder {
  private readonly op: number[] = [];
  private readonly a: number[] = [];
  private readonly b: number[] = [];
  private readonly next: number[] = [];
  private readonly sets: Int32Array[] = [];
  private readonly setIndex = new Map<readonly number[], number>();
  private readonly strings: string[] = [];
  private readonly looks: number[] = [];
  private readonly lookIndex = new Map<CueSyntax, number>();
  private readonly starts: number[] = [];
  /** The program each node belongs to: 0 for the cue, 1 + i for lookaround i. */
  private readonly programOf: number[] = [];
  private program = 0;
  readonly fail: number;

  constructor(private readonly maxSize: number) {
    this.fail = this.add(Op.fail);
  }

  get size(): number {
    return this.op.length;
  }

  main(syntax: CueSyntax): number {
    const match = this.add(Op.match);
    const start = this.emit(syntax, both(match), false).nc;
    this.starts.push(start);
    return start;
  }

  finish(start: number, parsed: ParsedCue): CueProgram {
    const size = this.op.length;
    const op = new Uint8Array(this.op);
    const next = new Int32Array(this.next);
    const a = new Int32Array(this.a);
    const b = new Int32Array(this.b);
    // A node reached by one edge only is explored at most as often as the node before it, so memoizing the
    // nodes with several ways in (and the entry points) bounds every node (Davis et al., "Using Selective
    // Memoization to Defeat Regular Expression Denial of Service", IEEE S&P 2021, §IV).
    const indegree = new Int32Array(size);
    const enter = (n: number) => {
      indegree[n] = (indegree[n] as number) + 1;
    };
    for (let n = 0; n < size; n++) {
      if (op[n] === Op.split) {
        enter(a[n] as number);
        enter(b[n] as number);
      } else if (op[n] !== Op.match && op[n] !== Op.fail) enter(next[n] as number);
    }
    this.starts.forEach(enter);
    const memo = new Int32Array(size).fill(-1);
    let memoCount = 0;
    for (let n = 0; n < size; n++) if ((indegree[n] as number) > 1 && op[n] !== Op.match && op[n] !== Op.fail) memo[n] = memoCount++;
    const { first, literals } = firstSteps(op, a, b, next, this.sets, this.strings, start);
    const framesPerPosition = pathFrames(op, a, b, next, memo, this.programOf, this.looks.length + 1);
    return {
      op,
      a,
      b,
      next,
      sets: this.sets,
      strings: this.strings,
      looks: new Int32Array(this.looks),
      memo,
      memoCount,
      start,
      first,
      firstLiterals: literals,
      captures: parsed.captures,
      names: parsed.names,
      size,
      framesPerPosition,
    };
  }

  private add(op: number, a = 0, b = 0, next = -1): number {
    if (this.op.length >= this.maxSize) throw new TooLarge();
    this.op.push(op);
    this.programOf.push(this.program);
    this.a.push(a);
    this.b.push(b);
    this.next.push(next);
    return this.op.length - 1;
  }

  /** A node that consumes nothing, once per pending-check state of `k`. */
  private through(op: number, a: number, b: number, k: Cont): Cont {
    const c = this.add(op, a, b, k.c);
    return plain(k) ? both(c) : { nc: this.add(op, a, b, k.nc), c };
  }

  private emit(node: CueSyntax, k: Cont, back: boolean): Cont {
    switch (node.type) {
      case 'empty':
        return k;
      case 'set':
        return both(this.consume(node.ranges, k, back));
      case 'assert':
        return this.through(node.kind === 'start' ? Op.start : node.kind === 'end' ? Op.end : node.kind === 'word' ? Op.wordBoundary : Op.notWordBoundary, 0, 0, k);
      case 'look':
        if (node.body.type === 'set') return this.through(Op.lookSet, this.set(node.body.ranges), (node.negate ? 1 : 0) | (node.behind ? 2 : 0), k);
        return this.through(Op.look, this.lookaround(node), node.negate ? 1 : 0, k);
      case 'group': {
        if (node.capture === undefined) return this.emit(node.body, k, back);
        const close = this.through(Op.save, 2 * node.capture + 1, 0, k);
        return this.through(Op.save, 2 * node.capture, 0, this.emit(node.body, close, back));
      }
      case 'sequence':
        return this.sequence(node.items, k, back);
      case 'alternation':
        return this.alternation(node.options, k, back);
      case 'repeat':
        return this.repeat(node, k, back);
    }
  }

  private consume(ranges: readonly number[], k: Cont, back: boolean): number {
    if (ranges.length === 2 && ranges[0] === ranges[1]) return this.add(back ? Op.charBack : Op.char, ranges[0] as number, 0, k.c);
    return this.add(back ? Op.setBack : Op.set, this.set(ranges), 0, k.c);
  }

  /** The index of a set, stored once per parsed set however often it is spelt out. */
  private set(ranges: readonly number[]): number {
    let index = this.setIndex.get(ranges);
    if (index === undefined) {
      index = this.sets.push(new Int32Array(ranges)) - 1;
      this.setIndex.set(ranges, index);
    }
    return index;
  }

  /** Items in order, each leading to the next; runs of single characters become one string node. */
  private sequence(items: readonly CueSyntax[], k: Cont, back: boolean): Cont {
    const pieces: Array<CueSyntax | string> = [];
    let run = '';
    const flush = () => {
      if (run.length === 1) pieces.push({ type: 'set', ranges: [run.charCodeAt(0), run.charCodeAt(0)] });
      else if (run) pieces.push(run);
      run = '';
    };
    for (const item of items) {
      const unit = singleUnit(item);
      if (unit === undefined) {
        flush();
        pieces.push(item);
      } else run += String.fromCharCode(unit);
    }
    flush();
    // A lookbehind reads right to left, so its sequences are entered from their last item.
    const order = back ? pieces : [...pieces].reverse();
    let cont = k;
    for (const piece of order) {
      if (typeof piece === 'string') cont = both(this.add(back ? Op.stringBack : Op.string, this.strings.push(piece) - 1, 0, cont.c));
      else cont = this.emit(piece, cont, back);
    }
    return cont;
  }

  private alternation(options: readonly CueSyntax[], k: Cont, back: boolean): Cont {
    const entries = options.map((o) => this.emit(o, k, back));
    const chain = (pick: (e: Cont) => number): number => {
      let acc = pick(entries[entries.length - 1] as Cont);
      for (let i = entries.length - 2; i >= 0; i--) acc = this.add(Op.split, pick(entries[i] as Cont), acc);
      return acc;
    };
    const c = chain((e) => e.c);
    return entries.every(plain) ? both(c) : { nc: chain((e) => e.nc), c };
  }

  /**
   * ECMAScript's RepeatMatcher spelt out: `min` iterations that may be empty, then up to `max - min`
   * optional ones (a loop when unbounded) that must consume something, each clearing the captures of
   * its body first; greedy tries another iteration before leaving, lazy the other way round.
   */
  private repeat(node: Extract<CueSyntax, { type: 'repeat' }>, k: Cont, back: boolean): Cont {
    const { body, min, max, lazy } = node;
    if (max === 0) return k;
    // A body that builds no node (an empty group) would not spend the budget, however often repeated.
    if (min > this.maxSize) throw new TooLarge();
    const captures = captureRange(body);
    const nullable = canBeEmpty(body);
    const iteration = (cont: Cont): Cont => {
      const entry = this.emit(body, cont, back);
      return captures.count > 0 ? this.through(Op.clear, 2 * captures.first, 2 * captures.count, entry) : entry;
    };
    // After an optional iteration: nothing consumed is a failure when the body can be empty.
    const after = (next: number): Cont => (nullable ? { nc: this.fail, c: next } : both(next));
    const choice = (iter: number, leave: number): number => (lazy ? this.add(Op.split, leave, iter) : this.add(Op.split, iter, leave));
    let tail: Cont;
    if (max === Infinity) {
      const loop = this.add(Op.split);
      const iter = iteration(after(loop)).nc;
      const [first, second] = lazy ? [k.c, iter] : [iter, k.c];
      this.a[loop] = first;
      this.b[loop] = second;
      tail = plain(k) ? both(loop) : { nc: choice(iter, k.nc), c: loop };
    } else {
      tail = k;
      for (let j = 0; j < max - min; j++) {
        const iter = iteration(after(tail.c)).nc;
        const c = choice(iter, k.c);
        tail = plain(k) ? both(c) : { nc: choice(iter, k.nc), c };
      }
    }
    for (let j = 0; j < min; j++) tail = iteration(tail);
    return tail;
  }

  /** The program of a lookaround, built once however often the lookaround is spelt out. */
  private lookaround(node: Extract<CueSyntax, { type: 'look' }>): number {
    let index = this.lookIndex.get(node);
    if (index === undefined) {
      index = this.looks.push(-1) - 1;
      this.lookIndex.set(node, index);
      const outer = this.program;
      this.program = index + 1;
      const match = this.add(Op.match);
      const start = this.emit(node.body, both(match), node.behind).nc;
      this.looks[index] = start;
      this.starts.push(start);
      this.program = outer;
    }
    return index;
  }
}

/** The code unit of a one-character literal. */
function singleUnit(node: CueSyntax): number | undefined {
  return node.type === 'set' && node.ranges.length === 2 && node.ranges[0] === node.ranges[1] ? node.ranges[0] : undefined;
}

/** Whether the piece can match without consuming (generously: lookarounds and assertions can). */
function canBeEmpty(node: CueSyntax): boolean {
  switch (node.type) {
    case 'set':
      return false;
    case 'empty':
    case 'assert':
    case 'look':
      return true;
    case 'group':
      return canBeEmpty(node.body);
    case 'sequence':
      return node.items.every(canBeEmpty);
    case 'alternation':
      return node.options.some(canBeEmpty);
    case 'repeat':
      return node.min === 0 || canBeEmpty(node.body);
  }
}

/** The capturing groups inside a piece: numbered consecutively, as parentheses open. */
function captureRange(node: CueSyntax): { first: number; count: number } {
  let first = Infinity;
  let last = 0;
  const visit = (n: CueSyntax): void => {
    if (n.type === 'group' && n.capture !== undefined) {
      first = Math.min(first, n.capture);
      last = Math.max(last, n.capture);
    }
    if (n.type === 'group' || n.type === 'repeat' || n.type === 'look') visit(n.body);
    else if (n.type === 'sequence') n.items.forEach(visit);
    else if (n.type === 'alternation') n.options.forEach(visit);
  };
  visit(node);
  return last === 0 ? { first: 0, count: 0 } : { first, count: last - first + 1 };
}

/**
 * How many frames a search's path can hold per position, along the deepest chain of lookarounds under way
 * at once (each lookaround's search stacks on the one that started it). The matcher keeps a frame
 * for each split whose other way is untried, each capture and each memoized node on the path (until it
 * fails); within one position the path only follows edges that read nothing, which form a DAG (a loop
 * always reads before it goes round), so the most is the heaviest such path ending where a node reads.
 */
function pathFrames(op: Uint8Array, a: Int32Array, b: Int32Array, next: Int32Array, memo: Int32Array, programOf: readonly number[], programs: number): number {
  const heaviest = new Int32Array(op.length).fill(-1);
  const visit = (n: number): number => {
    const known = heaviest[n] as number;
    if (known >= 0) return known;
    const o = op[n] as number;
    const own = o === Op.split || o === Op.save || o === Op.clear || (memo[n] as number) >= 0 ? 1 : 0;
    let after = 0;
    if (o === Op.split) after = Math.max(visit(a[n] as number), visit(b[n] as number));
    else if (!READS[o] && o !== Op.match && o !== Op.fail) after = visit(next[n] as number);
    heaviest[n] = own + after;
    return own + after;
  };
  const perProgram = new Array<number>(programs).fill(0);
  // The lookarounds each program starts: their searches stack on top of its own.
  const inner = Array.from({ length: programs }, () => new Set<number>());
  for (let n = 0; n < op.length; n++) {
    const p = programOf[n] as number;
    perProgram[p] = Math.max(perProgram[p] as number, visit(n));
    if (op[n] === Op.look) inner[p]?.add((a[n] as number) + 1);
  }
  const chain = (p: number): number => (perProgram[p] as number) + Math.max(0, ...[...(inner[p] ?? [])].map(chain));
  return chain(0);
}

const READS: Readonly<Record<number, boolean>> = {
  [Op.char]: true,
  [Op.charBack]: true,
  [Op.set]: true,
  [Op.setBack]: true,
  [Op.string]: true,
  [Op.stringBack]: true,
};

/** More first literals than this and testing each position's first code unit is faster. */
const MAX_FIRST_LITERALS = 6;

/**
 * The code units a match can begin with, following every edge that consumes nothing (undefined when the
 * end of the cue is reachable without consuming), and the literals it can begin with when every first
 * step is a character or a string. Lets the search skip start positions that cannot match.
 */
function firstSteps(
  op: Uint8Array,
  a: Int32Array,
  b: Int32Array,
  next: Int32Array,
  sets: readonly Int32Array[],
  strings: readonly string[],
  start: number,
): { first: Int32Array | undefined; literals: readonly string[] | undefined } {
  const seen = new Uint8Array(op.length);
  const ranges: number[] = [];
  let literals: string[] | undefined = [];
  const stack = [start];
  while (stack.length > 0) {
    const n = stack.pop() as number;
    if (seen[n]) continue;
    seen[n] = 1;
    switch (op[n]) {
      case Op.match:
        return { first: undefined, literals: undefined };
      case Op.fail:
        break;
      case Op.char:
        ranges.push(a[n] as number, a[n] as number);
        literals?.push(String.fromCharCode(a[n] as number));
        break;
      case Op.set:
        ranges.push(...(sets[a[n] as number] as Int32Array));
        literals = undefined;
        break;
      case Op.string: {
        const literal = strings[a[n] as number] as string;
        ranges.push(literal.charCodeAt(0), literal.charCodeAt(0));
        literals?.push(literal);
        break;
      }
      case Op.split:
        stack.push(b[n] as number, a[n] as number);
        break;
      default:
        stack.push(next[n] as number);
    }
  }
  // A literal that starts with another adds no start position.
  const shortest = literals?.filter((l, i) => !literals?.some((other, j) => j !== i && l.startsWith(other) && (other !== l || j < i)));
  return { first: new Int32Array(mergeRanges(ranges)), literals: shortest && shortest.length <= MAX_FIRST_LITERALS ? shortest : undefined };
}
