// parsePlainText on hand-made texts: headings, titles, run-in headings, paragraphs, closing, gaps,
// articleCount stubs, odd input, and hostile input. Every result is also checked to lose nothing.
import { describe, expect, it } from 'vitest';
import { type ParsedPlainText, type PlainTextOptions, parsePlainText, unplacedCharacters } from '../../src/import/parse-plain-text.js';
import { treatySchema, type TreatyInput } from '../../src/model/treaty.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';
import { expectCleanStrings, expectLossless } from '../export/plain-text-checks.js';

const lines = (...ls: string[]) => ls.join('\n');

/** Parses and checks the invariants every result must keep. */
function parse(source: string, options: Partial<PlainTextOptions> = {}): ParsedPlainText {
  const parsed = parsePlainText(source, { lang: 'en', ...options });
  expectLossless(source, parsed);
  expectCleanStrings(parsed);
  return parsed;
}

const numbers = (p: ParsedPlainText) => p.articles.map((a) => a.number);
const paragraphsOf = (p: ParsedPlainText) => p.articles.map((a) => a.paragraphs);

/** The parsed pieces in a whole treaty document, as an importer would write it. */
function asTreaty(parsed: ParsedPlainText, articleCount?: number): TreatyInput {
  const text: TreatyInput['texts'][number] = {
    lang: 'en',
    kind: 'translation',
    provenance: { sources: [{ title: 'test' }], notes: [...parsed.notes] },
    ...(parsed.preamble ? { preamble: parsed.preamble } : {}),
    articles: parsed.articles,
    ...(parsed.closing ? { closing: parsed.closing } : {}),
  };
  return {
    formatVersion: 1,
    id: 'test-treaty',
    title: 'A Treaty',
    shortTitle: 'Treaty',
    parties: [{ code: 'AAA', name: 'A' }],
    signed: {},
    ...(articleCount !== undefined ? { articleCount } : {}),
    texts: [text],
  };
}

function problemCodes(treaty: TreatyInput): string[] {
  const report = validateDocuments([{ file: 'test-treaty.json', text: JSON.stringify(treaty) }]);
  return report.map((p) => p.code);
}

