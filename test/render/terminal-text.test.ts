import { describe, expect, it } from 'vitest';
import { displayWidth, safeText, wrapText } from '../../src/render/terminal-text.js';

describe('safeText', () => {
  it('leaves ordinary text alone', () => {
    const text = "each other’s — «Статья 1» 제1조 第一条 Re\u0301publique";
    expect(safeText(text)).toBe(text);
  });

  it('turns escapes and controls into visible, inert marks', () => {
    const hostile = 'a\u001b[31mred\u0007\u202eevil\u200b\u009b';
    const safe = safeText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u200b]/u);
    expect(safe).toBe('a␛[31mred␇<U+202E>evil<U+200B><U+009B>');
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
});
