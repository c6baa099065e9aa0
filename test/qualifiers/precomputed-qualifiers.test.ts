import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentClauses } from '../../src/model/clause.js';
import { fingerprint } from '../../src/corpus/trusted-data.js';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import { compileLexicon } from '../../src/qualifiers/compile-lexicon.js';
import { precomputedSource, precomputeQualifiers } from '../../src/qualifiers/precomputed-qualifiers.js';
import { lexiconSource } from '../../src/qualifiers/qualifier-source.js';
import { BUNDLED_IDS, bundledFile, bundledTreaty } from '../helpers/bundled.js';
import { ROOT } from '../helpers/run-cli.js';

const lexiconText = readFileSync(`${ROOT}data/qualifiers.json`, 'utf8');
const compiled = compileLexicon(lexiconSchema.parse(JSON.parse(lexiconText)));
const treaties = BUNDLED_IDS.map((id) => ({ fingerprint: fingerprint(readFileSync(bundledFile(id), 'utf8')), treaty: bundledTreaty(id) }));

describe('precomputed qualifiers', () => {
  it('give the same answer as detection, for every clause of every bundled text', () => {
    const precomputed = precomputeQualifiers(compiled, fingerprint(lexiconText), treaties);
    const fresh = lexiconSource(compiled);
    const texts = treaties.flatMap(({ fingerprint: f, treaty }) => treaty.texts.map((t) => [t, f] as const));
    const cached = precomputedSource({ order: fresh.order, detect: () => { throw new Error('fell back to detection'); } }, precomputed, new Map(texts));
    for (const [text] of texts) for (const clause of segmentClauses(text)) expect(cached.detect(text, clause)).toEqual(fresh.detect(text, clause));
  });

  it('fall back to detection for a text the build did not see', () => {
    const precomputed = precomputeQualifiers(compiled, fingerprint(lexiconText), []);
    const text = bundledTreaty('rus-dprk-2024').texts[0]!;
    const art4 = segmentClauses(text).find((c) => c.id === 'art-4/p-1');
    expect(precomputedSource(lexiconSource(compiled), precomputed, new Map()).detect(text, art4!).map((m) => m.code)).toContain('un-charter-article-51');
  });

  it('are what the build wrote to dist/ (npm test builds first)', () => {
    const file = `${ROOT}dist/precomputed-qualifiers.json`;
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(precomputeQualifiers(compiled, fingerprint(lexiconText), treaties))));
  });
});