describe('parsePlainText: headings', () => {
  it.each([
    ['Article 1', 'Article 2', ['1', '2']],
    ['Article I', 'Article II', ['I', 'II']],
    ['ARTICLE 1', 'ARTICLE 2', ['1', '2']],
    ['Art. 1', 'Art. 2', ['1', '2']],
    ['Article 4', 'Article 4 bis', ['4', '4 bis']],
    ['Article 12', 'Article 12A', ['12', '12A']],
    ['Статья 1', 'Статья 2', ['1', '2']],
    ['Статья 1.', 'Статья 2.', ['1', '2']],
    ['제1조', '제2조', ['1', '2']],
    ['제1조 (목적)', '제2조 (정의)', ['1', '2']],
    ['第一条', '第二条', ['1', '2']],
    ['第一條', '第二條', ['1', '2']],
    ['第1条', '第2条', ['1', '2']],
  ])('reads %s and %s', (first, second, expected) => {
    const parsed = parse(lines('Preamble text.', '', first, '', 'One.', '', second, '', 'Two.'));
    expect(numbers(parsed)).toEqual(expected);
    expect(parsed.articles.map((a) => a.label)).toEqual([first, second]);
    expect(paragraphsOf(parsed)).toEqual([['One.'], ['Two.']]);
    expect(parsed.preamble).toEqual({ paragraphs: ['Preamble text.'] });
  });

  it('keeps a title on the heading line in the label and in heading', () => {
    const parsed = parse(lines('Article 1 - Purposes', '', 'Text.', '', '제2조 (목적)', '', '본문.'));
    expect(parsed.articles).toEqual([
      { number: '1', label: 'Article 1 - Purposes', heading: 'Purposes', paragraphs: ['Text.'] },
      { number: '2', label: '제2조 (목적)', heading: '목적', paragraphs: ['본문.'] },
    ]);
  });

  it('takes a short line right under the heading line, with a blank line after it, for the title', () => {
    const parsed = parse(lines('Article 1', 'Purposes and Principles', '', 'The Purposes of the United Nations are:'));
    expect(parsed.articles).toEqual([
      { number: '1', label: 'Article 1', heading: 'Purposes and Principles', paragraphs: ['The Purposes of the United Nations are:'] },
    ]);
  });

  it.each([
    ['after a blank line', lines('Article 1', '', 'Purposes', '', 'Text.'), ['Purposes', 'Text.']],
    ['ending with a full stop', lines('Article 1', 'The Parties agree.', '', 'Text.'), ['The Parties agree.', 'Text.']],
    ['with no text after it', lines('Article 1', 'Purposes'), ['Purposes']],
    ['running on into the next line', lines('Article 1', 'The States Parties agree that', 'they will.'), ['The States Parties agree that they will.']],
    ['starting in lower case', lines('Article 1', 'the parties', '', 'Text.'), ['the parties', 'Text.']],
    ['numbered as an item', lines('Article 1', '(a) Scope', '', 'Text.'), ['(a) Scope', 'Text.']],
    ['too long', lines('Article 1', `Scope ${'and more '.repeat(20)}`, '', 'Text.'), [`Scope ${'and more '.repeat(20)}`.trim(), 'Text.']],
  ])('keeps a line under the heading as a paragraph when it is %s', (_, source, paragraphs) => {
    const [article] = parse(source).articles;
    expect(article).not.toHaveProperty('heading');
    expect(article?.paragraphs).toEqual(paragraphs);
  });

  it('splits a run-in heading into label and first paragraph, joining the lines that continue it', () => {
    const parsed = parse(
      lines('Article 1. The Contracting Parties declare', 'that they will continue.', '', 'Article 2. Each Party undertakes.', 'Article 3. Both agree.'),
    );
    expect(parsed.articles).toEqual([
      { number: '1', label: 'Article 1.', paragraphs: ['The Contracting Parties declare that they will continue.'] },
      { number: '2', label: 'Article 2.', paragraphs: ['Each Party undertakes.'] },
      { number: '3', label: 'Article 3.', paragraphs: ['Both agree.'] },
    ]);
  });

  it('reads a Chinese run-in heading', () => {
    const parsed = parse(lines('第一条　缔约双方将继续尽一切努力。', '', '第二条　缔约双方保证。'), { lang: 'zh' });
    expect(parsed.articles).toEqual([
      { number: '1', label: '第一条', paragraphs: ['缔约双方将继续尽一切努力。'] },
      { number: '2', label: '第二条', paragraphs: ['缔约双方保证。'] },
    ]);
  });

  it('finds headings with no blank lines around them, and points out chapter headings', () => {
    const parsed = parse(
      lines('CHAPTER I', 'PURPOSES AND PRINCIPLES', 'Article 1', 'The Purposes of the United Nations are:', '1. To maintain peace.', 'Article 2', 'The Organization shall act.'),
    );
    expect(parsed.preamble).toEqual({ paragraphs: ['CHAPTER I PURPOSES AND PRINCIPLES'] });
    expect(paragraphsOf(parsed)).toEqual([['The Purposes of the United Nations are:', '1. To maintain peace.'], ['The Organization shall act.']]);
    expect(parsed.notes.some((n) => n.startsWith('Line 1: "CHAPTER I" looks like the heading of a part'))).toBe(true);
  });

  it('keeps cross-references that look like headings as text', () => {
    const parsed = parse(
      lines('Article 1', '', 'Article 51 of the Charter applies.', '', 'Article 2', '', 'As provided in', 'Article 3.', '', 'Article 3', '', 'Text.'),
    );
    expect(numbers(parsed)).toEqual(['1', '2', '3']);
    expect(paragraphsOf(parsed)).toEqual([['Article 51 of the Charter applies.'], ['As provided in Article 3.'], ['Text.']]);
    expect(parsed.notes.some((n) => n.startsWith('Line 8:'))).toBe(true);
  });

  it('keeps an out-of-order run-in line as text and says so', () => {
    const parsed = parse(lines('Article 1', '', 'Text.', '', 'Article 2', '', 'Article 1. The rule above applies.'));
    expect(numbers(parsed)).toEqual(['1', '2']);
    expect(parsed.articles[1]?.paragraphs).toEqual(['Article 1. The rule above applies.']);
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.notes.some((n) => n.startsWith('Line 7:') && n.includes('order'))).toBe(true);
  });

  it('puts an out-of-order heading line and the text under it in unplaced, up to the next heading in order', () => {
    const parsed = parse(
      lines('Article 1', '', 'One.', '', 'Article 3', '', 'Three.', '', 'Article 3', '', 'Three again.', '[...]', '', 'Article 4', '', 'Four.'),
    );
    expect(numbers(parsed)).toEqual(['1', '3', '4']);
    expect(paragraphsOf(parsed)).toEqual([['One.'], ['Three.'], ['Four.']]);
    expect(parsed.unplaced).toEqual([
      { line: 9, text: 'Article 3', reason: 'heading-out-of-order' },
      { line: 11, text: 'Three again.', reason: 'under-heading-out-of-order' },
      { line: 12, text: '[...]', reason: 'under-heading-out-of-order' },
    ]);
  });

  it('gives articles whose numbers increase, so that the validator finds no order problem', () => {
    const parsed = parse(lines('Article 2', '', 'a.', '', 'Article 1', '', 'b.', '', 'Article 2', '', 'c.', '', 'Article 3', '', 'd.'));
    expect(numbers(parsed)).toEqual(['2', '3']);
    const codes = problemCodes(asTreaty(parsed));
    expect(codes).not.toContain('article-order');
    expect(codes).not.toContain('article-duplicate');
  });
});

