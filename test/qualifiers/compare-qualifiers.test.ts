import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareQualifiers, splitWordings } from '../../src/qualifiers/compare-qualifiers.js';
import { compileLexicon } from '../../src/qualifiers/compile-lexicon.js';
import { detectQualifiers } from '../../src/qualifiers/detect-qualifiers.js';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import { ROOT } from '../helpers/run-cli.js';

const lexicon = compileLexicon(lexiconSchema.parse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8'))));
const detect = (text: string) => detectQualifiers(lexicon, text, 'en');
const complete = { leftIncomplete: false, rightIncomplete: false };

function changes(left: string, right: string, options = complete) {
  return Object.fromEntries(compareQualifiers(detect(left), detect(right), options).map((d) => [d.code, d.change]));
}

describe('compareQualifiers', () => {
  it('tells added, removed, kept and reworded apart', () => {
    expect(changes('shall immediately consult', 'shall without delay consult, in accordance with their constitutional processes')).toEqual({
      timing: 'reworded',
      consultation: 'kept',
      'domestic-law': 'added',
    });
    expect(changes('in case of an armed attack', 'in case of need')).toEqual({ trigger: 'removed' });
  });

  it('treats a swap of the parties as no change', () => {
    expect(changes('the laws of the DPRK and the Russian Federation.', 'the laws of the Russian Federation and the DPRK.')).toEqual({ 'domestic-law': 'kept' });
    expect(changes('the laws of the DPRK and the Russian Federation.', "the laws of the DPRK and the People's Republic of China.")).toEqual({ 'domestic-law': 'reworded' });
  });

  it('calls a qualifier missing from an incomplete side unknown, never removed or added', () => {
    expect(changes('shall immediately act', 'shall act', { leftIncomplete: false, rightIncomplete: true })).toEqual({ timing: 'unknown' });
    expect(changes('shall act', 'shall immediately act', { leftIncomplete: true, rightIncomplete: false })).toEqual({ timing: 'unknown' });
  });

  it('lists what changed first, what was kept last', () => {
    const order = compareQualifiers(detect('immediately, in case of an armed attack'), detect('without delay, in case of an armed attack, at the request of'), complete).map((d) => d.change);
    expect(order).toEqual(['added', 'reworded', 'kept']);
  });

  it('separates the wordings of a reworded category from those kept', () => {
    const [trigger] = compareQualifiers(detect('suffer armed attack and find itself in a state of war'), detect('put in a state of war by an armed invasion'), complete);
    expect(trigger?.change).toBe('reworded');
    expect(splitWordings(trigger!)).toEqual({ leftOnly: ['armed attack'], rightOnly: ['armed invasion'], common: ['a state of war'] });
  });
});

describe('party lists in comparison keys', () => {
  const key = (text: string) => detect(text).find((m) => m.code === 'domestic-law')?.key;
  it.each([
    ['the laws of China, the DPRK and the Russian Federation.', 'the laws of the Russian Federation, China, and the DPRK.'],
    ['the laws of the Russian Federation and of the DPRK.', 'the laws of the DPRK and the Russian Federation.'],
  ])('%j and %j have the same key', (a, b) => {
    expect(key(a)).toBeDefined();
    expect(key(a)).toBe(key(b));
  });
});
