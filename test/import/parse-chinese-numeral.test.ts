import { describe, expect, it } from 'vitest';
import { parseChineseArticleNumber, parseChineseNumeral } from '../../src/import/parse-chinese-numeral.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['〇', 0],
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['五十一', 51],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百〇一', 101],
    ['一百一十', 110],
    ['一百一十一', 111],
    ['二百八十七', 287],
    ['三百二十', 320],
    ['一千', 1000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千一百', 1100],
    ['九千九百九十九', 9999],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    ['一〇〇', 100],
    ['一〇一', 101],
    ['一一〇', 110],
    ['一一一', 111],
    ['三二〇', 320],
  ])('reads the positional %s (as UNCLOS numbers its articles) as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '一十五', '一百十', '一百一', '十十', '百', '一百零', '零一', '〇一', '二百零零一', '一萬', '1', 'X', '五十一 ', '一一一一一', '一'.repeat(30)])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );
});

describe('parseChineseArticleNumber', () => {
  it.each([
    ['一', '1'],
    ['五十一', '51'],
    ['二百八十七', '287'],
    ['一百零一', '101'],
    ['一〇一', '101'],
    ['八之二', '8 bis'],
    ['十五之二', '15 bis'],
    ['十五之三', '15 ter'],
    ['十之四', '10 quater'],
  ])('reads %s as %j', (text, number) => {
    expect(parseChineseArticleNumber(text)).toBe(number);
  });

  it.each(['〇', '八之', '八之一', '八之二之三', '之二', 'Article 1', '第一條'])('rejects %j', (text) => {
    expect(parseChineseArticleNumber(text)).toBeUndefined();
  });
});
