// `treaty validate` through the real CLI: the acceptance cases of the foundation issue.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import { copyCorpus, editFile, positionOf } from '../helpers/corpus-copy.js';
import { tempDir } from '../helpers/bad-input.js';
import { runCliInProcess } from '../helpers/run-cli.js';

/** A copy of the corpus with the four problems the issue names, and where each one is. */
function brokenCorpus() {
  const dir = copyCorpus();
  const prc = join(dir, 'prc-dprk-1961.json');
  const csp = join(dir, 'rus-dprk-2024.json');
  const ussr = join(dir, 'ussr-dprk-1961.json');
  const friendship = join(dir, 'rus-dprk-2000.json');
  editFile(prc, (t) => t.replace('"1961-prc"', '"1961"'));
  editFile(csp, (t) => t.replace('"date": "2024-06-19"', '"date": "2024-06-31"'));
  editFile(ussr, (t) => t.replace('"Each Contracting Party undertakes', '"Each \\u001b[31mContracting\\u001b[0m Party undertakes'));
  editFile(friendship, (t) => t.replace('"2000"\n  ]', '"2000",\n  ]'));
  return {
    dir,
    expected: [
      { file: prc, code: 'duplicate-alias', ...positionOf(prc, '"1961"') },
      // A duplicate is shown at both ends: either file may hold the mistake.
      { file: ussr, code: 'duplicate-alias', ...positionOf(ussr, '"1961"') },
      { file: csp, code: 'date-invalid', ...positionOf(csp, '"2024-06-31"') },
      { file: ussr, code: 'ansi-escape', ...positionOf(ussr, '"Each \\u001b') },
      { file: friendship, code: 'json-syntax', ...positionOf(friendship, ']') },
    ],
  };
}

describe('treaty validate', () => {
  it('accepts the bundled corpus', async () => {
    const run = await runCliInProcess(['validate']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // Four treaties and the qualifier lexicon.
    expect(run.stdout).toBe('5 files valid\n');
  });

  it('reports every problem in a broken corpus with file, line and column, and exits 1', async () => {
    const { dir, expected } = brokenCorpus();
    const run = await runCliInProcess(['validate', dir]);
    expect(run.code).toBe(1);
    for (const e of expected) expect(run.stdout).toContain(`${e.file}:${e.line}:${e.column}  ${e.code}  `);
    // Exactly these: no knock-on findings (links to the unparsable file are not "unresolved").
    expect(run.stdout.trim().split('\n').filter((l) => l.startsWith(dir))).toHaveLength(expected.length);
    expect(run.stdout).toContain('4 files checked: 5 errors');
    // The escape is reported, not replayed to the terminal.
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('remove the trailing comma');
  });

  it('prints GitHub Actions annotations', async () => {
    const { dir, expected } = brokenCorpus();
    const run = await runCliInProcess(['validate', dir, '--format', 'github']);
    expect(run.code).toBe(1);
    for (const e of expected)
      expect(run.stdout).toContain(`::error file=${e.file},line=${e.line},col=${e.column},title=treaty ${e.code}::`);
  });

  it('prints JSON that follows its published contract', async () => {
    const { dir } = brokenCorpus();
    const run = await runCliInProcess(['validate', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { valid: boolean; errors: number; problems: Array<{ code: string; line: number }> };
    expect(zodSchemaFor('validate').parse(json)).toEqual(json);
    expect(json).toMatchObject({ schemaVersion: 1, valid: false, errors: 5, warnings: 0 });
    expect(json.problems.map((p) => p.code).sort()).toEqual(['ansi-escape', 'date-invalid', 'duplicate-alias', 'duplicate-alias', 'json-syntax']);
  });

  it('checks a single file against the corpus it lives in', async () => {
    const { dir, expected } = brokenCorpus();
    const run = await runCliInProcess(['validate', join(dir, 'prc-dprk-1961.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${expected[0]!.file}:${expected[0]!.line}:${expected[0]!.column}  duplicate-alias`);
    expect(run.stdout).toContain('1 file checked: 1 error');
  });

  it('exits 2 with one clear sentence for a path that does not exist', async () => {
    const run = await runCliInProcess(['validate', '/nonexistent']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('treaty: error: /nonexistent: no such file or folder [path-not-found]\n');
  });

  it('exits 2 for a folder with no treaty files', async () => {
    const run = await runCliInProcess(['validate', tempDir('treaty-empty-')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/contains no \.json treaty files/);
  });
});
