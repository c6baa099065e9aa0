import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTreaty } from '../../src/corpus/parse-document.js';
import { ROOT } from '../helpers/run-cli.js';

const valid = readFileSync(`${ROOT}data/treaties/ussr-dprk-1961.json`, 'utf8');

describe('parseTreaty', () => {
  it('reads a bundled treaty with defaults applied', () => {
    const parsed = parseTreaty('x.json', valid);
    expect(parsed.problems).toEqual([]);
    expect(parsed.treaty?.id).toBe('ussr-dprk-1961');
    // "paragraphs" may be left out of a missing article; it reads as an empty list.
    expect(parsed.treaty?.texts[0]?.articles[5]).toMatchObject({ number: '6', status: 'missing', paragraphs: [] });
  });

  it('locates a trailing comma and says how to fix it', () => {
    const text = '{\n  "id": "x",\n  "aliases": ["a",]\n}';
    const [problem, ...rest] = parseTreaty('x.json', text).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'json-syntax', file: 'x.json', line: 3, column: 19, args: { hint: 'remove the trailing comma before it' } });
  });

  it('locates a truncated file at its end', () => {
    const problems = parseTreaty('x.json', valid.slice(0, 200)).problems;
    expect(problems[0]?.code).toBe('json-syntax');
    expect(problems[0]?.args.hint).toMatch(/truncated/);
  });

  it('reports a top-level array as a schema problem, not a crash', () => {
    expect(parseTreaty('x.json', '[1, 2]').problems).toMatchObject([{ code: 'schema', args: { detail: 'expected object, found an array' } }]);
  });

  it('reports an empty file', () => {
    expect(parseTreaty('x.json', ' \n').problems).toMatchObject([{ code: 'file-empty', line: 1 }]);
  });

  it('refuses JSON nested deeper than a treaty can be', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(parseTreaty('x.json', deep).problems).toMatchObject([{ code: 'json-too-deep', line: 1, column: 65 }]);
  });

  it('points a missing required field at its parent object and names it', () => {
    const text = valid.replace(/\n  "title": "[^"]*",/, '');
    const problems = parseTreaty('x.json', text).problems;
    expect(problems).toEqual([
      expect.objectContaining({ code: 'schema', pointer: '/title', line: 1, column: 1, args: { detail: 'required field "title" is missing (expected string)' } }),
    ]);
  });

  it('points an unknown field at its key', () => {
    const text = valid.replace('"shortTitle"', '"shortTitel"');
    const problems = parseTreaty('x.json', text).problems;
    const unknown = problems.find((p) => p.code === 'schema-unknown-key');
    expect(unknown).toMatchObject({ pointer: '/shortTitel', args: { key: 'shortTitel' } });
    const lines = text.split('\n');
    expect(lines[(unknown?.line ?? 0) - 1]?.slice((unknown?.column ?? 0) - 1)).toMatch(/^"shortTitel"/);
  });

  it('locates a wrong type deep inside the texts', () => {
    const text = valid.replace('"number": "3"', '"number": 3');
    const [problem] = parseTreaty('x.json', text).problems;
    expect(problem).toMatchObject({ code: 'schema', pointer: '/texts/0/articles/2/number', args: { detail: 'expected string, found number 3' } });
    expect(text.split('\n')[(problem?.line ?? 0) - 1]).toContain('"number": 3');
  });
});
