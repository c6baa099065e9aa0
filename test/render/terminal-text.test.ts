import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, safeDataText, safeLines, safeText, wrapText } from '../../src/render/terminal-text.js';
import { clusterCount, cutsInsideClusters } from '../helpers/graphemes.js';
import { wellFormedText } from '../properties/arbitraries.js';

// Strings of any code point, weighted towards the ones that drive or disguise a terminal.
const hostileChar = fc.oneof(
  fc.constantFrom('\u001b', '\u0007', '\b', '\r', '\n', '\t', '\u0000', '\u007f', '\u0085', '\u009b', '\u202e', '\u2066', '\u2069', '\u200b', '\u200d', '\u2028', '\ufeff', '\u{E0041}', '\u3164', '\ufff9', '\u00ad', '\u034f', '\ufe0f', '[', 'm', ' '),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const anyText = fc.string({ unit: hostileChar, maxLength: 40 });
// Controls, the line and paragraph separators, and every invisible character (Default_Ignorable_Code_Point
// and U+FFF9–FFFB) but a variation selector straight after a visible character.
const VARIATION_SELECTOR = '[\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}]';
const UNSAFE = new RegExp(
  [
    '[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\uFFF9-\\uFFFB]',
    `(?!${VARIATION_SELECTOR})\\p{Default_Ignorable_Code_Point}`,
    `(?<=^|[\\s\\p{Cc}\\p{Default_Ignorable_Code_Point}])${VARIATION_SELECTOR}`,
  ].join('|'),
  'u',
);

describe('safeText', () => {
  it('leaves ordinary text alone', () => {
    const text = "each other’s — «Статья 1» 제1조 第一条 Re\u0301publique";
    expect(safeText(text)).toBe(text);
  });

  it('turns escapes and controls into visible, inert marks', () => {
    const hostile = 'a\u001b[31mred\u0007\u202eevil\u200b\u009b';
    const safe = safeText(hostile);
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u200b]/u);
    expect(safe).toBe('a␛[31mred␇<U+202E>evil<U+200B><U+009B>');
  });

  it('leaves nothing that could drive a terminal in any string, and changes nothing twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const safe = safeText(text);
        expect(safe).not.toMatch(UNSAFE);
        expect(safeText(safe)).toBe(safe);
      }),
    );
  });
});

describe('safeText: invisible characters', () => {
  it.each([
    ['a tag character', 'Art\u{E0041}icle', 'Art<U+E0041>icle'],
    ['a Hangul filler', 'a\u3164b', 'a<U+3164>b'],
    ['interlinear annotation controls', '\uFFF9a\uFFFAb\uFFFB', '<U+FFF9>a<U+FFFA>b<U+FFFB>'],
    ['a soft hyphen', 'con\u00ADsult', 'con<U+00AD>sult'],
    ['a combining grapheme joiner', 'a\u034Fb', 'a<U+034F>b'],
    ['a Mongolian free variation selector', '\u1820\u180B', '\u1820<U+180B>'],
    ['a variation selector with nothing to select', ' \uFE0F', ' <U+FE0F>'],
    ['a run of variation selectors after an emoji (a payload)', '\u2764\uFE0F\uFE01\u{E0100}', '\u2764\uFE0F<U+FE01><U+E0100>'],
  ])('marks %s', (_name, text, expected) => {
    expect(safeText(text)).toBe(expected);
  });

  it('keeps a variation selector that selects the form of the character before it', () => {
    for (const text of ['\u2764\uFE0F', '1\uFE0F\u20E3', '\u845B\u{E0100}', '\u{1F3F3}\uFE0F']) expect(safeText(text)).toBe(text);
  });
});

describe('safeLines', () => {
  it('keeps line breaks and makes the rest inert', () => {
    expect(safeLines('a\u001b[2J\nb\r\n')).toBe('a␛[2J\nb␍\n');
    fc.assert(
      fc.property(anyText, (text) => {
        expect(safeLines(text).replace(/\n/g, '')).not.toMatch(UNSAFE);
      }),
    );
  });
});

