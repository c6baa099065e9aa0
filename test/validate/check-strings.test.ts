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

  it('checks gap markers and whitespace in paragraphs only, control characters everywhere', () => {
    expect(codes('see [...] below', ['notes', 0])).toEqual([]);
    expect(codes('Title ', ['title'])).toEqual([]);
    expect(codes('Title\u001b[2J', ['title'])).toEqual(['error:ansi-escape']);
    expect(codes('Title\u2029', ['title'])).toEqual(['error:control-character']);
  });
});

describe('checkStrings', () => {
  it('walks nested documents and reports the path of each bad string', () => {
    const findings = checkStrings({ parties: [{ name: 'ok' }, { name: 'bad\u0007' }] });
    expect(findings).toMatchObject([{ code: 'control-character', path: ['parties', 1, 'name'], args: { char: 'U+0007', index: 3 } }]);
  });
});
