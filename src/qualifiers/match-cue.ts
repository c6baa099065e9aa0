// Runs a compiled cue over a text: backtracking in the order a JavaScript RegExp tries things (so the same
// matches, spans and captures), with every failure of a node at a position remembered, so that no node is
// explored twice at one position. Work is at most proportional to the cue's size times the text's length.
import { type CueProgram, Op } from './compile-cue.js';

export interface CueMatch {
  readonly start: number;
  readonly end: number;
  /** Offsets of capture g in slots 2g (start) and 2g + 1 (end); -1 where the group took no part. */
  readonly captures: Int32Array;
}

/** Counts the work done, for tests that bound it; past `limit` steps the search throws (a bug). */
export interface CueWork {
  steps: number;
  readonly limit?: number;
}

/**
 * Every match in the text, as `text.matchAll(regex)` finds them with the flag `g`: leftmost first, then
 * from the end of the one before (one further after an empty match).
 */
export function matchCue(program: CueProgram, text: string, work?: CueWork): CueMatch[] {
  const search = new Search(program, text, work?.limit ?? Infinity);
  const out: CueMatch[] = [];
  let from = 0;
  while (from <= text.length) {
    const m = search.exec(from);
    if (!m) break;
    out.push(m);
    from = m.end === m.start ? m.end + 1 : m.end;
  }
  if (work) work.steps += search.steps;
  return out;
}

/** The text of capture group `name`, if the cue has it and it took part in the match. */
export function groupText(program: CueProgram, text: string, match: CueMatch, name: string): string | undefined {
  const g = program.names.get(name);
  if (g === undefined) return undefined;
  const start = match.captures[2 * g] as number;
  const end = match.captures[2 * g + 1] as number;
  return start < 0 || end < 0 ? undefined : text.slice(start, end);
}

/**
 * Buffers reused from one search to the next: a search allocates nothing per paragraph but its matches
 * (most searches are short, and allocation would cost more than the matching). Searches never overlap.
 */
const scratch = {
  failed: new Int32Array(0),
  reaches: new Int32Array(0),
  lookKnown: new Int32Array(0),
  lookHolds: new Int32Array(0),
  frameNode: new Int32Array(0),
  framePos: new Int32Array(0),
  frameAlt: new Uint8Array(0),
};

/** `buffer` if it holds `length` items, else a larger one; the first `length` items zeroed. */
function cleared<T extends Int32Array | Uint8Array>(buffer: T, length: number, make: (length: number) => T): T {
  if (buffer.length < length) return make(Math.max(length, 2 * buffer.length));
  buffer.fill(0, 0, length);
  return buffer;
}

/**
 * One text and one cue. Memo bits are kept per (memoized node, position): `failed` once every way on from
 * there has failed, which stays true whatever start the search came from, since nothing in a cue looks
 * back at what was captured; `reaches` once the node at that position is known to reach the end of a
 * lookaround (whose only result is yes or no). A lookaround's answer at a position is computed once.
 */
class Search {
  steps = 0;
  private readonly n: number;
  private readonly failed: Int32Array;
  private readonly reaches: Int32Array;
  private readonly lookKnown: Int32Array;
  private readonly lookHolds: Int32Array;
  // The path being explored: nodes that branch, capture or are memoized, with their positions.
  private frameNode = scratch.frameNode;
  private framePos = scratch.framePos;
  private frameAlt = scratch.frameAlt;
  private sp = 0;
  private readonly captures: Int32Array;
  /** Where each of program.firstLiterals next occurs (n: nowhere), searched for again once passed. */
  private readonly nextAt: number[];

  constructor(
    private readonly p: CueProgram,
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.n = text.length;
    const words = ((p.memoCount * (this.n + 1)) >>> 5) + 1;
    this.failed = scratch.failed = cleared(scratch.failed, words, (k) => new Int32Array(k));
    this.reaches = scratch.reaches = p.looks.length > 0 ? cleared(scratch.reaches, words, (k) => new Int32Array(k)) : scratch.reaches;
    const lookWords = ((p.looks.length * (this.n + 1)) >>> 5) + 1;
    this.lookKnown = scratch.lookKnown = cleared(scratch.lookKnown, lookWords, (k) => new Int32Array(k));
    this.lookHolds = scratch.lookHolds = cleared(scratch.lookHolds, lookWords, (k) => new Int32Array(k));
    this.captures = new Int32Array(2 * (p.captures + 1));
    this.nextAt = p.firstLiterals?.map(() => -1) ?? [];
  }

