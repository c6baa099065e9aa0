// Long problem lists through the real CLI: `validate` lists the first 20 problems of each code per file
// and counts the rest in every format; `show` and `diff` name a broken file in a few lines, not thousands.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedTreaty } from '../../bench/hostile-cases.js';
import { zodSchemaFor } from '../../src/contract/json-schemas.js';
import { tempDir } from '../helpers/bad-input.js';
import { runCliInProcess } from '../helpers/run-cli.js';

let file: string;
beforeAll(async () => {
  // 50 paragraphs that are numbers, not strings: 50 schema errors.
  const paragraphs = Array.from({ length: 50 }, (_, i) => i) as unknown as string[];
  file = join(tempDir('treaty-lists-'), 'many.json');
  writeFileSync(file, JSON.stringify(generatedTreaty({ id: 'many', articles: [{ number: '1', paragraphs }] }), null, 2));
});

describe('validate summarises what it does not list', () => {
  it('as text: 20 lines, a count of the rest, and the total', async () => {
    const run = await runCliInProcess(['validate', file]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.includes('  schema  '))).toHaveLength(20);
    expect(run.stdout).toContain(`${file}  problems-omitted  30 more "schema" problems in this file not listed`);
    expect(run.stdout).toContain('1 file checked: 50 errors');
  });

  it('as JSON: problems[] lists 20, omitted[] counts the rest, errors counts all, and the contract holds', async () => {
    const run = await runCliInProcess(['validate', file, '--format', 'json']);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(() => zodSchemaFor('validate').parse(output)).not.toThrow();
    expect(output).toMatchObject({ valid: false, errors: 50, warnings: 0, omitted: [{ file, code: 'schema', severity: 'error', count: 30 }] });
    expect(output.problems).toHaveLength(20);
  });

  it('as GitHub annotations: one for the omitted ones, and the total', async () => {
    const run = await runCliInProcess(['validate', file, '--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error file=${file},title=treaty problems-omitted::30 more "schema" problems`);
    expect(run.stdout).toContain('1 files checked, 50 errors, 0 warnings');
  });

  it('reports an empty omitted list for a valid corpus', async () => {
    const run = await runCliInProcess(['validate', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, omitted: [] });
  });
});

describe('show and diff name a broken file briefly', () => {
  it.each([
    ['show', (f: string) => ['show', f]],
    ['diff', (f: string) => ['diff', f, '1961']],
  ])('%s: the first 5 problems, then one line for the rest', async (_command, args) => {
    const run = await runCliInProcess(args(file));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((l) => l.endsWith('[schema]'))).toHaveLength(5);
    expect(lines.at(-1)).toBe(`treaty: error: ${file}: 45 more "schema" problems in this file not listed (only the first 5 of each kind are): \`treaty validate\` lists more [problems-omitted]`);
  });
});
