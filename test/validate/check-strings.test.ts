import { describe, expect, it } from 'vitest';
import { checkString, checkStrings } from '../../src/validate/check-strings.js';

const paragraph = ['texts', 0, 'articles', 0, 'paragraphs', 0];
const codes = (value: string, path: (string | number)[] = paragraph) => checkString(value, path).map((f) => `${f.severity}:${f.code}`);

describe('checkString', () => {
  it('passes real treaty text, including typographic quotes and non-Latin scripts', () => {
    expect(codes("each other’s internal affairs — “in good and due form”")).toEqual([]);
    expect(codes('Договор о дружбе, сотрудничестве и взаимной помощи')).toEqual([]);
    expect(codes('조·소 우호협조 및 호상원조에 관한 조약')).toEqual([]);
  });

  it.each([
    ['an ANSI colour escape', 'the \u001b[31mother\u001b[0m side', 'error:ansi-escape'],
    ['a terminal title escape (OSC)', 'x\u001b]0;pwned\u0007y', 'error:ansi-escape'],
    ['a NUL', 'a\u0000b', 'error:control-character'],
    ['a C1 control', 'a\u0085b', 'error:control-character'],
    ['a tab', 'a\tb', 'error:control-character'],
    ['a line break in a paragraph', 'first line\nsecond line', 'error:paragraph-line-break'],
    ['a Unicode line separator in a paragraph', 'first line\u2028second line', 'error:paragraph-line-break'],
    ['a zero-width space', 'Arti\u200bcle', 'error:zero-width'],
    ['an invisible operator', 'a\u2062b', 'error:zero-width'],
    ['a deprecated format control', 'a\u206ab', 'error:zero-width'],
    ['a right-to-left override', 'Article \u202e15', 'error:bidi-control'],
    ['a directional isolate', 'Article \u206615\u2069', 'error:bidi-control'],
    ['a zero-width joiner (legitimate in some scripts)', 'a\u200db', 'warning:zero-width'],
    ['a right-to-left mark', 'a\u200fb', 'warning:bidi-control'],
    ['a decomposed accent (not NFC)', 'Re\u0301publique', 'error:text-not-nfc'],
    ['leading whitespace', ' The Parties', 'error:paragraph-whitespace'],
    ['an empty paragraph', '', 'error:paragraph-empty'],
    ['a gap marker', 'and with [...]', 'error:gap-marker'],
    ['a gap marker with an ellipsis character', 'and with […]', 'error:gap-marker'],
  ])('flags %s', (_name, value, expected) => {
    expect(codes(value)).toContain(expected);
  });

  it('finds gap markers among brackets as the importer reads them, in time linear in the text', () => {
    expect(codes('[ab[ . . . ]cd')).toContain('error:gap-marker');
    expect(codes('Article 3 [of the Charter] applies.')).not.toContain('error:gap-marker');
    // Too long to be a marker, and once a stack overflow (a backtracking entry per dot).
    expect(codes(`[${'.'.repeat(4_000_000)}]`)).not.toContain('error:gap-marker');
  });

  it('checks gap markers and whitespace in paragraphs only, control characters everywhere', () => {
    expect(codes('see [...] below', ['notes', 0])).toEqual([]);
    expect(codes('Title ', ['title'])).toEqual([]);
    expect(codes('Title\u001b[2J', ['title'])).toEqual(['error:ansi-escape']);
    expect(codes('Title\u2029', ['title'])).toEqual(['error:control-character']);
  });
});

// Default_Ignorable_Code_Point beyond the zero-width and bidi classes, and U+FFF9–FFFB: each reported
// with its code point, kind and place (src/model/invisible-characters.ts).
describe('checkString: invisible characters', () => {
  const invisible = (value: string) =>
    checkString(value, paragraph)
      .filter((f) => f.code === 'invisible-character')
      .map((f) => `${f.severity} ${String(f.args.char)} ${String(f.args.kind)} ${String(f.args.index)}`);

  it.each([
    ['a tag character (ASCII smuggling)', 'Art\u{E0041}icle', 'error U+E0041 tag 3'],
    ['a run of tags spelling hidden text', 'ok\u{E0001}\u{E0068}\u{E0069}', 'error U+E0001 tag 2'],
    ['CANCEL TAG', 'a\u{E007F}', 'error U+E007F tag 1'],
    ['a Hangul filler', 'a\u3164b', 'error U+3164 hangul-filler 1'],
    ['a halfwidth Hangul filler', 'a\uFFA0b', 'error U+FFA0 hangul-filler 1'],
    ['an interlinear annotation anchor', 'a\uFFF9b', 'error U+FFF9 annotation 1'],
    ['an interlinear annotation separator', 'a\uFFFAb', 'error U+FFFA annotation 1'],
    ['an interlinear annotation terminator', 'a\uFFFBb', 'error U+FFFB annotation 1'],
    ['a soft hyphen', 'con\u00ADsult', 'error U+00AD soft-hyphen 3'],
    ['a combining grapheme joiner', 'a\u034Fb', 'error U+034F grapheme-joiner 1'],
    ['a Khmer inherent vowel', 'a\u17B4', 'error U+17B4 khmer-inherent-vowel 1'],
    ['a shorthand format control', 'a\u{1BCA0}', 'error U+1BCA0 format 1'],
    ['an unassigned default-ignorable code point', 'a\u2065b', 'error U+2065 unassigned 1'],
    ['a variation selector with nothing to select', '\uFE0Fstart', 'error U+FE0F variation-selector 0'],
    ['a variation selector after a space', 'a \uFE0F', 'error U+FE0F variation-selector 2'],
    ['a second variation selector in a row (a payload)', '\u2764\uFE0F\uFE01', 'error U+FE01 variation-selector 2'],
    ['a supplementary variation selector after another', '\u845B\u{E0100}\u{E0101}', 'error U+E0101 variation-selector 3'],
    ['a Mongolian free variation selector (the script needs it)', '\u1820\u180B', 'warning U+180B mongolian-selector 1'],
  ])('flags %s', (_name, value, expected) => {
    expect(invisible(value)).toEqual([expected]);
  });

  it.each([
    ['an emoji with VS16', '\u2764\uFE0F'],
    ['a keycap sequence', '1\uFE0F\u20E3'],
    ['an ideographic variation sequence', '\u845B\u{E0100}'],
    ['a selector after a non-Latin letter', 'ж\uFE00'],
  ])('accepts a variation selector in place: %s', (_name, value) => {
    expect(checkString(value, paragraph)).toEqual([]);
  });

  it('leaves the joiners and marks some scripts need to their own codes, as warnings', () => {
    expect(codes('می\u200cخواهم')).toEqual(['warning:zero-width']);
    expect(codes('\u200fשלום')).toEqual(['warning:bidi-control']);
  });

  it('reports the first error and the first warning of a string, not every character', () => {
    expect(invisible('\u1820\u180B a\u3164\u3164 \u{E0041}')).toEqual(['warning U+180B mongolian-selector 1', 'error U+3164 hangul-filler 4']);
  });
});

describe('checkStrings', () => {
  it('walks nested documents and reports the path of each bad string', () => {
    const findings = checkStrings({ parties: [{ name: 'ok' }, { name: 'bad\u0007' }] });
    expect(findings).toMatchObject([{ code: 'control-character', path: ['parties', 1, 'name'], args: { char: 'U+0007', index: 3 } }]);
  });
});
