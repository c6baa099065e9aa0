// `treaty list` through the real CLI.
import { describe, expect, it } from 'vitest';
import type { ListOutput } from '../../src/contract/list-output.js';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import { displayWidth } from '../../src/render/terminal-text.js';
import { copyCorpus, editFile } from '../helpers/corpus-copy.js';
import { runCliInProcess } from '../helpers/run-cli.js';

describe('treaty list', () => {
  it.each([80, 120, 200])('fits the four treaties with their coverage into %i columns', async (width) => {
    const run = await runCliInProcess(['list'], { COLUMNS: String(width) });
    expect(run.code).toBe(0);
    for (const id of ['ussr-dprk-1961', 'rus-dprk-2024', 'rus-dprk-2000', 'prc-dprk-1961']) expect(run.stdout).toContain(id);
    for (const line of run.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(run.stdout).toContain('4/23');
    expect(run.stdout).toContain('5/6');
    expect(run.stdout).toContain('metadata');
  });

  it('prints JSON that follows its published contract', async () => {
    const run = await runCliInProcess(['list', '--format', 'json']);
    const json = JSON.parse(run.stdout) as ListOutput;
    expect(zodSchemaFor('list').parse(json)).toEqual(json);
    const byId = Object.fromEntries(json.treaties.map((t) => [t.id, t]));
    expect(byId['rus-dprk-2024']!.texts[0]!.coverage).toMatchObject({ complete: false, articlesPresent: 4, articlesKnown: 23 });
    expect(byId['ussr-dprk-1961']!.texts[0]!.coverage.partialArticles).toEqual([{ number: '5', cutOff: true }]);
    expect(byId['rus-dprk-2000']!.texts).toEqual([]);
  });

  it('lists what it can and warns about a file it skipped', async () => {
    const dir = copyCorpus();
    editFile(`${dir}/rus-dprk-2000.json`, (t) => t.slice(0, 100));
    const run = await runCliInProcess(['list', '--data', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 treaties');
    expect(run.stderr).toMatch(/warning: .*rus-dprk-2000\.json:\d+:\d+: invalid JSON .*file skipped/);
  });
});