describe('safeDataText', () => {
  it('keeps line breaks and what a valid treaty text may contain, exactly', () => {
    // Persian needs ZWNJ, Arabic and Hebrew directional marks.
    const valid = 'می\u200cخواهم\n\u200fשלום\u200e ok «Статья 1»';
    expect(safeDataText(valid)).toBe(valid);
    // Mongolian needs its free variation selectors; an emoji its VS16.
    expect(safeDataText('\u1820\u180B \u2764\uFE0F')).toBe('\u1820\u180B \u2764\uFE0F');
  });

  it('marks the invisible characters no valid text may hold', () => {
    expect(safeDataText('a\u{E0041}\u3164\uFFF9\u00AD\u034F \uFE0F')).toBe('a<U+E0041><U+3164><U+FFF9><U+00AD><U+034F> <U+FE0F>');
  });

  it('makes inert every character validate rejects', () => {
    expect(safeDataText('a\u001b[2J\tb\r\u0000\u007f\u009b\u202e\u2066\u200b\ufeff\u2028\u2062')).toBe('a␛[2J␉b␍␀␡<U+009B><U+202E><U+2066><U+200B><U+FEFF><U+2028><U+2062>');
    const rejected =
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\u2060-\u2064\u206a-\u206f\ufeff\u180e\u202a-\u202e\u2066-\u2069\u00ad\u034f\u115f\u1160\u17b4\u17b5\u2065\u3164\uffa0\ufff0-\ufffb\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e00ff}\u{e01f0}-\u{e0fff}]/u;
    fc.assert(
      fc.property(anyText, (text) => {
        expect(safeDataText(text)).not.toMatch(rejected);
      }),
    );
  });
});

describe('displayWidth', () => {
  it('counts columns: CJK wide, combining marks zero, our colour codes nothing', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('조약')).toBe(4);
    expect(displayWidth('第一条')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
  });
});

describe('wrapText', () => {
  const sentence =
    'Should either of the Contracting Parties suffer armed attack by any State or coalition of States and thus find itself in a state of war';

  it('never exceeds the width and never alters a word', () => {
    for (const width of [11, 20, 33, 80]) {
      const lines = wrapText(sentence, width);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(sentence);
    }
    // Narrower than "Contracting": that word is split, but no character is lost.
    expect(wrapText(sentence, 10).join('').replace(/ /g, '')).toBe(sentence.replace(/ /g, ''));
  });

  it('breaks a word longer than the line', () => {
    expect(wrapText('https://example.org/a/very/long/path', 10)).toEqual(['https://ex', 'ample.org/', 'a/very/lon', 'g/path']);
  });

  it('wraps CJK text by columns, not characters', () => {
    const lines = wrapText('조약조약조약', 5);
    expect(lines).toEqual(['조약', '조약', '조약']);
  });

  it('cuts a long word only between grapheme clusters', () => {
    // Found by the property below: the family emoji was cut at its joiners, the accent left on the next line.
    expect(wrapText('👨\u200d👩\u200d👧e\u0301', 2)).toEqual(['👨\u200d👩\u200d👧', 'e\u0301']);
    expect(wrapText('abe\u0301cd', 3)).toEqual(['abe\u0301', 'cd']);
  });

  const oneLine = fc.oneof(anyText, wellFormedText).map((t) => t.replace(/[\n\r\u0085\u2028\u2029]/gu, ' '));

  it('keeps every character but the spaces it wraps at, and fits any text in the width', () => {
    fc.assert(
      fc.property(oneLine, fc.integer({ min: 2, max: 60 }), (text, width) => {
        const lines = wrapText(text, width);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
        // Only a grapheme cluster wider than the line (an emoji sequence in a narrow column) may overflow it.
        for (const line of lines) if (displayWidth(line) > width) expect(clusterCount(line)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('breaks a word longer than the line only between grapheme clusters', () => {
    const word = oneLine.map((t) => t.replace(/\s/gu, '')).filter((t) => t !== '');
    fc.assert(
      fc.property(word, fc.integer({ min: 2, max: 12 }), (text, width) => {
        const lines = wrapText(text, width);
        expect(lines.join('')).toBe(text);
        expect(cutsInsideClusters(text, lines)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