describe('parsePlainText: paragraphs', () => {
  it('joins wrapped lines with one space and says how many', () => {
    const parsed = parse(lines('The Presidium of the Supreme Soviet', 'and the Presidium,', '', 'Anxious to develop', 'and strengthen', 'relations,'));
    expect(parsed.preamble?.paragraphs).toEqual(['The Presidium of the Supreme Soviet and the Presidium,', 'Anxious to develop and strengthen relations,']);
    expect(parsed.notes).toContain('3 line breaks inside paragraphs were joined with a space.');
  });

  it('starts a new paragraph at a line that opens with an item number', () => {
    const parsed = parse(
      lines('Article 1', '', 'The Purposes are:', '1. To maintain', 'peace;', '2) To develop', '(a) friendly', 'relations;', '(i) first;', 'a) second;', '(iv) fourth.'),
    );
    expect(parsed.articles[0]?.paragraphs).toEqual([
      'The Purposes are:',
      '1. To maintain peace;',
      '2) To develop',
      '(a) friendly relations;',
      '(i) first;',
      'a) second;',
      '(iv) fourth.',
    ]);
    expect(parsed.notes).toContain('2 line breaks inside paragraphs were joined with a space.');
  });

  it('joins wrapped Chinese lines without a space, and Korean ones with one', () => {
    const zh = parse(lines('第一条', '', '缔约双方将继续', '尽一切努力。'), { lang: 'zh-Hans' });
    expect(zh.articles[0]?.paragraphs).toEqual(['缔约双方将继续尽一切努力。']);
    expect(zh.notes).toContain('1 line breaks between CJK characters inside paragraphs were joined without a space.');
    const ko = parse(lines('제1조', '', '체약 쌍방은', '노력한다.'), { lang: 'ko' });
    expect(ko.articles[0]?.paragraphs).toEqual(['체약 쌍방은 노력한다.']);
  });

  it('changes no character but the whitespace at line ends', () => {
    const text = '“Quoted” — dashes – and ‘quotes’, co-operation, naïve, 	tab inside';
    const parsed = parse(lines(`  ${text}  `, '\t'));
    expect(parsed.preamble?.paragraphs).toEqual([text]);
  });
});

describe('parsePlainText: closing', () => {
  it.each([
    'DONE at Moscow on 6 July 1961, in two copies.',
    'Done at Geneva this twelfth day of August 1949.',
    'Done in duplicate at Pyongyang.',
    'IN WITNESS WHEREOF the plenipotentiaries have signed this Treaty.',
    'In witness whereof the undersigned have signed.',
    'In witness thereof the undersigned have signed.',
    'Совершено в Москве 6 июля 1961 года.',
    'В удостоверение чего Уполномоченные подписали настоящий Договор.',
    '이상의 증거로 쌍방 전권대표들은 이 조약에 서명하였다.',
    '本条约于一九六一年七月十一日在北京签订。',
    '為此，下列全權代表在本條約上簽字，以昭信守。',
    'FAIT à Paris, le 1er janvier.',
  ])('starts the closing at %j after the last article', (cue) => {
    const parsed = parse(lines('Article 1', '', 'Text.', '', cue, '', 'For the USSR:', 'N. Khrushchev'));
    expect(parsed.articles).toEqual([{ number: '1', label: 'Article 1', paragraphs: ['Text.'] }]);
    expect(parsed.closing).toEqual({ paragraphs: [cue, 'For the USSR: N. Khrushchev'] });
  });

  it('does not end an earlier article at a cue, nor take a cue for the closing before the last article has text', () => {
    const parsed = parse(lines('Article 1', '', 'Done at the request of a Party, the consultation is held.', '', 'Article 2', 'DONE at Moscow.', '', 'Text.'));
    expect(parsed.closing).toBeUndefined();
    expect(paragraphsOf(parsed)).toEqual([['Done at the request of a Party, the consultation is held.'], ['DONE at Moscow.', 'Text.']]);
  });

  it('does not take a cue in the middle of a sentence for the closing', () => {
    const parsed = parse(lines('Article 1', '', 'The Treaty was', 'Done at Moscow.'));
    expect(parsed.closing).toBeUndefined();
    expect(parsed.articles[0]?.paragraphs).toEqual(['The Treaty was Done at Moscow.']);
  });

  it('has no closing without headings', () => {
    const parsed = parse(lines('The parties agree.', '', 'DONE at Moscow.'));
    expect(parsed.closing).toBeUndefined();
    expect(parsed.preamble?.paragraphs).toEqual(['The parties agree.', 'DONE at Moscow.']);
  });

  it('puts an out-of-order heading in the closing (an annex) in unplaced', () => {
    const parsed = parse(lines('Article 1', '', 'Text.', '', 'DONE at Moscow.', '', 'ANNEX', '', 'Article 1', '', 'Annex text.'));
    expect(parsed.closing).toEqual({ paragraphs: ['DONE at Moscow.', 'ANNEX'] });
    expect(parsed.unplaced.map((u) => u.reason)).toEqual(['heading-out-of-order', 'under-heading-out-of-order']);
  });
});

