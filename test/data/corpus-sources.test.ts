// The bundled corpus against its primary sources in ../shared/sources/: every paragraph and heading
// word for word, in order, and a recorded gap wherever the source marks one with "[...]".
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/model/coverage.js';
import type { Block, TreatyText } from '../../src/model/treaty.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';
import { hasShared, SHARED, sharedSuite } from '../helpers/shared.js';

type Piece = { kind: 'text'; value: string } | { kind: 'gap' };

/** The text in source order, with a gap wherever the data says text is missing. */
function piecesOf(text: TreatyText): Piece[] {
  const pieces: Piece[] = [];
  const block = (b: Block | undefined, label?: string) => {
    if (!b) return;
    if (statusOf(b) === 'missing') return void pieces.push({ kind: 'gap' });
    if (label) pieces.push({ kind: 'text', value: label });
    b.paragraphs.forEach((p, i) => {
      if (b.gaps?.includes(i)) pieces.push({ kind: 'gap' });
      pieces.push({ kind: 'text', value: p });
    });
    if (b.gaps?.includes(b.paragraphs.length)) pieces.push({ kind: 'gap' });
  };
  block(text.preamble);
  for (const article of text.articles) block(article, article.label);
  block(text.closing);
  return pieces;
}

/** Texts, and the positions (count of texts before) where gaps fall. */
function split(pieces: Piece[]): { texts: string[]; gapsAfter: Set<number> } {
  const texts: string[] = [];
  const gapsAfter = new Set<number>();
  for (const p of pieces) {
    if (p.kind === 'gap') gapsAfter.add(texts.length);
    else texts.push(p.value);
  }
  return { texts, gapsAfter };
}

const withSources = BUNDLED_IDS.flatMap((id) =>
  bundledTreaty(id).texts.map((text) => ({ id, lang: text.lang, text })),
);

describe('bundled corpus records its sources', () => {
  it.each(BUNDLED_IDS)('%s names a source for every text', (id) => {
    for (const text of bundledTreaty(id).texts) {
      expect(text.provenance.sources.length).toBeGreaterThan(0);
      expect(text.provenance.corpusSource).toMatch(/^sources\/.+\.txt$/);
    }
  });
});

describe.skipIf(!hasShared)(sharedSuite('bundled corpus is verbatim from ../shared/sources'), () => {
  it.each(withSources)('$id ($lang) has every paragraph of its source, in order, and its gaps', ({ text }) => {
    const file = `${SHARED}${text.provenance.corpusSource}`;
    expect(existsSync(file)).toBe(true);
    const raw = readFileSync(file, 'utf8');
    const source = raw.replace(/\n$/, '').split('\n\n').map((b): Piece => (b === '[...]' ? { kind: 'gap' } : { kind: 'text', value: b }));
    const fromSource = split(source);
    const fromData = split(piecesOf(text));
    expect(fromData.texts).toEqual(fromSource.texts);
    // Every gap the source marks is recorded in the data (the data may know of more, e.g. a preamble
    // the source never had).
    for (const at of fromSource.gapsAfter) expect(fromData.gapsAfter).toContain(at);
  });
});
