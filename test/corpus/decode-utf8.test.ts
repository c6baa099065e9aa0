import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidUtf8 } from '../../src/corpus/decode-utf8.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and strips a byte order mark, saying it was there', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"Статья"}')]);
    expect(decodeUtf8(withBom)).toEqual({ ok: true, text: '{"a":"Статья"}', bom: true });
  });

  it('gives the offset of the first invalid byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"a":"caf'), 0xe9, 0x22, 0x7d]);
    expect(decodeUtf8(latin1)).toEqual({ ok: false, byteOffset: 9 });
  });

  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong slash', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ['a truncated sequence', bytes(0x41, 0xe2, 0x82), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('finds %s', (_name, input, offset) => {
    expect(findInvalidUtf8(input)).toBe(offset);
  });

  it('accepts four-byte characters', () => expect(findInvalidUtf8(new TextEncoder().encode('𠀀😀'))).toBe(-1));
});
