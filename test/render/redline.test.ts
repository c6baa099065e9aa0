import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redline, type Span } from '../../src/render/redline.js';
import { plainStyles, type Styles } from '../../src/render/styles.js';
import { runs } from '../properties/arbitraries.js';
import type { DiffSegment } from '../../src/model/comparison.js';

// Visible stand-ins for colour: what is deleted, inserted and underlined shows in the string.
const marked: Styles = { ...plainStyles, deleted: (s) => `-${s}-`, inserted: (s) => `+${s}+`, qualifier: (s) => `_${s}_` };

/** The underlining as it was first written: every offset checked against every span. */
function reference(segments: readonly DiffSegment[], spans: { left: Span[]; right: Span[] }, show: 'both' | 'left' | 'right'): string {
  let out = '';
  let left = 0;
  let right = 0;
  for (const s of segments) {
    const visible = s.op === 'equal' || (s.op === 'delete' ? show !== 'right' : show !== 'left');
    if (visible) {
      const inside = (i: number) =>
        (s.op !== 'insert' && spans.left.some((p) => p.start <= left + i && left + i < p.end)) ||
        (s.op !== 'delete' && spans.right.some((p) => p.start <= right + i && right + i < p.end));
      let text = '';
      for (let i = 0, from = 0; i <= s.text.length; i++) {
        if (i === s.text.length || (i > 0 && inside(i) !== inside(i - 1))) {
          const piece = s.text.slice(from, i);
          text += inside(from) && piece !== '' ? piece.replace(/[^\s]+/g, (w) => `_${w}_`) : piece;
          from = i;
        }
      }
      out += s.op === 'equal' ? text : text.replace(/[^\s]+/g, (w) => (s.op === 'delete' ? `-${w}-` : `+${w}+`));
    }
    if (s.op !== 'insert') left += s.text.length;
    if (s.op !== 'delete') right += s.text.length;
  }
  return out;
}

describe('redline', () => {
  const segments: DiffSegment[] = [
    { op: 'equal', text: 'shall ' },
    { op: 'delete', text: 'immediately extend' },
    { op: 'insert', text: 'provide' },
    { op: 'equal', text: ' assistance' },
  ];

  it('marks changes without colour, keeping the spaces outside the markers', () => {
    expect(redline([{ op: 'equal', text: 'a' }, { op: 'delete', text: '  b c  ' }, { op: 'insert', text: ' d\n e ' }], { styles: plainStyles, colour: false })).toEqual([
      'a  [-b c-]   {+d+}',
      ' {+e+} ',
    ]);
  });

  it('underlines qualifier spans of either side, across segments', () => {
    const highlight = { left: [{ start: 0, end: 10 }], right: [{ start: 14, end: 24 }] };
    expect(redline(segments, { styles: marked, colour: true, highlight })).toEqual(['_shall_ -_imme_diately- -extend-+provide+ _assistance_']);
    expect(redline(segments, { styles: marked, colour: true, highlight, show: 'right' })).toEqual(['_shall_ +provide+ _assistance_']);
  });

  it('underlines what the spans cover and nothing else, however they overlap', () => {
    const segment = fc.record({ op: fc.constantFrom<'equal' | 'delete' | 'insert'>('equal', 'delete', 'insert'), text: fc.stringMatching(/^[ab \n]{1,8}$/) });
    const span = fc.tuple(fc.nat(40), fc.nat(10)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.array(span, { maxLength: 5 }), fc.array(span, { maxLength: 5 }), fc.constantFrom<'both' | 'left' | 'right'>('both', 'left', 'right'), (segs, left, right, show) => {
        expect(redline(segs, { styles: marked, colour: true, highlight: { left, right }, show }).join('\n')).toBe(reference(segs, { left, right }, show));
      }),
      { numRuns: runs(1000) },
    );
  });
});
