// `treaty show` through the real CLI, against the bundled corpus.
import { describe, expect, it } from 'vitest';
import type { ShowOutput } from '../../src/contract/show-output.js';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import { bundledJson } from '../helpers/bundled.js';
import { runCliInProcess, unwrap } from '../helpers/run-cli.js';

const article = (id: string, n: number) => bundledJson(id).texts[0]!.articles[n]!.paragraphs!;

async function showJson(...args: string[]): Promise<ShowOutput> {
  const run = await runCliInProcess(['show', ...args, '--format', 'json']);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as ShowOutput;
  expect(zodSchemaFor('show').parse(json)).toEqual(json);
  return json;
}

describe('treaty show', () => {
  it('prints both paragraphs of 1961 Article 1 verbatim', async () => {
    const run = await runCliInProcess(['show', '1961', '1']);
    expect(run.code).toBe(0);
    const [first, second] = article('ussr-dprk-1961', 0);
    expect(first).toMatch(/^The Contracting Parties declare/);
    expect(second).toMatch(/^Should either of the Contracting Parties suffer armed attack/);
    // Wrapped for the terminal, but word for word the source once the line breaks are undone.
    expect(unwrap(run.stdout)).toContain(`¶1 ${first} ¶2 ${second}`);
    expect((await showJson('1961', '1')).articles[0]!.paragraphs.map((p) => p.text)).toEqual([first, second]);
  });

  it('notes that the 2024 article numbers are editorial', async () => {
    const run = await runCliInProcess(['show', '2024', '4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Article 4 (numbering editorial: not in the source)');
    expect(unwrap(run.stdout)).toContain("KCNA's English release has no preamble and no article numbers");
    expect(unwrap(run.stdout)).toContain(article('rus-dprk-2024', 3)[0]);
    expect((await showJson('2024', '4')).articles[0]).toMatchObject({ number: '4', numbering: 'editorial', label: null });
  });

  it('says that 2024 Article 5 exists but is not in this corpus', async () => {
    const run = await runCliInProcess(['show', '2024', '5']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain('Article 5 exists in the treaty, but its text is not in this corpus');
    expect(run.stdout).not.toMatch(/removed|deleted/i);
    expect((await showJson('2024', '5')).articles[0]).toMatchObject({ number: '5', status: 'missing', paragraphs: [] });
  });

  it('marks 1961 Article 5 as cut off', async () => {
    const run = await runCliInProcess(['show', '1961', '5']);
    expect(unwrap(run.stdout)).toContain('and with [… text cut off here: the rest of Article 5 is not in this corpus]');
    expect((await showJson('1961', '5')).articles[0]).toMatchObject({ status: 'partial', gaps: [1] });
  });

  it('shows a metadata-only treaty honestly', async () => {
    const run = await runCliInProcess(['show', '2000']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain('No text of rus-dprk-2000 is in this corpus (metadata only). It has 12 articles.');
    expect(unwrap(run.stdout)).toContain('Superseded by rus-dprk-2024 (2024-12-04)');
    expect(await showJson('2000')).toMatchObject({ text: null, articles: [], treaty: { articleCount: 12 } });
  });

  it('finds a Roman-numbered article by its value and shows the whole treaty with gaps marked', async () => {
    expect((await showJson('prc-dprk', '1')).articles[0]).toMatchObject({ number: 'I' });
    const whole = (await runCliInProcess(['show', '1961'])).stdout;
    expect(whole).toContain('[… gap: part of the preamble is not in this corpus]');
    expect(whole).toContain('Article 6: not in this corpus');
  });

  it('accepts a path to a treaty file', async () => {
    expect((await showJson('data/treaties/rus-dprk-2024.json', '1')).treaty.id).toBe('rus-dprk-2024');
  });

  it.each([
    [['show', '1961', '7'], 'treaty: error: ussr-dprk-1961 has no Article 7; its articles are 1–6 [article-unknown]'],
    [['show', 'rus-dprk-2042'], 'did you mean rus-dprk-2000, rus-dprk-2024?'],
    [['show', 'rus-dprk'], '"rus-dprk" could mean rus-dprk-2000, rus-dprk-2024: use the full id [ref-ambiguous]'],
    [['show', '1961', '--lang', 'ru'], 'ussr-dprk-1961 has no text in "ru"; it has: en'],
    [['show', './no-such.json'], './no-such.json: no such file or folder'],
    [['show', 'data/treaties'], 'is a folder, not a treaty file'],
  ])('refuses %j with exit 2 and a clear message', async (args, message) => {
    const run = await runCliInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
