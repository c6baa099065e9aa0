// A word diff as inline text. With colour, deletions are red and struck through and insertions green;
// without, git's word-diff markers [-deleted-] and {+inserted+} keep the output readable and greppable.
import type { DiffSegment } from '../diff/diff-words.js';
import type { Styles } from './styles.js';
import { safeText } from './terminal-text.js';

export interface RedlineOptions {
  readonly styles: Styles;
  readonly colour: boolean;
  /** Which sides to show: both (inline redline), or one column of a side-by-side view. */
  readonly show?: 'both' | 'left' | 'right';
}

/**
 * The redline as paragraphs (a link with several clauses on a side has several). Words are styled one
 * by one so that wrapping at spaces never carries a colour across lines.
 */
export function redline(segments: readonly DiffSegment[], options: RedlineOptions): string[] {
  const show = options.show ?? 'both';
  let out = '';
  for (const segment of segments) {
    // "\n" joins the clauses of one side of a link: keep it as a break, make everything else inert.
    const text = segment.text.split('\n').map(safeText).join('\n');
    if (segment.op === 'equal') out += text;
    else if (segment.op === 'delete' && show !== 'right') out += mark(text, 'delete', options);
    else if (segment.op === 'insert' && show !== 'left') out += mark(text, 'insert', options);
  }
  return out.split('\n');
}

function mark(text: string, op: 'delete' | 'insert', options: RedlineOptions): string {
  if (options.colour) {
    const style = op === 'delete' ? options.styles.deleted : options.styles.inserted;
    return text.replace(/[^\s\n]+/g, (word) => style(word));
  }
  // Markers go around each paragraph's part of the change, so a split change still reads on both lines.
  const [open, close] = op === 'delete' ? ['[-', '-]'] : ['{+', '+}'];
  return text
    .split('\n')
    .map((part) => (part.trim() === '' ? part : part.replace(/^(\s*)([\s\S]*?)(\s*)$/, `$1${open}$2${close}$3`)))
    .join('\n');
}
