// `treaty import … --into F --force` with an F that is not a treaty file: F is read as `treaty validate`
// reads it (size, encoding, JSON, schema), and each broken F is refused with a located message and left
// exactly as it was. One CLI run per case.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDir, tempDir } from '../helpers/bad-input.js';
import { bundledFile } from '../helpers/bundled.js';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { runCliInProcess } from '../helpers/run-cli.js';

const SOURCE = 'Article 1\n\nThe Parties shall consult each other.\n';
const STACK_FRAME = /\n\s+at .+[:(]\d+:\d+\)?/;

interface Case {
  /** Writes F (or makes it a folder, or leaves it out) in `dir` and returns its path. */
  readonly make: (dir: string) => string;
  readonly exit: 1 | 2;
  readonly code: string;
  /** LINE:COL of the first problem, when F has a place to point at. */
  readonly at?: string;
  readonly says: string;
}

const file = (name: string, content: string | Buffer) => (dir: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const CASES: Array<[string, Case]> = [
  ['an array', { make: file('into.json', '[1,2,3]'), exit: 2, code: 'schema', at: '1:1', says: 'expected object, found an array' }],
  ['null', { make: file('into.json', 'null'), exit: 2, code: 'schema', at: '1:1', says: 'expected object, found null' }],
  ['{"texts":5}', { make: file('into.json', '{"texts":5}'), exit: 2, code: 'schema', at: '1:1', says: 'required field "formatVersion" is missing' }],
  ['arrays nested 100 deep', { make: file('into.json', `${'['.repeat(100)}${']'.repeat(100)}`), exit: 2, code: 'json-too-deep', at: '1:65', says: 'nested more than 64 levels deep' }],
  ['a byte order mark and {}', { make: file('into.json', '\uFEFF{}'), exit: 2, code: 'schema', at: '1:1', says: 'required field "formatVersion" is missing' }],
  ['an empty file', { make: file('into.json', ''), exit: 2, code: 'file-empty', at: '1:1', says: 'is empty' }],
  ['truncated JSON', { make: file('into.json', '{"formatVersion": 1, "id": "x"'), exit: 2, code: 'json-syntax', at: '1:31', says: 'invalid JSON' }],
  ['a binary file', { make: file('into.json', Buffer.from([0x7b, 0x00, 0x7d])), exit: 2, code: 'file-binary', at: '1:2', says: 'binary' }],
  ['a folder', { make: (dir) => (mkdirSync(join(dir, 'into.json')), join(dir, 'into.json')), exit: 2, code: 'path-is-directory', says: 'is a folder' }],
  ['a file that does not exist', { make: (dir) => join(dir, 'missing.json'), exit: 2, code: 'path-not-found', says: 'no such file' }],
  [
    'a file over the read limit',
    {
      make: (dir) => {
        const path = join(dir, 'into.json');
        writeFileSync(path, '');
        truncateSync(path, 9 * 1024 * 1024);
        return path;
      },
      exit: 2,
      code: 'file-too-large',
      says: 'over the 8 MB limit',
    },
  ],
  [
    'a treaty whose articleCount is past the limit of a text',
    {
      make: file('into.json', JSON.stringify({ ...JSON.parse(readFileSync(bundledFile('ussr-dprk-1961'), 'utf8')), articleCount: 1e12 })),
      exit: 2,
      code: 'import-article-count',
      says: 'its articleCount gives 1,000,000,000,000 articles, over the 10,000',
    },
  ],
  [
    'a treaty whose articles have text, for a source without headings',
    {
      make: file('into.json', readFileSync(bundledFile('ussr-dprk-1961'), 'utf8')),
      exit: 1,
      code: 'import-no-articles',
      says: 'the text it would replace has 5 articles with text',
    },
  ],
];

describe('treaty import --into F --force, where F is no treaty file', () => {
  it.each(CASES)('%s: refused, located, F unchanged', async (_name, c) => {
    const dir = tempDir('treaty-into-');
    const source = join(dir, 'source.txt');
    writeFileSync(source, c.code === 'import-no-articles' ? 'The two sides shall consult.\n' : SOURCE);
    const into = c.make(dir);
    const before = snapshotDir(dir);
    const run = await runCliInProcess(['import', source, '--into', into, '--force'], { NO_COLOR: '1' });
    const context = `--- stderr\n${run.stderr}`;
    expect(run.code, context).toBe(c.exit);
    expect(run.stdout).toBe('');
    expect(run.stderr, context).not.toMatch(STACK_FRAME);
    expect(run.stderr, context).not.toContain('internal error');
    const first = run.stderr.split('\n')[0] as string;
    const where = `${c.code === 'import-no-articles' ? source : into}${c.at ? `:${c.at}` : ''}`;
    if (c.exit === 2) {
      expect(first, context).toContain(`treaty: error: ${where}: `);
      expect(first, context).toMatch(new RegExp(`\\[${c.code}\\]$`));
    } else {
      expect(first, context).toContain(`${where}  ${c.code}  `);
      expect(run.stderr, context).toContain('treaty: nothing written');
    }
    expect(first, context).toContain(c.says);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('replaces the text of a valid treaty file with its own export, changing nothing', async () => {
    // The bundled 1961 text exported and imported back into a copy of its file: a fixed point.
    const corpus = copyCorpus();
    const into = join(corpus, 'ussr-dprk-1961.json');
    const source = join(tempDir('treaty-into-'), '1961.txt');
    writeFileSync(source, (await runCliInProcess(['export', '1961'])).stdout);
    const run = await runCliInProcess(['import', source, '--into', into, '--force'], { NO_COLOR: '1' });
    expect(run.code, run.stderr).toBe(0);
    type Texts = { texts: Array<{ preamble?: unknown; articles: unknown; closing?: unknown }> };
    const [text] = (JSON.parse(readFileSync(into, 'utf8')) as Texts).texts;
    const [bundled] = (JSON.parse(readFileSync(bundledFile('ussr-dprk-1961'), 'utf8')) as Texts).texts;
    expect([text?.preamble, text?.articles, text?.closing]).toEqual([bundled?.preamble, bundled?.articles, bundled?.closing]);
  });
});
