// readHeadingLine on every heading form the plain-text importer accepts, on lines that only look like
// headings, and writeHeadingLine read back.
import { describe, expect, it } from 'vitest';
import { INLINE_TITLE_MAX, readHeadingLine, startsWithItemNumber, writeHeadingLine } from '../../src/import/plain-text-headings.js';

describe('readHeadingLine', () => {
  it.each([
    ['Article 1', '1'],
    ['Article I', 'I'],
    ['ARTICLE 1', '1'],
    ['ARTICLE XIV', 'XIV'],
    ['Art. 1', '1'],
    ['Art.1', '1'],
    ['Article 4 bis', '4 bis'],
    ['Article 4bis', '4bis'],
    ['Article 12A', '12A'],
    ['Article 1.', '1'],
    ['Статья 1', '1'],
    ['Статья 1.', '1'],
    ['СТАТЬЯ 12', '12'],
    ['제1조', '1'],
    ['제 1 조', '1'],
    ['제1조의2', '1 bis'],
    ['第一条', '1'],
    ['第一條', '1'],
    ['第1条', '1'],
    ['第１条', '1'],
    ['第五十一条', '51'],
    ['第一〇一條', '101'],
    ['第八条之二', '8 bis'],
  ])('reads %s as a bare heading numbered %s', (line, number) => {
    expect(readHeadingLine(line)).toMatchObject({ number, label: line });
    expect(readHeadingLine(line)).not.toHaveProperty('title');
    expect(readHeadingLine(line)).not.toHaveProperty('text');
  });

  it.each([
    ['Article 1 - Purposes', '1', 'Purposes'],
    ['Article 1 – Purposes and Principles', '1', 'Purposes and Principles'],
    ['ARTICLE I — PURPOSES', 'I', 'PURPOSES'],
    ['Article 1. Purposes', '1', 'Purposes'],
    ['Article 1: Definitions', '1', 'Definitions'],
    ['Article 1 (Purposes)', '1', 'Purposes'],
    ['Статья 1. Цели', '1', 'Цели'],
    ['제1조 (목적)', '1', '목적'],
    ['제1조(목적)', '1', '목적'],
    ['제2조 [정의]', '2', '정의'],
    ['第一条（目的）', '1', '目的'],
    ['第一条　目的', '1', '目的'],
  ])('keeps the title of %s in the label and in title', (line, number, title) => {
    expect(readHeadingLine(line)).toEqual({ number, ordinal: expect.any(Object), label: line, title });
  });

  it.each([
    ['Article 1. The Contracting Parties shall consult together.', 'Article 1.', 'The Contracting Parties shall consult together.'],
    ['Article 2 - The Parties undertake to settle disputes by peaceful means;', 'Article 2 -', 'The Parties undertake to settle disputes by peaceful means;'],
    ['ARTICLE III: the parties agree', 'ARTICLE III:', 'the parties agree'],
    ['Статья 1. Договаривающиеся Стороны заявляют.', 'Статья 1.', 'Договаривающиеся Стороны заявляют.'],
    ['第一条　缔约双方将继续尽一切努力。', '第一条', '缔约双方将继续尽一切努力。'],
    ['제1조 이 조약은 평화를 목적으로 한다.', '제1조', '이 조약은 평화를 목적으로 한다.'],
  ])('splits the run-in heading %s into label and text', (line, label, text) => {
    const heading = readHeadingLine(line);
    expect(heading).toMatchObject({ label, text });
    expect(heading).not.toHaveProperty('title');
  });

  it('splits a bracketed Korean title followed by text into label, title and text', () => {
    expect(readHeadingLine('제1조(목적) 이 조약은 평화를 목적으로 한다.')).toMatchObject({
      number: '1',
      label: '제1조(목적)',
      title: '목적',
      text: '이 조약은 평화를 목적으로 한다.',
    });
  });

  it('takes a long rest without final punctuation for text, not a title', () => {
    const rest = `The ${'very '.repeat(20)}long start`;
    expect(rest.length).toBeGreaterThan(INLINE_TITLE_MAX);
    expect(readHeadingLine(`Article 1. ${rest}`)).toMatchObject({ label: 'Article 1.', text: rest });
    const short = 'A'.repeat(INLINE_TITLE_MAX);
    expect(readHeadingLine(`Article 1. ${short}`)).toMatchObject({ title: short });
  });

  it.each([
    'Article 51 of the Charter of the United Nations applies.',
    'Article 60 applies mutatis mutandis to artificial islands.',
    'Article 88, fourth paragraph, notwithstanding, prisoners of war',
    'Article 1.5 of the Agreement provides that.',
    'Article 5 (a) applies.',
    'Article 5 (2)',
    'Article 5 (Purposes) of the Charter',
    'Article 12-A',
    'Article 1st',
    'Articles 1 and 2',
    'article 1',
    'Article',
    'Article 0',
    'Article IIII',
    'Article IC',
    'Art 1',
    'ARTICLES',
    'Статьи 1 и 2',
    '第二十五條所指人員落於敵方手中者，應為戰俘。',
    '第一類：中士以下之戰俘：八瑞士法郎。',
    '第三國之義務',
    '제1조에 따른 의무',
    '[...]',
    '',
  ])('does not read %j as a heading', (line) => {
    expect(readHeadingLine(line)).toBeUndefined();
  });
});

describe('startsWithItemNumber', () => {
  it.each(['1. The', '2) The', '(a) the', '(i) the', 'a) the', '(1) The', '(iv) the', '（一）締約國', '一、締約國', '12.'])('sees an item number in %j', (line) => {
    expect(startsWithItemNumber(line)).toBe(true);
  });
  it.each(['1961. The', '1.5 million', 'The 1. item', 'a.m. on', 'I. The', 'Article 1.'])('sees none in %j', (line) => {
    expect(startsWithItemNumber(line)).toBe(false);
  });
});

describe('writeHeadingLine', () => {
  it.each([
    ['1', 'en', 'Article 1'],
    ['IV', 'en', 'Article IV'],
    ['4 bis', 'fr', 'Article 4 bis'],
    ['1', 'ru', 'Статья 1'],
    ['1', 'ko', '제1조'],
    ['4 bis', 'ko', '제4조의2'],
    ['1', 'zh', '第1条'],
    ['1', 'zh-Hans', '第1条'],
    ['1', 'zh-Hant', '第1條'],
    ['1', 'zh-TW', '第1條'],
    ['8 bis', 'zh-Hant', '第8條之二'],
    ['15 ter', 'zh', '第15条之三'],
    ['1', 'ja', '第1条'],
    ['1', 'en-x-kcna', 'Article 1'],
  ])('writes %s in %s as %s', (number, lang, line) => {
    expect(writeHeadingLine(number, lang)).toBe(line);
  });

  it('writes lines that read back as the same number, in every language it knows', () => {
    const numbers = ['1', '9', '10', '51', '101', '320', '4 bis', '8 ter', '12A', 'I', 'XIV'];
    for (const lang of ['en', 'fr', 'ru', 'ko', 'zh', 'zh-Hant', 'ja'])
      for (const number of numbers) {
        if (/^[IVX]+$/u.test(number) && !['en', 'fr', 'ru'].includes(lang)) continue;
        const line = writeHeadingLine(number, lang);
        expect(readHeadingLine(line), `${lang} ${number}: ${line}`).toMatchObject({ number, label: line });
      }
  });
});
