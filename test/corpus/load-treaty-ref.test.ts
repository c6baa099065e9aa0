// Resolving a name in a corpus with broken files: a broken file keeps the names it claims (its file name,
// and the id and aliases a tolerant parse reads from it), so a ref that picks it fails on it (exit 2 in the
// CLI) instead of falling through to another treaty.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTreatyRef } from '../../src/corpus/load-treaty-ref.js';
import { copyCorpus, editFile } from '../helpers/corpus-copy.js';

/** The bundled corpus with ussr-dprk-1961.json (aliases 1961, ussr-dprk) broken by `edit`. */
function corpusWithBrokenUssr(edit: (text: string) => string): string {
  const dir = copyCorpus();
  editFile(join(dir, 'ussr-dprk-1961.json'), edit);
  return dir;
}
const missingComma = (t: string) => t.replace('"formatVersion": 1,', '"formatVersion": 1');

const failure = async (ref: string, dir: string) => {
  const result = await loadTreatyRef(ref, dir);
  if (result.ok) throw new Error(`${ref} resolved to ${result.value.entry.treaty.id}`);
  return result.problems.map((p) => ({ code: p.code, file: p.file?.replace(`${dir}/`, ''), ...(p.code === 'ref-broken' ? { args: p.args } : {}) }));
};

describe('loadTreatyRef with a broken file in the corpus', () => {
  it('fails on the broken file an alias names exactly, rather than taking a prefix of another treaty (1961 → 1961-prc)', async () => {
    const dir = corpusWithBrokenUssr(missingComma);
    expect(await failure('1961', dir)).toEqual([
      { code: 'ref-broken', file: 'ussr-dprk-1961.json', args: { ref: '1961', as: 'alias', name: '1961', match: 'exact' } },
      { code: 'json-syntax', file: 'ussr-dprk-1961.json' },
    ]);
  });

  it('fails on the broken file a prefix picks, as it would pick the repaired file', async () => {
    const dir = corpusWithBrokenUssr(missingComma);
    expect((await failure('ussr', dir))[0]).toMatchObject({ code: 'ref-broken', args: { as: 'file name', name: 'ussr-dprk-1961', match: 'prefix' } });
  });

  it('lists a broken file among the candidates of an ambiguous name', async () => {
    const dir = corpusWithBrokenUssr(missingComma);
    // "19" starts 1961 (the broken file's alias) and 1961-prc.
    const result = await loadTreatyRef('19', dir);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'ref-ambiguous' });
    expect(!result.ok && result.problems[0]?.args.candidates).toContain('ussr-dprk-1961');
  });

  it('fails on a file that is valid JSON but breaks the schema, with its problems', async () => {
    const dir = corpusWithBrokenUssr((t) => t.replace('"formatVersion": 1,', '"formatVersion": 2,'));
    expect(await failure('1961', dir)).toMatchObject([{ code: 'ref-broken', args: { as: 'alias' } }, { code: 'schema', file: 'ussr-dprk-1961.json' }]);
  });

  it('claims the file name of a file nothing can be read from', async () => {
    const dir = copyCorpus();
    writeFileSync(join(dir, 'ussr-dprk-1961.json'), Buffer.from([0x7b, 0x00, 0x7d]));
    expect(await failure('ussr-dprk', dir)).toEqual([
      { code: 'ref-broken', file: 'ussr-dprk-1961.json', args: { ref: 'ussr-dprk', as: 'file name', name: 'ussr-dprk-1961', match: 'prefix' } },
      { code: 'file-binary', file: 'ussr-dprk-1961.json' },
    ]);
  });

  it('claims the file name even when the id inside says otherwise', async () => {
    const dir = corpusWithBrokenUssr((t) => missingComma(t).replace('"id": "ussr-dprk-1961"', '"id": "soviet-dprk-1961"'));
    expect((await failure('ussr-dprk-1961', dir))[0]).toMatchObject({ code: 'ref-broken', args: { as: 'file name' } });
    expect((await failure('soviet-dprk-1961', dir))[0]).toMatchObject({ code: 'ref-broken', args: { as: 'id' } });
  });

  it('only warns about a broken file that the ref does not name', async () => {
    const dir = corpusWithBrokenUssr(missingComma);
    const result = await loadTreatyRef('2024', dir);
    expect(result.ok && result.value.entry.treaty.id).toBe('rus-dprk-2024');
    expect(result.ok && result.value.skipped.map((p) => p.code)).toEqual(['json-syntax']);
  });
});
