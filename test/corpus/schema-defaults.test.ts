import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../src/contract/json-schemas.js';
import { applyDefaults, defaultsOf } from '../../src/corpus/schema-defaults.js';

describe('defaultsOf', () => {
  it('finds every default of the treaty schema, with its path', () => {
    expect(defaultsOf(jsonSchemaFor('treaty'))).toEqual([
      { path: ['aliases'], value: [] },
      { path: ['texts', '*', 'preamble', 'paragraphs'], value: [] },
      { path: ['texts', '*', 'articles', '*', 'paragraphs'], value: [] },
      { path: ['texts', '*', 'closing', 'paragraphs'], value: [] },
    ]);
  });

  it('follows local $refs, and stops at a schema that refers to itself', () => {
    const schema = {
      $defs: { node: { type: 'object', properties: { tags: { type: 'array', default: ['x'] }, child: { $ref: '#/$defs/node' } } } },
      type: 'object',
      properties: { root: { $ref: '#/$defs/node' } },
    };
    expect(defaultsOf(schema)).toEqual([{ path: ['root', 'tags'], value: ['x'] }]);
  });

  it('refuses a default it could only apply by choosing a branch of a union', () => {
    const schema = { type: 'object', properties: { a: { anyOf: [{ type: 'object', properties: { b: { default: 1 } } }, { type: 'string' }] } } };
    expect(() => defaultsOf(schema)).toThrow(/anyOf.*\/a/);
  });
});

describe('applyDefaults', () => {
  const rules = defaultsOf(jsonSchemaFor('treaty'));

  it('fills absent properties along the path, in every array item, and keeps present ones', () => {
    const doc = { texts: [{ articles: [{ number: '1' }, { number: '2', paragraphs: ['kept'] }], closing: {} }, { articles: [] }] };
    expect(applyDefaults(doc, rules)).toEqual({
      aliases: [],
      texts: [{ articles: [{ number: '1', paragraphs: [] }, { number: '2', paragraphs: ['kept'] }], closing: { paragraphs: [] } }, { articles: [] }],
    });
  });

  it('gives each place its own copy of the default', () => {
    const doc = applyDefaults({ texts: [{ articles: [{}, {}] }] }, rules) as { texts: Array<{ articles: Array<{ paragraphs: string[] }> }> };
    const [a, b] = doc.texts[0]?.articles ?? [];
    a?.paragraphs.push('only in the first');
    expect(b?.paragraphs).toEqual([]);
  });

  it('skips values of the wrong shape instead of failing', () => {
    expect(applyDefaults({ aliases: null, texts: 'none' }, rules)).toEqual({ aliases: null, texts: 'none' });
  });
});
