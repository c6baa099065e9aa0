// `treaty import`, `treaty export` and `treaty diff` on plain-text files, through the real CLI.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShowOutput } from '../../src/contract/show-output.js';
import { bundledJson } from '../helpers/bundled.js';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { tempDir } from '../helpers/bad-input.js';
import { runCliInProcess, unwrap } from '../helpers/run-cli.js';
import { hasShared, OPEN_TREATIES, SOURCES, sharedSuite } from '../helpers/shared.js';

// Removed after the suite (tempDir registers it).
const fresh = () => tempDir('treaty-import-');

const SMALL = `THE Parties to this Agreement,

Desiring to co-operate,

Have agreed as follows:

Article 1

The Parties shall consult each other immediately.

Article 2

1. Each Party shall inform the other.
2. Nothing in this Agreement shall affect the rights and obligations of the Parties.

DONE at Geneva, 1 January 2000.
`;

describe('treaty import (plain text)', () => {
  it('writes a valid treaty file, and validate accepts it', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'agreement.txt'), SMALL);
    const out = join(dir, 'agreement.json');
    const run = await runCliInProcess(['import', join(dir, 'agreement.txt'), '--id', 'agreement', '--title', 'Agreement', '--party', 'AAA=Party A', '--party', 'BBB=Party B', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain(`wrote ${out}`);
    expect((await runCliInProcess(['validate', out])).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof bundledJson>;
    expect(json.texts[0]!.articles.map((a) => [a.number, a.label, a.paragraphs])).toEqual([
      ['1', 'Article 1', ['The Parties shall consult each other immediately.']],
      ['2', 'Article 2', ['1. Each Party shall inform the other.', '2. Nothing in this Agreement shall affect the rights and obligations of the Parties.']],
    ]);
    expect(json.texts[0]!.closing?.paragraphs).toEqual(['DONE at Geneva, 1 January 2000.']);
  });

  it('prints the treaty to stdout when no destination is given', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), SMALL);
    const run = await runCliInProcess(['import', join(dir, 'a.txt'), '--id', 'a']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe('a');
  });

  it('never replaces a file without --force, and leaves it intact', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), SMALL);
    const out = join(dir, 'a.json');
    expect((await runCliInProcess(['import', join(dir, 'a.txt'), '--id', 'a', '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const mtime = statSync(out).mtimeMs;
    writeFileSync(join(dir, 'a.txt'), SMALL.replace('consult each other', 'consult one another'));
    const again = await runCliInProcess(['import', join(dir, 'a.txt'), '--id', 'a', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists: pass --force');
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(statSync(out).mtimeMs).toBe(mtime);
    expect((await runCliInProcess(['import', join(dir, 'a.txt'), '--id', 'a', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('consult one another');
  });

  it('refuses to write an invalid result, saying why', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), SMALL.replace('Desiring', 'Desiring\u001b[31m'));
    const out = join(dir, 'a.json');
    const run = await runCliInProcess(['import', join(dir, 'a.txt'), '--id', 'a', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ansi-escape');
    expect(run.stderr).toContain('nothing written');
    expect(() => statSync(out)).toThrow();
  });

  it.each([
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]), 2, 'looks like a binary file'],
    ['Latin-1 bytes', Buffer.from('Article 1\n\nTrait\xe9 sign\xe9.\n', 'latin1'), 2, ':3:6: is not valid UTF-8: byte 0xE9'],
    ['no headings', Buffer.from('Just some text.\n\nAnd more text.\n'), 1, 'no article headings found'],
    ['an empty file', Buffer.from(''), 1, 'the text is empty'],
  ])('gives a clear answer for %s', async (_name, bytes, code, message) => {
    const dir = fresh();
    writeFileSync(join(dir, 'in.txt'), bytes);
    const run = await runCliInProcess(['import', join(dir, 'in.txt'), '--id', 'x', '--out', join(dir, 'x.json')]);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a 50 MB file clearly', async () => {
    const dir = fresh();
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const run = await runCliInProcess(['import', big, '--id', 'big']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('50 MB, over the 8 MB limit');
  });
});

describe('treaty diff on plain-text files', () => {
  it('compares two text files without a corpus', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'old.txt'), SMALL);
    writeFileSync(join(dir, 'new.txt'), SMALL.replace('consult each other immediately', 'consult each other without delay'));
    const run = await runCliInProcess(['diff', join(dir, 'old.txt'), join(dir, 'new.txt'), '--color=never']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain('old Art. 1 → new Art. 1 modified');
    expect(unwrap(run.stdout)).toContain('[-immediately-]{+without delay+}');
    expect(unwrap(run.stdout)).toContain('timing reworded (immediately → without delay)');
  });
});

describe.skipIf(!hasShared)(sharedSuite('import and export against ../shared'), () => {
  it('imports the 1961 source: Article 1 verbatim, gaps as coverage, valid', async () => {
    const dir = fresh();
    const out = join(dir, 't.json');
    const run = await runCliInProcess(['import', `${SOURCES}ussr-dprk-1961/en.partial.txt`, '--id', 'test-1961', '--out', out]);
    expect(run.code).toBe(0);
    expect((await runCliInProcess(['validate', out])).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof bundledJson>;
    const bundled = bundledJson('ussr-dprk-1961').texts[0]!;
    expect(json.texts[0]!.articles[0]!.paragraphs).toEqual(bundled.articles[0]!.paragraphs);
    expect(json.texts[0]!.preamble).toMatchObject({ status: 'partial', gaps: [6] });
    expect(json.texts[0]!.articles[4]).toMatchObject({ number: '5', status: 'partial', gaps: [1] });
  });

  it('regenerates the bundled texts exactly (data and importer agree)', async () => {
    for (const id of ['ussr-dprk-1961', 'prc-dprk-1961']) {
      // In a copy of the corpus: the import is checked against the treaties it links to.
      const copy = join(copyCorpus(), `${id}.json`);
      const run = await runCliInProcess(['import', `${SOURCES}${id}/en.partial.txt`, '--into', copy, '--force']);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(bundledJson(id));
    }
  });

  it('exports the 1961 text exactly as its source', async () => {
    expect((await runCliInProcess(['export', '1961'])).stdout).toBe(readFileSync(`${SOURCES}ussr-dprk-1961/en.partial.txt`, 'utf8'));
  });

  it('imports the UN Charter from open-treaties: 111 articles, Article 51 shown', async () => {
    const dir = fresh();
    const out = join(dir, 'u.json');
    expect((await runCliInProcess(['import', `${OPEN_TREATIES}un-charter.json`, '--from', 'open-treaties', '--id', 'un-charter', '--out', out])).code).toBe(0);
    const show = await runCliInProcess(['show', out, '51', '--format', 'json']);
    const json = JSON.parse(show.stdout) as ShowOutput;
    expect(json.text?.coverage.articlesKnown).toBe(111);
    expect(json.articles[0]!.paragraphs[0]!.text).toMatch(/^Nothing in the present Charter shall impair the inherent right of individual or collective self-defence/);
    expect((await runCliInProcess(['show', out, '51'])).stdout).toContain('Article 51');
  });

  it('round-trips the UN Charter: export, import, export', async () => {
    const dir = fresh();
    const json = join(dir, 'u.json');
    await runCliInProcess(['import', `${OPEN_TREATIES}un-charter.json`, '--from', 'open-treaties', '--id', 'un-charter', '--out', json]);
    const exported = (await runCliInProcess(['export', json])).stdout;
    writeFileSync(join(dir, 'u.txt'), exported);
    const again = join(dir, 'again.json');
    const run = await runCliInProcess(['import', join(dir, 'u.txt'), '--id', 'again', '--out', again, '--unplaced', 'note']);
    expect(run.code, run.stderr).toBe(0);
    expect((await runCliInProcess(['export', again])).stdout).toBe(exported);
  });
});
