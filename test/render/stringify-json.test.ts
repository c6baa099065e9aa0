import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyJson } from '../../src/render/stringify-json.js';

describe('stringifyJson', () => {
  it('escapes what JSON.stringify leaves raw and could drive or disguise a terminal', () => {
    const value = { 'k\u202e': 'a\u001b[2J\u007f\u009b31m\u202e\u2066x\u2069\u200b\u2028\ufeff' };
    expect(stringifyJson(value)).toBe('{\n  "k\\u202e": "a\\u001b[2J\\u007f\\u009b31m\\u202e\\u2066x\\u2069\\u200b\\u2028\\ufeff"\n}\n');
  });

  it('escapes every invisible character, a supplementary one as a surrogate pair', () => {
    const value = 'a\u{E0041}\u3164\uFFF9\u00AD\u034F\u2764\uFE0F\u{E0100}';
    const text = stringifyJson(value);
    expect(text).toBe('"a\\udb40\\udc41\\u3164\\ufff9\\u00ad\\u034f\u2764\\ufe0f\\udb40\\udd00"\n');
    expect(JSON.parse(text)).toBe(value);
  });

  it('parses back to the very same value, with no raw control, bidi or zero-width character', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 40 })), (value) => {
        const text = stringifyJson(value);
        expect(JSON.parse(text)).toEqual(value);
        expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}]/u);
      }),
    );
  });
});
