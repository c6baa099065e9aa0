// `treaty import` and `treaty validate` through the real CLI on what issue #10 found: gaps read as the
// articles they stand for, numbering that validate checks, texts without headings, long problem lists
// summarised, and limits refused before anything is written. One CLI run per case.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShowOutput } from '../../src/contract/show-output.js';
import { snapshotDir, tempDir } from '../helpers/bad-input.js';
import { runCliInProcess } from '../helpers/run-cli.js';

const fresh = () => tempDir('treaty-import-limits-');
const STACK_FRAME = /\n\s+at .+[:(]\d+:\d+\)?/;

/** Imports `source` in a folder of its own; the result, and the JSON written (undefined when none). */
async function importText(source: string, ...args: string[]) {
  const dir = fresh();
  const file = join(dir, 'source.txt');
  writeFileSync(file, source);
  const out = join(dir, 'out.json');
  const before = snapshotDir(dir);
  const run = await runCliInProcess(['import', file, '--id', 'out', '--out', out, ...args], { NO_COLOR: '1' });
  expect(run.stderr).not.toMatch(STACK_FRAME);
  if (run.code !== 0) expect(snapshotDir(dir), 'nothing written').toEqual(before);
  return { run, file, out, json: existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : undefined };
}

/** What `show --format json` says of the coverage of a file. */
async function coverageOf(file: string): Promise<ShowOutput['text']> {
  const show = await runCliInProcess(['show', file, '--format', 'json']);
  expect(show.code, show.stderr).toBe(0);
  return (JSON.parse(show.stdout) as ShowOutput).text;
}

describe('import: gaps and numbering', () => {
  it('records the articles before a first heading after a gap as missing, so that coverage counts them', async () => {
    const { run, out } = await importText('[...]\n\nARTICLE V\n\nThe Parties shall consult each other.\n\n[...]\n', '--article-count', '10');
    expect(run.code, run.stderr).toBe(0);
    expect((await coverageOf(out))?.coverage).toMatchObject({ complete: false, articlesKnown: 10, articlesPresent: 1, missingArticles: ['I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'X'] });
  });

  it('refuses a skip in the numbering after a gap that does not stand for it (a cut-off article), naming the articles not listed', async () => {
    // As data: Article 1 cut off, then Article 4; the importer itself would list Articles 2–3 as missing.
    const dir = fresh();
    const file = join(dir, 'hole.json');
    const text = { lang: 'en', kind: 'authentic', provenance: { sources: [{ title: 'x' }] }, articles: [
      { number: '1', label: 'Article 1', status: 'partial', paragraphs: ['One'], gaps: [1] },
      { number: '4', label: 'Article 4', paragraphs: ['Four.'] },
    ] };
    writeFileSync(file, JSON.stringify({ formatVersion: 1, id: 'hole', title: 'H', shortTitle: 'H', parties: [{ code: 'AAA', name: 'A' }], signed: {}, texts: [text] }, null, 2));
    const run = await runCliInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/hole\.json:\d+:\d+  article-numbering-hole  Article 4 follows Article 1 in the en text after a gap: Articles 2–3 are not listed/u);
  });

  it('imports a skip in the numbering with no gap before it, as the source numbers it, with a warning', async () => {
    const { run, json } = await importText('Article 1\n\nOne.\n\nArticle 4\n\nFour.\n');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/article-numbering-hole  warning: Article 4 follows Article 1 in the en text, as its source numbers them: if the treaty has Articles 2–3/u);
    expect(json).toBeDefined();
  });

  it('imports a text whose first heading is above 1 with no gap before it, with a warning', async () => {
    const { run, json } = await importText('The Parties have agreed as follows:\n\nArticle 5\n\nFive.\n');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/article-numbering-start  warning: the en text starts at Article 5, as its source numbers it: if the treaty has Articles 1–4/u);
    expect(json).toBeDefined();
  });
});

describe('import: a text without headings', () => {
  it('is refused without --article-count, saying how to import it', async () => {
    const { run } = await importText('We the peoples.\n\nAnd more words.\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('import-no-articles  no article headings found');
    expect(run.stderr).toContain('give --article-count N');
  });

  it('imports with --article-count as a preamble, its articles and closing not in the corpus', async () => {
    const { run, out } = await importText('We the peoples.\n\nAnd more words.\n', '--article-count', '3');
    expect(run.code, run.stderr).toBe(0);
    expect((await coverageOf(out))?.coverage).toMatchObject({ complete: false, articlesKnown: 3, articlesPresent: 0, preamble: 'complete', closing: 'missing' });
  });

  it('is never called complete when read directly, as diff and show read a .txt file', async () => {
    const dir = fresh();
    const file = join(dir, 'text.txt');
    writeFileSync(file, 'We the peoples.\n\nAnd more words.\n');
    const show = await runCliInProcess(['show', file, '--format', 'json']);
    expect(show.code, show.stderr).toBe(0);
    expect((JSON.parse(show.stdout) as ShowOutput).text?.coverage).toMatchObject({ complete: false, articlesKnown: 0, articlesPresent: 0 });
  });
});

describe('import: limits and long lists', () => {
  it('lists the first 20 unplaced lines and counts the rest', async () => {
    const { run } = await importText('Article 1\n'.repeat(1000));
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('  import-unplaced  '))).toHaveLength(20);
    expect(lines.at(-2)).toMatch(/source\.txt  problems-not-shown  979 more problems \(import-unplaced\) not shown, the last at line 1000$/u);
    expect(lines.at(-1)).toBe('treaty: nothing written');
  });

  it('refuses a paragraph over the length limit at the line it starts on', async () => {
    const { run, file } = await importText(`Article 1\n\nShort.\n\n${'word '.repeat(30_000)}\nmore.\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:5:1  import-paragraph-too-long  the paragraph starting on line 5 has 150,005 characters, over the limit of 100,000`);
  });

  it.each([['--article-count', '20000']])('refuses %s %s past the articles a text may list', async (option, value) => {
    const { run } = await importText('Article 1\n\nOne.\n', option, value);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('treaty: error: --article-count gives 20,000 articles, over the 10,000 a text may list');
  });
});

describe('validate: article numbering', () => {
  it('refuses a text that lists Article V first after a gap (as the importer once wrote it), and locates it', async () => {
    const dir = fresh();
    const file = join(dir, 'old.json');
    const treaty = {
      formatVersion: 1,
      id: 'old',
      title: 'Old',
      shortTitle: 'Old',
      parties: [{ code: 'AAA', name: 'A' }],
      signed: {},
      texts: [
        {
          lang: 'en',
          kind: 'authentic',
          provenance: { sources: [{ title: 'x' }] },
          preamble: { status: 'missing' },
          articles: [{ number: 'V', label: 'ARTICLE V', paragraphs: ['Five.'] }],
        },
      ],
    };
    writeFileSync(file, JSON.stringify(treaty, null, 2));
    const run = await runCliInProcess(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/old\.json:\d+:\d+  article-numbering-start  the en text starts at Article V, and a gap stands before it: Articles I–IV are not listed; list them first, with "status": "missing" \(at \/texts\/0\/articles\/0\/number\)/u);
  });
});
