import { describe, expect, it } from 'vitest';
import type { TreatyInput } from '../../src/model/treaty.js';
import { checkCorpus } from '../../src/validate/check-corpus.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';

function check(edits: Partial<Record<string, (j: TreatyInput) => void>> = {}) {
  const members = BUNDLED_IDS.map((id) => ({ file: `${id}.json`, treaty: bundledTreaty(id, edits[id]) }));
  return checkCorpus(members).map(({ index, finding }) => ({
    file: members[index]?.file,
    code: finding.code,
    severity: finding.severity,
    path: finding.path.join('/'),
  }));
}

describe('checkCorpus', () => {
  it('finds the bundled corpus consistent', () => expect(check()).toEqual([]));

  it('finds an alias used by two treaties, in any case, at both places', () => {
    expect(check({ 'ussr-dprk-1961': (j) => void j.aliases!.push('PRC-DPRK') })).toEqual([
      { file: 'prc-dprk-1961.json', code: 'duplicate-alias', severity: 'error', path: 'aliases/0' },
      { file: 'ussr-dprk-1961.json', code: 'duplicate-alias', severity: 'error', path: 'aliases/2' },
    ]);
  });

  it('finds an alias that is another treaty\'s id', () => {
    expect(check({ 'prc-dprk-1961': (j) => void j.aliases!.push('rus-dprk-2000') })).toMatchObject([{ code: 'alias-is-id', path: 'aliases/2' }]);
  });

  it('finds duplicate ids, at both files', () => {
    const found = check({ 'ussr-dprk-1961': (j) => void (j.id = 'prc-dprk-1961') }).filter((f) => f.code === 'duplicate-id');
    expect(found.map((f) => f.file)).toEqual(['prc-dprk-1961.json', 'ussr-dprk-1961.json']);
  });

  it('finds a link to a treaty that is not in the corpus', () => {
    expect(check({ 'rus-dprk-2024': (j) => void (j.supersedes![0]!.treaty = 'rus-dprk-1999') })).toContainEqual({
      file: 'rus-dprk-2024.json',
      code: 'link-unresolved',
      severity: 'error',
      path: 'supersedes/0/treaty',
    });
  });

  it('finds a supersession recorded on one side only', () => {
    expect(check({ 'rus-dprk-2024': (j) => void delete j.supersedes })).toEqual([
      { file: 'rus-dprk-2000.json', code: 'link-one-way', severity: 'error', path: 'supersededBy/0/treaty' },
    ]);
  });

  it('finds the two sides disagreeing on the date', () => {
    expect(check({ 'rus-dprk-2024': (j) => void (j.supersedes![0]!.date = '2024-12-05') })).toEqual([
      { file: 'rus-dprk-2000.json', code: 'link-date-mismatch', severity: 'error', path: 'supersededBy/0/date' },
    ]);
  });

  it('finds a treaty that supersedes itself', () => {
    expect(check({ 'prc-dprk-1961': (j) => void (j.supersedes = [{ treaty: 'prc-dprk-1961' }]) })).toMatchObject([{ code: 'link-self' }]);
  });

  it('names the first three other files of a duplicate and counts the rest, at every copy', () => {
    const treaty = bundledTreaty('prc-dprk-1961');
    const members = Array.from({ length: 1000 }, (_, i) => ({ file: `copy-${i}.json`, treaty }));
    const findings = checkCorpus(members);
    // One duplicate-id and two duplicate-alias findings per copy, each naming three files and counting 996.
    expect(findings).toHaveLength(3000);
    expect(findings[0]?.finding).toMatchObject({ code: 'duplicate-id', args: { other: ['copy-1.json', 'copy-2.json', 'copy-3.json'], more: 996 } });
    const alias = findings.find((f) => f.index === 1 && f.finding.code === 'duplicate-alias')?.finding;
    expect(alias?.args).toMatchObject({ otherId: ['prc-dprk-1961'], other: ['copy-0.json', 'copy-2.json', 'copy-3.json'], more: 996 });
    expect(alias?.args.moreIds).toBeUndefined();
  });
});