  /** The leftmost match that starts at `from` or later, as RegExp.prototype.exec finds it from lastIndex. */
  exec(from: number): CueMatch | undefined {
    const n = this.n;
    const nullable = this.p.first === undefined;
    for (let pos = from; pos <= n; pos++) {
      if (!nullable) {
        pos = this.candidate(pos);
        if (pos >= n) return undefined;
      }
      const end = this.run(this.p.start, pos, false);
      if (end >= 0) {
        const captures = this.captures.slice();
        captures[0] = pos;
        captures[1] = end;
        return { start: pos, end, captures };
      }
    }
    return undefined;
  }

  /** The first position from `pos` on whose code unit can start a match (n if none). */
  private candidate(pos: number): number {
    const { n, text } = this;
    const literals = this.p.firstLiterals;
    let at = pos;
    if (literals !== undefined) {
      at = n;
      for (let i = 0; i < literals.length; i++) {
        let next = this.nextAt[i] as number;
        if (next < pos) {
          next = text.indexOf(literals[i] as string, pos);
          this.nextAt[i] = next = next < 0 ? n : next;
        }
        if (next < at) at = next;
      }
    } else {
      const first = this.p.first as Int32Array;
      while (at < n && !inRanges(first, text.charCodeAt(at))) at++;
    }
    this.steps += at - pos;
    return at;
  }

  /** Whether lookaround `index` (its body, not yet negated) matches at `pos`. */
  private look(index: number, pos: number): boolean {
    const bit = index * (this.n + 1) + pos;
    const mask = 1 << (bit & 31);
    const word = bit >>> 5;
    if (((this.lookKnown[word] as number) & mask) === 0) {
      if (this.run(this.p.looks[index] as number, pos, true) >= 0) this.lookHolds[word] = (this.lookHolds[word] as number) | mask;
      this.lookKnown[word] = (this.lookKnown[word] as number) | mask;
    }
    return ((this.lookHolds[word] as number) & mask) !== 0;
  }

  private push(node: number, pos: number): void {
    if (this.sp === this.frameNode.length) this.growFrames();
    this.frameNode[this.sp] = node;
    this.framePos[this.sp] = pos;
    this.frameAlt[this.sp] = 0;
    this.sp++;
  }

