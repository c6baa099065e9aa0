// Every required field of the treaty format, missing and of the wrong type, through the real CLI. The
// cases come from the published schema (schema/treaty.schema.json), so a field added to the format is
// covered without editing this file; each is cut from a real bundled treaty.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAnswer, snapshotDir, tempDir } from '../helpers/bad-input.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface RequiredField {
  /** The bundled treaty the case is cut from. */
  readonly id: string;
  /** Where the field's object is in that treaty (array indexes are the first element). */
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly node: SchemaNode;
}

/** Each required field of each object schema, once, found in the first bundled treaty that has it. */
function requiredFields(schema: SchemaNode, treaties: ReadonlyArray<[string, Json]>): RequiredField[] {
  const seen = new Set<string>();
  const out: RequiredField[] = [];
  const walk = (id: string, node: SchemaNode, value: Json, path: (string | number)[], schemaPath: string) => {
    for (const branch of node.anyOf ?? []) walk(id, branch, value, path, schemaPath);
    if (Array.isArray(value) && node.items && value.length > 0) walk(id, node.items, value[0] as Json, [...path, 0], `${schemaPath}[]`);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of node.required ?? []) {
      const where = `${schemaPath}/${key}`;
      if (key in value && !seen.has(where)) {
        seen.add(where);
        out.push({ id, path, key, node: node.properties?.[key] ?? {} });
      }
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) if (key in value) walk(id, child, value[key] as Json, [...path, key], `${schemaPath}/${key}`);
  };
  for (const [id, json] of treaties) walk(id, schema, json, [], '');
  return out;
}

/** A value of a type the field does not accept. */
function wrongValue(node: SchemaNode): Json {
  const types = [node.type ?? []].flat();
  if (types.includes('string')) return 42;
  if (types.includes('array')) return 'not a list';
  if (types.includes('object')) return ['not', 'an', 'object'];
  return { not: 'a scalar' };
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'treaty.schema.json'), 'utf8')) as SchemaNode;
const treaties = ['ussr-dprk-1961', 'rus-dprk-2024', 'rus-dprk-2000', 'prc-dprk-1961'].map(
  (id): [string, Json] => [id, JSON.parse(readFileSync(join(ROOT, 'data', 'treaties', `${id}.json`), 'utf8')) as Json],
);
const FIELDS = requiredFields(schema, treaties);

function edited(field: RequiredField, change: (holder: Record<string, Json>) => void): string {
  const json = JSON.parse(JSON.stringify(treaties.find(([id]) => id === field.id)?.[1])) as Json;
  let holder = json as Record<string, Json> | Json[];
  for (const step of field.path) holder = (holder as Record<string, Json>)[step as string] as Record<string, Json>;
  change(holder as Record<string, Json>);
  return JSON.stringify(json, null, 2);
}

/** The field's JSON pointer in the treaty it is cut from, naming the case. */
function pointerName(field: RequiredField): string {
  return `/${[...field.path, field.key].join('/')}`;
}

interface ValidateReport {
  readonly problems: ReadonlyArray<{ file: string; pointer: string; line: number; column: number; code: string; message: string }>;
}

// show and diff load a treaty the two ways there are (a ref alone, a side of a comparison), and each field
// goes through both, one for its missing case and the other for its wrong type, alternately (every CLI run
// costs a Node start-up); qualifiers and export load a treaty as show does, and bad-input-files.test.ts
// runs them on every broken file.
const SHOW = ['show'];
const DIFF = ['diff', '2024'];
const CASES = FIELDS.flatMap((field, n) => [
  { name: `${pointerName(field)} missing`, field, file: `missing-${n}.json`, says: new RegExp(`required field "${field.key}" is missing`), commands: [n % 2 === 0 ? SHOW : DIFF] },
  { name: `${pointerName(field)} of the wrong type`, field, file: `wrong-type-${n}.json`, says: /expected|invalid/i, commands: [n % 2 === 0 ? DIFF : SHOW] },
]);

describe('every required field of the treaty format, missing or of the wrong type', () => {
  let dir: string;
  let report: ValidateReport;
  beforeAll(async () => {
    // All the broken files in one folder, checked by one validate run (their shared ids and aliases add
    // duplicate findings, which the cases ignore); each is then loaded by the commands on its own.
    dir = tempDir();
    for (const c of CASES) {
      const text = c.name.endsWith('missing')
        ? edited(c.field, (holder) => delete holder[c.field.key])
        : edited(c.field, (holder) => (holder[c.field.key] = wrongValue(c.field.node)));
      writeFileSync(join(dir, c.file), text);
    }
    const validated = await runCliInProcess(['validate', dir, '--format', 'json']);
    expect(validated.code, validated.stderr).toBe(1);
    report = JSON.parse(validated.stdout) as ValidateReport;
  });

  it('finds the required fields in the published schema', async () => {
    // The top level's seven, and the nested ones (parties, texts, articles, sources …).
    expect(FIELDS.map((f) => pointerName(f))).toEqual(expect.arrayContaining(['/id', '/texts', '/texts/0/lang', '/texts/0/articles/0/number', '/parties/0/code']));
    expect(FIELDS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name: validate and every command name the file, the place and the field', async (c) => {
    const file = join(dir, c.file);
    const parent = c.field.path.length === 0 ? '' : `/${c.field.path.join('/')}`;
    const problem = report.problems.find((p) => p.file === file && p.code === 'schema' && (p.pointer === parent || p.pointer === `${parent}/${c.field.key}`));
    expect(problem, JSON.stringify(report.problems.filter((p) => p.file === file))).toBeDefined();
    expect(problem?.message).toMatch(c.says);
    const at = `${problem?.line}:${problem?.column}`;
    const before = snapshotDir(dir);
    for (const args of c.commands) {
      const [command, ...rest] = args as [string, ...string[]];
      const run = await runCliInProcess([command, file, ...rest]);
      // The loaders stop at the file's schema problems; the one about this field is among them, located.
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).toContain(`treaty: error: ${file}:${at}: `);
      expect(run.stderr).toMatch(c.says);
    }
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('prints the same findings as text, one located line each', async () => {
    const run = await runCliInProcess(['validate', dir]);
    expect(run.code).toBe(1);
    for (const p of report.problems) expectAnswer(run, { exit: 1, code: p.code, file: p.file, at: `${p.line}:${p.column}` }, 'validate');
  });
});
