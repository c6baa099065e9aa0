// A word diff as inline text. With colour, deletions are red and struck through and insertions green;
// without, git's word-diff markers [-deleted-] and {+inserted+} keep the output readable and greppable.
// With colour, qualifier spans are underlined as well, so the eye lands on them.
import type { Styles } from './styles.js';
import { safeText } from './terminal-text.js';
import type { DiffSegment } from '../model/comparison.js';

/** A range of offsets into the left or right text of a link. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RedlineOptions {
  readonly styles: Styles;
  readonly colour: boolean;
  /** Which sides to show: both (inline redline), or one column of a side-by-side view. */
  readonly show?: 'both' | 'left' | 'right';
  /** Spans to underline (with colour only): offsets into the left and the right text. */
  readonly highlight?: { readonly left: readonly Span[]; readonly right: readonly Span[] };
}

/**
 * The redline as paragraphs (a link with several clauses on a side has several). Words are styled one
 * by one so that wrapping at spaces never carries a colour across lines.
 */
export function redline(segments: readonly DiffSegment[], options: RedlineOptions): string[] {
  const show = options.show ?? 'both';
  const highlight = options.colour ? options.highlight : undefined;
  const leftSpans = new SpanCursor(highlight?.left ?? []);
  const rightSpans = new SpanCursor(highlight?.right ?? []);
  let out = '';
  let left = 0;
  let right = 0;
  for (const segment of segments) {
    const visible = segment.op === 'equal' || (segment.op === 'delete' ? show !== 'right' : show !== 'left');
    if (visible) {
      // An equal run is at `left` in the left text and at `right` in the right one: either side's spans apply.
      const spans = [
        ...(segment.op !== 'insert' ? leftSpans.within(left, segment.text.length) : []),
        ...(segment.op !== 'delete' ? rightSpans.within(right, segment.text.length) : []),
      ];
      const text = pieces(segment.text, spans)
        .map(([piece, marked]) => (marked ? styleWords(inert(piece), options.styles.qualifier) : inert(piece)))
        .join('');
      out += segment.op === 'equal' ? text : mark(text, segment.op, options);
    }
    if (segment.op !== 'insert') left += segment.text.length;
    if (segment.op !== 'delete') right += segment.text.length;
  }
  return out.split('\n');
}

// "\n" joins the clauses of one side of a link: keep it as a break, make everything else inert.
const inert = (text: string) => text.split('\n').map(safeText).join('\n');

const styleWords = (text: string, style: (word: string) => string) => text.replace(/[^\s]+/g, (word) => style(word));

/**
 * The spans of one side as sorted, disjoint ranges (only whether an offset is inside one matters), read
 * in order of offset: each segment gets the ranges it overlaps without a search through all of them,
 * which was quadratic in a long paragraph with thousands of qualifier matches.
 */
class SpanCursor {
  private readonly ranges: Span[] = [];
  private next = 0;

  constructor(spans: readonly Span[]) {
    for (const span of [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)) {
      const last = this.ranges[this.ranges.length - 1];
      if (last !== undefined && span.start <= last.end) this.ranges[this.ranges.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
      else this.ranges.push(span);
    }
  }

  /** The ranges overlapping `length` characters from `offset`, relative to `offset`; offsets never decrease. */
  within(offset: number, length: number): Span[] {
    while ((this.ranges[this.next]?.end ?? Infinity) <= offset) this.next++;
    const out: Span[] = [];
    for (let k = this.next; k < this.ranges.length && (this.ranges[k] as Span).start < offset + length; k++) {
      const range = this.ranges[k] as Span;
      out.push({ start: Math.max(0, range.start - offset), end: Math.min(length, range.end - offset) });
    }
    return out;
  }
}

/** Cuts text into runs inside and outside the spans (offsets relative to the text, within it). */
function pieces(text: string, spans: readonly Span[]): Array<[string, boolean]> {
  if (spans.length === 0) return [[text, false]];
  const out: Array<[string, boolean]> = [];
  let from = 0;
  let inside: Span | undefined;
  // Both sides' ranges may overlap on an equal run: merge them as they come in order of start.
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (inside !== undefined && span.start <= inside.end) inside = { start: inside.start, end: Math.max(inside.end, span.end) };
    else {
      if (inside !== undefined) from = cut(text, out, from, inside);
      inside = span;
    }
  }
  if (inside !== undefined) from = cut(text, out, from, inside);
  if (from < text.length) out.push([text.slice(from), false]);
  return out;
}

/** Appends the run before `range` (if any) and the run inside it; returns where the text goes on. */
function cut(text: string, out: Array<[string, boolean]>, from: number, range: Span): number {
  if (range.start > from) out.push([text.slice(from, range.start), false]);
  out.push([text.slice(range.start, range.end), true]);
  return range.end;
}

function mark(text: string, op: 'delete' | 'insert', options: RedlineOptions): string {
  if (options.colour) return styleWords(text, op === 'delete' ? options.styles.deleted : options.styles.inserted);
  // Markers go around each paragraph's part of the change, so a split change still reads on both lines.
  const [open, close] = op === 'delete' ? ['[-', '-]'] : ['{+', '+}'];
  return text
    .split('\n')
    .map((part) => {
      // trimStart and trimEnd rather than a regular expression: /^(\s*)([\s\S]*?)(\s*)$/ is quadratic in a long run of spaces.
      const body = part.trim();
      if (body === '') return part;
      const before = part.length - part.trimStart().length;
      return `${part.slice(0, before)}${open}${body}${close}${part.slice(before + body.length)}`;
    })
    .join('\n');
}