  private growFrames(): void {
    const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const bigger = make(Math.max(64, old.length * 2));
      bigger.set(old);
      return bigger;
    };
    this.frameNode = scratch.frameNode = grow(this.frameNode, (k) => new Int32Array(k));
    this.framePos = scratch.framePos = grow(this.framePos, (k) => new Int32Array(k));
    this.frameAlt = scratch.frameAlt = grow(this.frameAlt, (k) => new Uint8Array(k));
  }

  /**
   * Depth-first search from `node` at `pos` in priority order. Returns the end of the first way through,
   * or -1. In the cue itself (`inLook` false) it leaves the captures of that way in this.captures.
   */
  private run(startNode: number, startPos: number, inLook: boolean): number {
    const { op, a, b, next, memo, sets, strings } = this.p;
    const { text, n, failed, reaches } = this;
    const memoCount = this.p.memoCount;
    const base = this.sp;
    let node = startNode;
    let pos = startPos;
    descend: for (;;) {
      if (++this.steps > this.limit) this.overLimit();
      const m = memo[node] as number;
      let pushed = false;
      if (m >= 0) {
        const bit = pos * memoCount + m;
        if ((failed[bit >>> 5] as number) & (1 << (bit & 31))) node = -1;
        else if (inLook && (reaches[bit >>> 5] as number) & (1 << (bit & 31))) return this.succeed(base, pos, inLook);
        else {
          this.push(node, pos);
          pushed = true;
        }
      }
      if (node >= 0) {
        switch (op[node]) {
          case Op.char:
            if (pos < n && text.charCodeAt(pos) === a[node]) {
              pos++;
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.charBack:
            if (pos > 0 && text.charCodeAt(pos - 1) === a[node]) {
              pos--;
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.set:
            if (pos < n && inRanges(sets[a[node] as number] as Int32Array, text.charCodeAt(pos))) {
              pos++;
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.setBack:
            if (pos > 0 && inRanges(sets[a[node] as number] as Int32Array, text.charCodeAt(pos - 1))) {
              pos--;
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.string: {
            const s = strings[a[node] as number] as string;
            if (pos + s.length <= n && text.startsWith(s, pos)) {
              pos += s.length;
              node = next[node] as number;
              continue descend;
            }
            break;
          }
          case Op.stringBack: {
            const s = strings[a[node] as number] as string;
            if (pos - s.length >= 0 && text.startsWith(s, pos - s.length)) {
              pos -= s.length;
              node = next[node] as number;
              continue descend;
            }
            break;
          }
          case Op.split:
          case Op.save:
          case Op.clear:
            // Kept on the path: a split to try its second way later, captures to be read off a success.
            if (!pushed) this.push(node, pos);
            node = op[node] === Op.split ? (a[node] as number) : (next[node] as number);
            continue descend;
          case Op.start:
            if (pos === 0) {
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.end:
            if (pos === n) {
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.wordBoundary:
          case Op.notWordBoundary: {
            const boundary = (pos > 0 && isWordUnit(text.charCodeAt(pos - 1))) !== (pos < n && isWordUnit(text.charCodeAt(pos)));
            if (boundary === (op[node] === Op.wordBoundary)) {
              node = next[node] as number;
              continue descend;
            }
            break;
          }
          case Op.look:
            if (this.look(a[node] as number, pos) !== (b[node] === 1)) {
              node = next[node] as number;
              continue descend;
            }
            break;
          case Op.lookSet: {
            const flags = b[node] as number;
            const at = flags & 2 ? pos - 1 : pos;
            const inSet = at >= 0 && at < n && inRanges(sets[a[node] as number] as Int32Array, text.charCodeAt(at));
            if (inSet !== ((flags & 1) === 1)) {
              node = next[node] as number;
              continue descend;
            }
            break;
          }
          case Op.match:
            return this.succeed(base, pos, inLook);
          default:
            break; // fail
        }
      }
      // Back to the latest split with a way left; every memoized node passed on the way has failed.
      for (;;) {
        if (this.sp === base) return -1;
        const top = this.sp - 1;
        const f = this.frameNode[top] as number;
        const fp = this.framePos[top] as number;
        if (op[f] === Op.split && this.frameAlt[top] === 0) {
          // Its last way: the frame stays only if the split must be marked failed once that way fails too.
          if ((memo[f] as number) >= 0) this.frameAlt[top] = 1;
          else this.sp = top;
          node = b[f] as number;
          pos = fp;
          continue descend;
        }
        this.sp = top;
        const fm = memo[f] as number;
        if (fm >= 0) {
          const bit = fp * memoCount + fm;
          failed[bit >>> 5] = (failed[bit >>> 5] as number) | (1 << (bit & 31));
        }
      }
    }
  }

  private overLimit(): never {
    throw new Error(`cue matching took more than ${this.limit} steps`);
  }

  /** The path on the stack is a way through: read its captures, or remember that its nodes reach the end. */
  private succeed(base: number, end: number, inLook: boolean): number {
    const { op, a, b, memo } = this.p;
    if (inLook) {
      const memoCount = this.p.memoCount;
      for (let i = base; i < this.sp; i++) {
        const m = memo[this.frameNode[i] as number] as number;
        if (m < 0) continue;
        const bit = (this.framePos[i] as number) * memoCount + m;
        this.reaches[bit >>> 5] = (this.reaches[bit >>> 5] as number) | (1 << (bit & 31));
      }
    } else {
      const captures = this.captures;
      captures.fill(-1);
      for (let i = base; i < this.sp; i++) {
        const f = this.frameNode[i] as number;
        if (op[f] === Op.save) captures[a[f] as number] = this.framePos[i] as number;
        else if (op[f] === Op.clear) captures.fill(-1, a[f] as number, (a[f] as number) + (b[f] as number));
      }
    }
    this.sp = base;
    return end;
  }
}

function inRanges(ranges: Int32Array, unit: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (unit < (ranges[i] as number)) return false;
    if (unit <= (ranges[i + 1] as number)) return true;
  }
  return false;
}

/** \w without flags: ASCII letters, digits and the underscore. */
function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;
}
