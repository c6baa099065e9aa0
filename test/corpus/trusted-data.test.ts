import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint, readTrusted, trustedCuePatterns, trustedFingerprint } from '../../src/corpus/trusted-data.js';
import type { Lexicon } from '../../src/model/qualifier-lexicon.js';
import { compileCuePattern, trustCuePatterns } from '../../src/qualifiers/compile-lexicon.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const isTrusted = (text: string) => trustedFingerprint(text) !== undefined;
import { treatySchema } from '../../src/model/treaty.js';
import { BUNDLED_IDS, bundledFile } from '../helpers/bundled.js';

describe('trusted corpus files', () => {
  it.each(BUNDLED_IDS)('%s read without the schema equals %s read through it', (id) => {
    const text = readFileSync(bundledFile(id), 'utf8');
    expect(readTrusted(text)).toEqual(treatySchema.parse(JSON.parse(text)));
  });

  it.each(BUNDLED_IDS)('%s is trusted as built, and not once edited', (id) => {
    const text = readFileSync(bundledFile(id), 'utf8');
    // npm test builds first, so dist/trusted-data.json lists the bundled files.
    expect(isTrusted(text)).toBe(true);
    expect(isTrusted(text.replace('"formatVersion": 1', '"formatVersion": 2'))).toBe(false);
    expect(isTrusted(`${text} `)).toBe(false);
  });

  it('fingerprints differ for texts that differ in one character, at any position', () => {
    const text = readFileSync(bundledFile('rus-dprk-2024'), 'utf8');
    const seen = new Set([fingerprint(text)]);
    for (const at of [0, 1, 2, 3, 1000, text.length - 2, text.length - 1]) {
      const edited = text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
      seen.add(fingerprint(edited));
    }
    expect(seen.size).toBe(8);
  });
});

describe('trusted cue patterns', () => {
  const bundledPatterns = (): string[] => {
    const lexicon = JSON.parse(readFileSync(new URL('../../data/qualifiers.json', import.meta.url), 'utf8')) as Lexicon;
    return [...new Set(lexicon.categories.flatMap((c) => Object.values(c.cues).flatMap((cues) => cues.map((cue) => cue.pattern))))];
  };

  it('are every cue of the bundled lexicon, each usable when compiled afresh', () => {
    // npm test builds first, so dist/trusted-data.json lists the bundled lexicon's patterns.
    expect([...trustedCuePatterns()].sort()).toEqual(bundledPatterns().sort());
    for (const pattern of trustedCuePatterns()) expect(compileCuePattern(pattern, 'en').ok).toBe(true);
  });

  it('leave a user lexicon with a bad cue refused', () => {
    trustCuePatterns(trustedCuePatterns());
    const [good] = bundledPatterns();
    const lexicon = {
      formatVersion: 1,
      categories: [{ code: 'test', role: 'condition', label: 'test', description: 'a test category', cues: { en: [{ pattern: good }, { pattern: 'laws of (a|b) \\1' }] } }],
    };
    const problems = validateDocuments([{ file: 'mine/qualifiers.json', text: JSON.stringify(lexicon, null, 2) }]);
    expect(problems.map((p) => p.code)).toEqual(['lexicon-cue-unsupported']);
  });
});
