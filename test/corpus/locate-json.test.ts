// Locating values in JSON text with one streaming pass, checked against jsonc-parser's syntax tree (what
// locate-json.ts used before: same answers, without a tree of the whole file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineStartsOf, locateJson, positionIn } from '../../src/corpus/locate-json.js';
import { BUNDLED_IDS } from '../helpers/bundled.js';
import { ROOT } from '../helpers/run-cli.js';

type Path = (string | number)[];

/** Every path in a JSON value, containers included, in document order. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** The answer the syntax tree gives: the value at the path, or the nearest enclosing one that exists. */
function oracle(text: string, path: Path, atKey: boolean): { line: number; column: number } {
  const root = parseTree(text);
  const starts = lineStartsOf(text);
  for (let n = path.length; n >= 0; n--) {
    const node = root && findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    const key = atKey && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return positionIn(starts, (key ?? node).offset);
  }
  return { line: 1, column: 1 };
}

describe('locateJson', () => {
  it.each(BUNDLED_IDS)('finds every value and key of %s where the syntax tree does, in one pass', (id) => {
    const text = readFileSync(join(ROOT, 'data', 'treaties', `${id}.json`), 'utf8');
    const paths = pathsOf(JSON.parse(text));
    const requests = paths.flatMap((path) => [{ path, atKey: false }, { path, atKey: true }]);
    const found = locateJson(text).positions(requests);
    expect(found).toEqual(requests.map((r) => oracle(text, r.path, r.atKey)));
  });

  it('answers a path that does not exist with the nearest enclosing value', () => {
    const text = '{\n  "a": {\n    "b": [1, 2]\n  }\n}';
    const located = locateJson(text);
    expect(located.position(['a', 'b', 5])).toEqual({ line: 3, column: 10 });
    expect(located.position(['a', 'missing', 'x'])).toEqual({ line: 2, column: 8 });
    expect(located.position(['nothing'])).toEqual({ line: 1, column: 1 });
    expect(located.position(['a', 'b'], true)).toEqual({ line: 3, column: 5 });
  });

  it('finds repeated keys at any depth, with their paths, up to a limit', () => {
    const text = '{"a": 1, "a": 2, "list": [{"x": 1}, {"x": 1, "x": 2}], "b": {"c": 1, "c": 1, "c": 1}}';
    expect(locateJson(text).duplicateKeys().map((d) => d.path)).toEqual([['a'], ['list', 1, 'x'], ['b', 'c'], ['b', 'c']]);
    expect(locateJson(text).duplicateKeys(2)).toEqual([
      { path: ['a'], position: { line: 1, column: 10 } },
      { path: ['list', 1, 'x'], position: { line: 1, column: 46 } },
    ]);
  });

  it('reports syntax errors with their offsets', () => {
    expect(locateJson('{"a": 1,\n}').syntaxErrors[0]).toMatchObject({ offset: 9, hint: 'remove the trailing comma before it' });
  });
});
