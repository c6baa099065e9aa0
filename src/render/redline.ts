// A word diff as inline text. With colour, deletions are red and struck through and insertions green;
// without, git's word-diff markers [-deleted-] and {+inserted+} keep the output readable and greppable.
// With colour, qualifier spans are underlined as well, so the eye lands on them.
import type { DiffSegment } from '../diff/diff-words.js';
import type { Styles } from './styles.js';
import { safeText } from './terminal-text.js';

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
  let out = '';
  let left = 0;
  let right = 0;
  for (const segment of segments) {
    const visible = segment.op === 'equal' || (segment.op === 'delete' ? show !== 'right' : show !== 'left');
    if (visible) {
      // An equal run is at `left` in the left text and at `right` in the right one: either side's spans apply.
      const spans = [
        ...(segment.op !== 'insert' ? shift(highlight?.left, left) : []),
        ...(segment.op !== 'delete' ? shift(highlight?.right, right) : []),
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

function shift(spans: readonly Span[] | undefined, by: number): Span[] {
  return (spans ?? []).map((s) => ({ start: s.start - by, end: s.end - by }));
}

/** Cuts text into runs inside and outside the spans (offsets relative to the text). */
function pieces(text: string, spans: readonly Span[]): Array<[string, boolean]> {
  const inside = (i: number) => spans.some((s) => s.start <= i && i < s.end);
  const out: Array<[string, boolean]> = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || inside(i) !== inside(i - 1)) {
      out.push([text.slice(from, i), inside(from)]);
      from = i;
    }
  }
  return spans.length === 0 ? [[text, false]] : out;
}

function mark(text: string, op: 'delete' | 'insert', options: RedlineOptions): string {
  if (options.colour) return styleWords(text, op === 'delete' ? options.styles.deleted : options.styles.inserted);
  // Markers go around each paragraph's part of the change, so a split change still reads on both lines.
  const [open, close] = op === 'delete' ? ['[-', '-]'] : ['{+', '+}'];
  return text
    .split('\n')
    .map((part) => (part.trim() === '' ? part : part.replace(/^(\s*)([\s\S]*?)(\s*)$/, `$1${open}$2${close}$3`)))
    .join('\n');
}
