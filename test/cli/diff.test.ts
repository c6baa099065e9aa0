// `treaty diff` through the real CLI: the acceptance cases of the diff issue.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffOutput } from '../../src/contract/diff-output.js';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import { displayWidth } from '../../src/render/terminal-text.js';
import { bundledJson } from '../helpers/bundled.js';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { runCliInProcess, unwrap } from '../helpers/run-cli.js';

const art1para2 = bundledJson('ussr-dprk-1961').texts[0]!.articles[0]!.paragraphs![1]!;
const art4 = bundledJson('rus-dprk-2024').texts[0]!.articles[3]!.paragraphs![0]!;

async function diffJson(...args: string[]): Promise<DiffOutput> {
  const run = await runCliInProcess(['diff', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  const json = JSON.parse(run.stdout) as DiffOutput;
  expect(zodSchemaFor('diff').parse(json)).toEqual(json);
  return json;
}

const rebuild = (diff: DiffOutput['links'][number]['diff']) => ({
  left: diff.filter((s) => s.op !== 'insert').map((s) => s.text).join(''),
  right: diff.filter((s) => s.op !== 'delete').map((s) => s.text).join(''),
});

// The headline command, run once for the two suites that read its text.
const headline = await runCliInProcess(['diff', '1961', '2024', '--color=never']);

describe('treaty diff 1961 2024', () => {
  const run = headline;
  const text = unwrap(run.stdout);

  it('links 1961 Art. 1 ¶2 to 2024 Art. 4 and shows what was added as {+…+}', async () => {
    expect(run.code).toBe(0);
    expect(text).toContain('1961 Art. 1 ¶2 → 2024 Art. 4 modified · renumbered · overlap 0.17');
    expect(text).toContain('[-immediately extend-]{+provide+}');
    expect(text).toMatch(/\{\+in its possession without delay in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation\+\}/);
  });

  it('reports clauses without a counterpart honestly, never as removed', async () => {
    expect(text).toContain('Only in 1961: no counterpart found in the 2024 text; a counterpart may be in the part of 2024 not in this corpus');
    expect(text).toContain('1961 Art. 2 Each Contracting Party undertakes not to enter into any alliance');
    expect(text).toContain('2024 is partial: not in this corpus: the preamble, Articles 5–23 and the closing');
    expect(text).not.toMatch(/\bremoved\b(?! or added)/);
    expect(text).toContain('12 only in 1961 (19 articles of 2024 not in corpus)');
  });

  it('fits the terminal width', async () => {
    for (const line of run.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('colours deletions red and struck through, insertions green, when asked', async () => {
    const coloured = (await runCliInProcess(['diff', '1961', '2024', '--color=always'])).stdout;
    // Red and struck through; qualifiers such as "immediately" are underlined too.
    expect(coloured).toMatch(/\u001b\[31m\u001b\[9m(?:\u001b\[4m)?immediately/);
    expect(coloured).toContain('\u001b[32mprovide');
    expect(coloured).not.toContain('[-');
  });
});

describe('treaty diff --format json', () => {
  it('follows its published contract and rebuilds both clauses exactly', async () => {
    const json = await diffJson('1961', '2024');
    expect(json).toMatchObject({ schemaVersion: 2, lang: 'en', left: { id: 'ussr-dprk-1961', label: '1961' }, right: { id: 'rus-dprk-2024', numbering: 'editorial' } });
    expect(json.links).toHaveLength(1);
    const [link] = json.links;
    expect(link).toMatchObject({ kind: 'modified', placement: 'renumbered', left: [{ id: 'art-1/p-2', label: 'Art. 1 ¶2' }], right: [{ id: 'art-4/p-1', label: 'Art. 4' }] });
    expect(rebuild(link!.diff)).toEqual({ left: art1para2, right: art4 });
    expect(json.onlyLeft.every((u) => u.counterpartMayBeMissing)).toBe(true);
    expect(json.summary).toMatchObject({ linked: 1, onlyLeft: 12, onlyRight: 4, differ: true });
  });

  it('prints the same schema from `treaty schema diff`', async () => {
    const printed = JSON.parse((await runCliInProcess(['schema', 'diff'])).stdout) as { title: string };
    expect(printed.title).toBe('treaty diff --format json');
  });
});

describe('other output formats', () => {
  it('markdown shows deletions struck through and insertions in bold', async () => {
    const md = (await runCliInProcess(['diff', '1961', '2024', '--format', 'markdown'])).stdout;
    expect(md).toContain('## 1961 Art\\. 1 ¶2 → 2024 Art\\. 4'.replace(/\\/g, ''));
    expect(md).toContain('~~immediately extend~~**provide**');
    expect(md).toMatch(/^# 1961 → 2024$/m);
  });

  it.each([80, 160])('side by side fits %i columns', async (width) => {
    const sbs = await runCliInProcess(['diff', '1961', '2024', '--side-by-side'], { COLUMNS: String(width) });
    expect(sbs.code).toBe(0);
    const lines = sbs.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.some((l) => displayWidth(l) > width - 4)).toBe(true);
    expect(sbs.stdout).toContain('[-immediately extend-]');
    expect(sbs.stdout).toContain('{+provide+}');
  });

  it('--stat prints the summary and the links without text', async () => {
    const stat = (await runCliInProcess(['diff', '1961', '2024', '--stat'])).stdout;
    expect(stat).toContain('1961 Art. 1 ¶2 → 2024 Art. 4');
    expect(stat).not.toContain('{+');
    expect(stat).not.toContain('Only in 1961');
  });
});

describe('exit codes', () => {
  it('exits 0 on success, and with --exit-code 1 when the texts differ and 0 when not', async () => {
    expect((await runCliInProcess(['diff', '1961', '2024'])).code).toBe(0);
    expect((await runCliInProcess(['diff', '1961', '2024', '--exit-code'])).code).toBe(1);
    const same = await runCliInProcess(['diff', '1961', 'ussr-dprk-1961', '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('13 linked · 13 identical');
    expect(same.stdout).toContain('No differences in the text compared.');
    expect(same.stdout).not.toContain('1961 Art. 2 → 1961 Art. 2');
    expect((await runCliInProcess(['diff', '1961', 'ussr-dprk-1961', '--stat', '--unchanged'])).stdout).toContain('1961 Art. 2 → 1961 Art. 2');
  });
});

describe('clause addressing', () => {
  it('compares Article 1 of 1961 with Article 4 of 2024 directly', async () => {
    const json = await diffJson('1961:1', '2024:4');
    expect(json.left.selection).toBe('Art. 1');
    expect(json.links.map((l) => [l.left[0]!.label, l.right[0]!.label])).toEqual([['Art. 1 ¶2', 'Art. 4']]);
    expect(json.onlyLeft.map((u) => u.clause.label)).toEqual(['Art. 1 ¶1']);
    expect(json.onlyLeft[0]!.counterpartMayBeMissing).toBe(false);
  });

  it('compares two addressed paragraphs whatever their similarity', async () => {
    const json = await diffJson('1961:1.1', '2024:4');
    expect(json.links).toMatchObject([{ matchedBy: 'address', left: [{ label: 'Art. 1 ¶1' }], right: [{ label: 'Art. 4' }] }]);
  });

  it.each([
    [['diff', '1961', '2024:5'], 'Article 5 of rus-dprk-2024 exists, but its text is not in this corpus'],
    [['diff', '1961:9', '2024'], 'ussr-dprk-1961 has no Article 9; its articles are 1–6'],
    [['diff', '1961:1.5', '2024'], 'Art. 1 of ussr-dprk-1961 has no paragraph 5; it has 2'],
    [['diff', '2000', '2024'], 'rus-dprk-2000 has no text in this corpus (metadata only)'],
    [['diff', '1961', '2024', '--lang', 'ru'], 'ussr-dprk-1961 has no text in "ru"'],
  ])('refuses %j with exit 2 and a clear message', async (args, message) => {
    const run = await runCliInProcess(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(message);
  });

  it('says when two treaties share no language', async () => {
    const dir = copyCorpus();
    const french = bundledJson('rus-dprk-2024');
    french.texts[0]!.lang = 'fr';
    writeFileSync(join(dir, 'rus-dprk-2024.json'), JSON.stringify(french));
    const run = await runCliInProcess(['diff', '1961', '2024', '--data', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ussr-dprk-1961 (en) and rus-dprk-2024 (fr) have no text in a common language');
  });
});

describe('qualifiers in treaty diff 1961 2024', () => {
  const out = headline.stdout;
  // The lines under the link, up to the treaty-level summary.
  const underLink = unwrap(out.slice(out.indexOf('1961 Art. 1 ¶2 → 2024 Art. 4'), out.indexOf('Qualifiers across')));

  it('names the preconditions Article 4 added and what it reworded', async () => {
    expect(underLink).toContain('precondition added — UN Charter Article 51');
    expect(underLink).toContain('precondition added — domestic law of both parties: “the laws of the DPRK and the Russian Federation”');
    expect(underLink).toContain('timing reworded (immediately → without delay)');
    expect(underLink).toMatch(/means reworded \(with all the means at its disposal → with all means in its possession\)/);
    expect(underLink).toContain('trigger reworded (armed attack → armed invasion); kept: a state of war');
  });

  it('reports nothing as removed where the 2024 text is not in the corpus', async () => {
    const summary = unwrap(out.slice(out.indexOf('Qualifiers across'), out.indexOf('Only in 1961')));
    expect(summary).toContain('undertaking · no hostile alliance only in 1961 — 1961 Art. 2');
    expect(summary).toContain('not in the 2024 text in this corpus, which is partial');
    expect(unwrap(out)).not.toMatch(/removed —/);
  });

  it('puts the same in the JSON, queryable per link', async () => {
    const json = await diffJson('1961', '2024');
    const added = json.links.flatMap((l) => l.qualifiers.filter((q) => q.change === 'added').map((q) => q.code));
    expect(added).toEqual(['un-charter-article-51', 'domestic-law']);
    const timing = json.links[0]!.qualifiers.find((q) => q.code === 'timing')!;
    expect(timing).toMatchObject({ change: 'reworded', left: [{ text: 'immediately' }], right: [{ text: 'without delay' }] });
    // Offsets point at the words in the clause.
    expect(art1para2.slice(timing.left[0]!.start, timing.left[0]!.end)).toBe('immediately');
    expect(json.qualifiers.find((q) => q.code === 'no-hostile-alliance')).toMatchObject({ change: 'unknown', right: [] });
    expect(json.qualifiers.some((q) => q.change === 'removed')).toBe(false);
  });

  it('underlines qualifiers inside the coloured redline', async () => {
    const coloured = (await runCliInProcess(['diff', '1961:1.2', '2024:4', '--color=always'])).stdout;
    expect(coloured).toMatch(/\u001b\[4m(?:\u001b\[[0-9;]*m)*without/);
  });

  it('shows them in the markdown report and side by side', async () => {
    expect((await runCliInProcess(['diff', '1961', '2024', '--format', 'markdown'])).stdout).toContain('- timing reworded \\(immediately → without delay\\)'.replace(/\\/g, ''));
    expect(unwrap((await runCliInProcess(['diff', '1961', '2024', '--side-by-side'], { COLUMNS: '120' })).stdout)).toContain('· timing reworded (immediately → without delay)');
  });
});
