// The invisible characters are written out as ranges (a property class costs start-up time): check them
// against Default_Ignorable_Code_Point as the running Node knows it, so a new Unicode version cannot slip by.
import { describe, expect, it } from 'vitest';
import { INVISIBLE_CLASS, invisibleKind, isAllowedInvisible, isInvisibleCodePoint, isSelectingVariation } from '../../src/model/invisible-characters.js';

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ANNOTATION = (cp: number) => cp >= 0xfff9 && cp <= 0xfffb;

describe('invisible characters', () => {
  it('are exactly Default_Ignorable_Code_Point and U+FFF9–FFFB, in the class and in the predicate', () => {
    const inClass = new RegExp(`^[${INVISIBLE_CLASS}]$`, 'u');
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const expected = DEFAULT_IGNORABLE.test(c) || ANNOTATION(cp);
      if (inClass.test(c) !== expected || isInvisibleCodePoint(cp) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['E0041', 'tag'],
    ['3164', 'hangul-filler'],
    ['FFFA', 'annotation'],
    ['00AD', 'soft-hyphen'],
    ['034F', 'grapheme-joiner'],
    ['FE0F', 'variation-selector'],
    ['E01EF', 'variation-selector'],
    ['200D', 'joiner'],
    ['202E', 'bidi-format'],
    ['200B', 'zero-width'],
    ['E0FFF', 'unassigned'],
  ])('U+%s is a %s', (hex, kind) => {
    expect(invisibleKind(Number.parseInt(hex, 16))).toBe(kind);
  });

  it('lets a variation selector stand only straight after a visible character', () => {
    expect(isSelectingVariation('\u2764\uFE0F', 1)).toBe(true);
    expect(isSelectingVariation('\u{1F3F3}\uFE0F', 2)).toBe(true);
    expect(isSelectingVariation('\uFE0F', 0)).toBe(false);
    expect(isSelectingVariation(' \uFE0F', 1)).toBe(false);
    expect(isSelectingVariation('\u00A0\uFE0F', 1)).toBe(false);
    expect(isSelectingVariation('a\uFE0F\uFE0F', 2)).toBe(false);
    expect(isSelectingVariation('a\u{E0041}\uFE0F', 3)).toBe(false);
  });

  it('allows in a valid text only what scripts need and selectors in place', () => {
    expect(isAllowedInvisible('a\u200db', 1, 0x200d)).toBe(true);
    expect(isAllowedInvisible('\u1820\u180b', 1, 0x180b)).toBe(true);
    expect(isAllowedInvisible('a\uFE0F', 1, 0xfe0f)).toBe(true);
    expect(isAllowedInvisible('a\u3164', 1, 0x3164)).toBe(false);
    expect(isAllowedInvisible('a\u200b', 1, 0x200b)).toBe(false);
  });
});
