// `treaty qualifiers`, and the qualifier lexicon under `treaty validate`, through the real CLI.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import type { QualifiersOutput } from '../../src/contract/qualifiers-output.js';
import { copyCorpus, positionOf } from '../helpers/corpus-copy.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

describe('treaty qualifiers', () => {
  it('lists the qualifiers of 2024 Article 4 in a table', async () => {
    const run = await runCliInProcess(['qualifiers', '2024', '4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('UN Charter Article 51');
    expect(run.stdout).toContain('“without delay”');
    expect(run.stdout).toContain('Qualifiers in the part of the text not in this corpus cannot be found.');
  });

  it('prints JSON that follows its published contract', async () => {
    const run = await runCliInProcess(['qualifiers', '1961', '--format', 'json']);
    const json = JSON.parse(run.stdout) as QualifiersOutput;
    expect(zodSchemaFor('qualifiers').parse(json)).toEqual(json);
    expect(json.counts).toMatchObject({ trigger: 3, timing: 1, 'no-hostile-alliance': 1, 'un-charter-general': 1 });
    expect(json.counts['un-charter-article-51']).toBeUndefined();
    expect(json.clauses.find((c) => c.clause.id === 'art-1/p-2')?.qualifiers.map((q) => q.code)).toContain('means');
  });

  it('refuses a treaty with no text', async () => {
    expect(await runCliInProcess(['qualifiers', '2000'])).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('the qualifier lexicon under validate', () => {
  function corpusWithLexicon(edit: (text: string) => string) {
    const root = copyCorpus();
    // A corpus folder with treaties/ and its own qualifiers.json, as the bundled data/ is laid out.
    const dir = join(root, 'corpus');
    mkdirSync(join(dir, 'treaties'), { recursive: true });
    for (const id of ['prc-dprk-1961', 'rus-dprk-2000', 'rus-dprk-2024', 'ussr-dprk-1961']) copyFileSync(join(root, `${id}.json`), join(dir, 'treaties', `${id}.json`));
    const lexicon = join(dir, 'qualifiers.json');
    const original = readFileSync(join(ROOT, 'data', 'qualifiers.json'), 'utf8');
    const edited = edit(original);
    if (edited === original) throw new Error('the edit no longer matches data/qualifiers.json');
    writeFileSync(lexicon, edited);
    return { dir, lexicon };
  }

  it('reports a cue that is not a regular expression, where it is', async () => {
    const { dir, lexicon } = corpusWithLexicon((t) => t.replace('"pattern": "', '"pattern": "(unclosed '));
    const run = await runCliInProcess(['validate', dir]);
    expect(run.code).toBe(1);
    const at = positionOf(lexicon, '"(unclosed ');
    expect(run.stdout).toContain(`${lexicon}:${at.line}:${at.column}  schema  not a valid JavaScript regular expression`);
  });

  it('reports a duplicated category code', async () => {
    const { dir } = corpusWithLexicon((t) => t.replace('"code": "timing"', '"code": "trigger"'));
    const run = await runCliInProcess(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lexicon-duplicate-code');
  });

  it('uses the corpus\'s own lexicon for diff, and stops with its problems if it is broken', async () => {
    const { dir } = corpusWithLexicon((t) => t.replace('"formatVersion": 1', '"formatVersion": 9'));
    const run = await runCliInProcess(['diff', '1961', '2024', '--data', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('qualifiers.json');
  });
});
