// Grapheme cluster boundaries (Intl.Segmenter, UAX #29), for tests that check text is never cut inside one.

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Offsets where a grapheme cluster starts, plus the end of the text. */
export function clusterBoundaries(text: string): Set<number> {
  const boundaries = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  return boundaries;
}

/** The number of grapheme clusters in a text. */
export function clusterCount(text: string): number {
  return [...segmenter.segment(text)].length;
}

/** Offsets where one of `pieces` (which join into `text`) ends inside a grapheme cluster; none is right. */
export function cutsInsideClusters(text: string, pieces: readonly string[]): number[] {
  const boundaries = clusterBoundaries(text);
  const bad: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    offset += piece.length;
    if (!boundaries.has(offset)) bad.push(offset);
  }
  return bad;
}
