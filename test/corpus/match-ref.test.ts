import { describe, expect, it } from 'vitest';
import { editDistance, matchRef } from '../../src/corpus/match-ref.js';

const corpus = [
  { id: 'prc-dprk-1961', aliases: ['prc-dprk'] },
  { id: 'rus-dprk-2000', aliases: ['2000'] },
  { id: 'rus-dprk-2024', aliases: ['2024', 'rus-dprk-csp'] },
  { id: 'ussr-dprk-1961', aliases: ['1961'] },
];

describe('matchRef', () => {
  it('finds an id', () => expect(matchRef('rus-dprk-2000', corpus)).toEqual({ kind: 'found', index: 1, name: 'rus-dprk-2000', exact: true }));
  it('finds an alias in any case', () => expect(matchRef('RUS-DPRK-CSP', corpus)).toEqual({ kind: 'found', index: 2, name: 'rus-dprk-csp', exact: true }));
  it('prefers an alias over a prefix of another id', () => expect(matchRef('1961', corpus)).toEqual({ kind: 'found', index: 3, name: '1961', exact: true }));
  it('accepts a unique prefix', () => expect(matchRef('ussr', corpus)).toEqual({ kind: 'found', index: 3, name: 'ussr-dprk-1961', exact: false }));
  it('refuses an ambiguous prefix, listing the candidates', () =>
    expect(matchRef('rus-dprk-20', corpus)).toEqual({ kind: 'ambiguous', candidates: ['rus-dprk-2000', 'rus-dprk-2024'], indexes: [1, 2], exact: false }));
  it('refuses an alias used by two treaties', () =>
    expect(matchRef('x', [{ id: 'a', aliases: ['x'] }, { id: 'b', aliases: ['X'] }])).toMatchObject({ kind: 'ambiguous', exact: true }));
  it('suggests close matches for a typo', () => {
    expect(matchRef('rus-dprk-2042', corpus)).toEqual({ kind: 'unknown', suggestions: ['rus-dprk-2000', 'rus-dprk-2024'] });
    expect(matchRef('ussr-dprk-1916', corpus)).toEqual({ kind: 'unknown', suggestions: ['ussr-dprk-1961'] });
  });
  it('suggests nothing for something unrelated', () => expect(matchRef('geneva', corpus)).toEqual({ kind: 'unknown', suggestions: [] }));
});

describe('editDistance', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