describe('parsePlainText: gaps', () => {
  it('records gaps in the preamble, after a heading and at the end of an article', () => {
    const parsed = parse(
      lines('First.', '', '[...]', '', 'Second.', '', 'Article 1', '', '[…]', '', 'Later.', '', 'Article 2', '', 'Cut off', '', '[...]', '', 'Article 3', '', 'Whole.'),
    );
    expect(parsed.preamble).toEqual({ status: 'partial', paragraphs: ['First.', 'Second.'], gaps: [1] });
    expect(parsed.articles).toEqual([
      { number: '1', label: 'Article 1', status: 'partial', paragraphs: ['Later.'], gaps: [0] },
      { number: '2', label: 'Article 2', status: 'partial', paragraphs: ['Cut off'], gaps: [1] },
      { number: '3', label: 'Article 3', paragraphs: ['Whole.'] },
    ]);
    expect(parsed.closing).toBeUndefined();
  });

  it('marks a block that is only a gap missing', () => {
    const parsed = parse(lines('[...]', '', 'Article 1', '', '[...]', '', 'Article 2', '', 'Text.'));
    expect(parsed.preamble).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.articles[0]).toEqual({ number: '1', label: 'Article 1', status: 'missing', paragraphs: [] });
  });

  it('reads a gap marker between two lines of a paragraph as the end of the paragraph', () => {
    const parsed = parse(lines('First part', '[...]', 'second part.'));
    expect(parsed.preamble).toEqual({ status: 'partial', paragraphs: ['First part', 'second part.'], gaps: [1] });
  });

  it('reads gap markers in a row as one gap', () => {
    const parsed = parse(lines('One.', '', '[...]', '', '[...]', '', 'Two.'));
    expect(parsed.preamble).toEqual({ status: 'partial', paragraphs: ['One.', 'Two.'], gaps: [1] });
    expect(parsed.notes).toContain('1 gap markers right after another gap marker were read as part of the same gap.');
  });

  it('marks an article with a heading and nothing under it missing, with a note', () => {
    const parsed = parse(lines('Article 1', '', 'Article 2', '', 'Text.'));
    expect(parsed.articles[0]).toEqual({ number: '1', label: 'Article 1', status: 'missing', paragraphs: [] });
    expect(parsed.notes.some((n) => n.includes('"Article 1" has no text'))).toBe(true);
  });

  it('adds the missing articles after a final gap from articleCount, in Arabic numerals, and a missing closing', () => {
    const parsed = parse(lines('Article 1', '', 'One.', '', 'Article 2', '', 'Two', '', '[...]', ''), { articleCount: 4 });
    expect(numbers(parsed)).toEqual(['1', '2', '3', '4']);
    expect(parsed.articles.slice(2)).toEqual([
      { number: '3', status: 'missing', paragraphs: [] },
      { number: '4', status: 'missing', paragraphs: [] },
    ]);
    expect(parsed.articles[1]).toMatchObject({ status: 'partial', gaps: [1] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.notes.some((n) => n.includes('Articles 3–4 were added as missing'))).toBe(true);
    expect(problemCodes(asTreaty(parsed, 4))).toEqual([]);
  });

  it('numbers the added articles in Roman numerals after a Roman one, and after an inserted one by its value', () => {
    expect(numbers(parse(lines('Article I', '', 'One.', '', 'Article II', '', '[...]'), { articleCount: 5 }))).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(numbers(parse(lines('Article 1', '', 'One.', '', 'Article 1 bis', '', '[...]'), { articleCount: 3 }))).toEqual(['1', '1 bis', '2']);
  });

  it('adds no articles without a final gap or without articleCount, and says why', () => {
    const noGap = parse(lines('Article 1', '', 'One.'), { articleCount: 3 });
    expect(numbers(noGap)).toEqual(['1']);
    expect(noGap.closing).toBeUndefined();
    expect(noGap.notes.some((n) => n.includes('does not end with a gap'))).toBe(true);

    const noCount = parse(lines('Article 1', '', 'One', '', '[...]'));
    expect(numbers(noCount)).toEqual(['1']);
    expect(noCount.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(noCount.notes.some((n) => n.includes('give articleCount'))).toBe(true);
  });

  it('gives a final gap in a detected closing to the closing', () => {
    const parsed = parse(lines('Article 1', '', 'One.', '', 'DONE at Moscow.', '', '[...]'), { articleCount: 3 });
    expect(numbers(parsed)).toEqual(['1']);
    expect(parsed.closing).toEqual({ status: 'partial', paragraphs: ['DONE at Moscow.'], gaps: [1] });
  });
});

const missing = (...ns: string[]) => ns.map((number) => ({ number, status: 'missing', paragraphs: [] }));

describe('parsePlainText: numbering', () => {
  it('reads a gap before a first heading "ARTICLE V" as Articles I–IV missing, numbered in its style', () => {
    const parsed = parse(lines('[...]', '', 'ARTICLE V', '', 'The Parties shall consult.'));
    expect(parsed.preamble).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.articles).toEqual([...missing('I', 'II', 'III', 'IV'), { number: 'V', label: 'ARTICLE V', paragraphs: ['The Parties shall consult.'] }]);
    expect(parsed.notes.some((n) => n.includes('a gap stands before the first heading, "ARTICLE V": Articles I–IV were recorded as missing'))).toBe(true);
    expect(problemCodes(asTreaty(parsed))).toEqual([]);
  });

  it('fills from 1 to articleCount around a text that starts and ends with gaps', () => {
    // Once recorded as "1 of 1 articles", and with articleCount 10 as Articles V–XIV, which validate accepted.
    const parsed = parse(lines('[...]', '', 'ARTICLE V', '', 'The Parties shall consult.', '', '[...]'), { articleCount: 10 });
    expect(numbers(parsed)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
    expect(parsed.articles.filter((a) => a.status !== 'missing').map((a) => a.number)).toEqual(['V']);
    // The text stops inside the articles: nothing shows that Article V ends where its text here does.
    expect(parsed.articles[4]).toMatchObject({ status: 'partial', gaps: [1] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(problemCodes(asTreaty(parsed, 10))).toEqual([]);
  });

  it('keeps a preamble before the gap, and the gap in it', () => {
    const parsed = parse(lines('The Parties,', '', 'Have agreed:', '', '[...]', '', 'Article 3', '', 'Text.'));
    expect(parsed.preamble).toEqual({ status: 'partial', paragraphs: ['The Parties,', 'Have agreed:'], gaps: [2] });
    expect(numbers(parsed)).toEqual(['1', '2', '3']);
  });

  it('does not invent articles before a first heading above 1 with no gap before it, and says so', () => {
    const parsed = parse(lines('The Parties have agreed as follows:', '', 'Article 5', '', 'Text.'));
    expect(numbers(parsed)).toEqual(['5']);
    expect(parsed.notes.some((n) => n.includes('the numbering skips Articles 1–4 before the first heading, "Article 5", and no gap marker stands there'))).toBe(true);
    // The source states its first number: validate warns, and the import goes ahead.
    const report = validateDocuments([{ file: 'test-treaty.json', text: JSON.stringify(asTreaty(parsed)) }]);
    expect(report.map((p) => [p.code, p.severity])).toEqual([['article-numbering-start', 'warning']]);
  });

  it('reads a gap before a heading that skips numbers as the articles between missing', () => {
    const parsed = parse(lines('Article 1', '', 'One.', '', '[...]', '', 'Article 4', '', 'Four.'));
    expect(parsed.articles).toEqual([
      { number: '1', label: 'Article 1', status: 'partial', paragraphs: ['One.'], gaps: [1] },
      ...missing('2', '3'),
      { number: '4', label: 'Article 4', paragraphs: ['Four.'] },
    ]);
    expect(problemCodes(asTreaty(parsed))).toEqual([]);
  });

  it('leaves a skip with no gap before it as the source numbers it, for validate to warn about', () => {
    const parsed = parse(lines('Article 1', '', 'One.', '', 'Article 3', '', 'Three.'));
    expect(numbers(parsed)).toEqual(['1', '3']);
    expect(parsed.notes.some((n) => n.includes('the numbering skips Article 2 between "Article 1" and "Article 3"'))).toBe(true);
    const report = validateDocuments([{ file: 'test-treaty.json', text: JSON.stringify(asTreaty(parsed)) }]);
    expect(report.map((p) => [p.code, p.severity])).toEqual([['article-numbering-hole', 'warning']]);
  });

  it('reads an inserted article as no skip', () => {
    expect(numbers(parse(lines('Article 4', '', 'x.', '', 'Article 4 bis', '', 'y.', '', 'Article 5', '', 'z.')))).toEqual(['4', '4 bis', '5']);
  });
});

describe('parsePlainText: the end of the text', () => {
  const last = (p: ParsedPlainText) => p.articles.at(-1);

  it('reads a final gap after a last paragraph that ends as a sentence does as the closing missing, not the article cut', () => {
    // "[...]" standing for the testimonium, with every article here.
    const parsed = parse(lines('Article 1', '', 'One.', '', 'Article 2', '', 'This Treaty shall enter into force on signature.', '', '[...]'));
    expect(last(parsed)).toEqual({ number: '2', label: 'Article 2', paragraphs: ['This Treaty shall enter into force on signature.'] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.notes.some((n) => n.includes('ends as a sentence does, so the gap was read as the closing\'s alone'))).toBe(true);
    // Likewise when articleCount says this is the last article.
    expect(last(parse(lines('Article 1', '', 'One.', '', '[...]'), { articleCount: 1 }))).toEqual({ number: '1', label: 'Article 1', paragraphs: ['One.'] });
  });

  it.each([
    ['no ending at all', 'and the other Party'],
    ['a comma', 'the Parties agree,'],
    ['a colon', 'as follows:'],
    ['a semicolon', '(a) the first;'],
    ['a dash', 'in the territory of —'],
  ])('marks the last article cut off when its last paragraph ends with %s', (_, paragraph) => {
    const parsed = parse(lines('Article 1', '', paragraph, '', '[...]'));
    expect(last(parsed)).toMatchObject({ status: 'partial', gaps: [1] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
  });

  it.each([['."'], ['.)'], ['。'], ['?'], ['！」']])('reads a paragraph ending with %j as ending a sentence', (ending) => {
    expect(last(parse(lines('Article 1', '', `The Parties agree${ending}`, '', '[...]')))).not.toHaveProperty('gaps');
  });

  it('marks the last article cut off when two gap markers end the text', () => {
    const parsed = parse(lines('Article 1', '', 'The Parties agree.', '', '[...]', '', '[...]'));
    expect(last(parsed)).toMatchObject({ status: 'partial', paragraphs: ['The Parties agree.'], gaps: [1] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.notes.some((n) => n.includes('right after another gap marker'))).toBe(false);
  });

  it('marks the last article found cut off when articleCount has more after it', () => {
    const parsed = parse(lines('Article I', '', 'The first sentence.', '', '[...]'), { articleCount: 3 });
    expect(parsed.articles).toEqual([{ number: 'I', label: 'Article I', status: 'partial', paragraphs: ['The first sentence.'], gaps: [1] }, ...missing('II', 'III')]);
  });

  it('keeps a missing last article missing, with the closing', () => {
    const parsed = parse(lines('Article 1', '', 'One.', '', 'Article 2', '', '[...]'));
    expect(last(parsed)).toEqual({ number: '2', label: 'Article 2', status: 'missing', paragraphs: [] });
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
  });
});

describe('parsePlainText: bounded work on hostile lines', () => {
  it('reads a bracketed line of 4,000,000 dots as text, over the paragraph limit, without overflowing the stack', () => {
    const dots = `[${'.'.repeat(4_000_000)}]`;
    const parsed = parsePlainText(lines('Article 1', '', dots), { lang: 'en' });
    expect(parsed.articles[0]?.paragraphs).toEqual([dots]);
    expect(parsed.longParagraphs).toEqual([{ line: 3, chars: 4_000_002 }]);
  });

  it('notes where long paragraphs start, whatever they are joined from', () => {
    const wrapped = Array.from({ length: 30 }, () => 'word '.repeat(1000).trim());
    const parsed = parsePlainText(lines('Preamble.', '', 'Article 1. Run in', ...wrapped, '', 'Short.'), { lang: 'en' });
    expect(parsed.longParagraphs).toEqual([{ line: 3, chars: 'Run in'.length + 30 * 5000 }]);
    expect(parsed.articles[0]?.paragraphs[0]).toHaveLength(parsed.longParagraphs[0]?.chars ?? 0);
  });

  it('lists ten notes of a kind and counts the rest', () => {
    const parsed = parsePlainText('CHAPTER I\n'.repeat(100_000), { lang: 'en' });
    const chapters = parsed.notes.filter((n) => n.includes('looks like the heading of a part or chapter'));
    expect(chapters).toHaveLength(10);
    expect(parsed.notes).toContain('99,990 more lines like the 10 above (headings of parts or chapters, kept as text), up to line 100,000.');
    expect(parsed.notes.length).toBeLessThan(20);
  });

  it('shortens a long line quoted in a note', () => {
    const label = `Article 1 ${'x'.repeat(500)}`;
    const parsed = parsePlainText(lines('He said,', `Article 1 - ${'T'.repeat(70)}`, '', label), { lang: 'en' });
    expect(Math.max(...parsed.notes.map((n) => n.length))).toBeLessThan(300);
  });

  it.each([
    ['Roman numerals past 9999', `Article ${'M'.repeat(10)}`],
    ['a run of 100,000 Roman letters', `Article ${'I'.repeat(100_000)}`],
    ['a Chinese number of 8 positional digits', `第${'一'.repeat(8)}条`],
  ])('takes no heading from %s', (_, line) => {
    const parsed = parse(lines('[...]', '', line, '', 'Text.'));
    expect(parsed.articles).toEqual([]);
  });

  it('lists at most 9,998 missing articles before a first heading', () => {
    const parsed = parsePlainText(lines('[...]', '', 'Article 9999', '', 'Text.'), { lang: 'en' });
    expect(parsed.articles).toHaveLength(9999);
  });

  it('adds no articles from an articleCount past the limit of a text, and says so', () => {
    const parsed = parsePlainText(lines('Article 1', '', 'One', '', '[...]'), { lang: 'en', articleCount: 1e12 });
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.notes.some((n) => n.startsWith('articleCount 1000000000000 is over the 10,000 articles'))).toBe(true);
    expect(parsePlainText('No headings.', { lang: 'en', articleCount: 1e12 }).articles).toEqual([]);
  });
});

describe('parsePlainText: odd input', () => {
  const expected = { preamble: { paragraphs: ['Preamble.'] }, articles: [{ number: '1', label: 'Article 1', paragraphs: ['Text one.'] }] };

  it.each([
    ['CRLF', 'Preamble.\r\n\r\nArticle 1\r\n\r\nText one.\r\n', '5 CRLF line endings were read as line breaks.'],
    ['CR', 'Preamble.\r\rArticle 1\r\rText one.\r', '5 CR line endings were read as line breaks.'],
    ['a BOM', '\uFEFFPreamble.\n\nArticle 1\n\nText one.\n', 'A byte order mark at the start of the file was removed.'],
    ['tabs and trailing spaces', '\tPreamble.  \n \t \nArticle 1\t\n\nText one. \n', 'Whitespace at the start or end of 3 lines was removed.'],
    ['whitespace-only lines', 'Preamble.\n   \nArticle 1\n\u3000\nText one.\n', '2 lines holding only whitespace were read as blank lines.'],
  ])('reads %s', (_, source, note) => {
    const parsed = parse(source);
    expect(parsed).toMatchObject(expected);
    expect(parsed.notes).toContain(note);
  });

  it('reads an empty file as nothing and says so', () => {
    for (const source of ['', '\n\n', '\uFEFF', '  \n\t\n']) {
      const parsed = parse(source);
      expect(parsed).toMatchObject({ articles: [], unplaced: [] });
      expect(parsed).not.toHaveProperty('preamble');
      expect(parsed.notes).toContain('The text is empty.');
    }
  });

  it('reads a text without headings as preamble and says so', () => {
    const parsed = parse(lines('The two sides shall cooperate.', '', 'The two sides shall consult.'));
    expect(parsed).toMatchObject({ preamble: { paragraphs: ['The two sides shall cooperate.', 'The two sides shall consult.'] }, articles: [] });
    expect(parsed).not.toHaveProperty('closing');
    expect(parsed.notes).toContain('No article headings were found: the whole text was read as the preamble.');
  });

  it('lists the articles of articleCount as missing, and the closing, when a text has no headings', () => {
    const parsed = parse(lines('The two sides shall cooperate.', '', 'The two sides shall consult.'), { articleCount: 3 });
    expect(parsed.preamble).toEqual({ paragraphs: ['The two sides shall cooperate.', 'The two sides shall consult.'] });
    expect(parsed.articles).toEqual(['1', '2', '3'].map((number) => ({ number, status: 'missing', paragraphs: [] })));
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(problemCodes(asTreaty(parsed, 3))).toEqual([]);
  });

  it('leaves control characters in the text for the validator to report', () => {
    const parsed = parse(lines('Article 1', '', 'Bell\u0007 and escape\u001B[31m here.'));
    expect(parsed.articles[0]?.paragraphs).toEqual(['Bell\u0007 and escape\u001B[31m here.']);
    expect(problemCodes(asTreaty(parsed))).toContain('control-character');
  });

  it('makes pieces that fit a treaty document the schema accepts', () => {
    const parsed = parse(lines('Preamble.', '', '[...]', '', 'Article 1 - Scope', '', 'One.', '', 'Article 2', '', 'Two', '', '[...]'), { articleCount: 3 });
    expect(treatySchema.safeParse(asTreaty(parsed, 3)).success).toBe(true);
    expect(problemCodes(asTreaty(parsed, 3))).toEqual([]);
  });
});

describe('parsePlainText: hostile input', () => {
  it('survives random bytes decoded as text', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const bytes = Uint8Array.from({ length: 200_000 }, random);
    const source = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const parsed = parse(source);
    expect(parsed.articles).toEqual([]);
  });

  it('survives random bytes around real headings', () => {
    let seed = 99;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const noise = () => new TextDecoder().decode(Uint8Array.from({ length: 500 }, random));
    const source = Array.from({ length: 50 }, (_, i) => `${noise()}\n\nArticle ${i + 1}\n\n${noise()}\n[...]\n`).join('');
    const parsed = parse(source, { articleCount: 60 });
    const codes = problemCodes(asTreaty(parsed));
    expect(codes).not.toContain('article-order');
    expect(codes).not.toContain('article-duplicate');
  });

  it('takes the first of 10,000 lines of "Article 1" as the heading and puts the rest in unplaced', () => {
    const source = 'Article 1\n'.repeat(10_000);
    const parsed = parse(source);
    expect(numbers(parsed)).toEqual(['1']);
    expect(parsed.unplaced).toHaveLength(9_999);
    expect(parsed.unplaced.every((u) => u.reason === 'heading-out-of-order' && u.text === 'Article 1')).toBe(true);
  });

  it('reads 5 MB without headings as one preamble', () => {
    const line = 'The Contracting Parties shall consult together on all important international questions.';
    const source = Array.from({ length: Math.ceil(5_000_000 / (line.length + 1)) }, (_, i) => (i % 3 === 2 ? '' : line)).join('\n');
    const parsed = parsePlainText(source, { lang: 'en' });
    expect(parsed.articles).toEqual([]);
    expect(parsed.preamble?.paragraphs.length).toBeGreaterThan(10_000);
    expect(unplacedCharacters(source, parsed)).toBe('');
  });

  it('reads 9,999 headings in order (numbers have at most four digits)', () => {
    const source = Array.from({ length: 9_999 }, (_, i) => `Article ${i + 1}\n\nText ${i + 1}.\n`).join('\n');
    const parsed = parsePlainText(source, { lang: 'en' });
    expect(parsed.articles).toHaveLength(9_999);
    expect(parsed.articles.at(-1)).toEqual({ number: '9999', label: 'Article 9999', paragraphs: ['Text 9999.'] });
  });

  it('reads 5 MB in one paragraph', () => {
    const source = 'word '.repeat(1_000_000);
    const parsed = parsePlainText(source, { lang: 'en' });
    expect(parsed.preamble?.paragraphs).toHaveLength(1);
  });

  it('reads lines of only whitespace as blank', () => {
    const parsed = parse(' \t \u00A0\n\u3000\n \n\t\t\n');
    expect(parsed).toMatchObject({ articles: [], unplaced: [] });
    expect(parsed).not.toHaveProperty('preamble');
  });
});
