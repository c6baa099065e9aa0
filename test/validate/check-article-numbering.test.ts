// checkArticleNumbering on the bundled treaties (which pass) and on edits of them: a first article above 1,
// an error or a warning by what stands before it; holes; articles out of order, which make no holes.
import { describe, expect, it } from 'vitest';
import type { TreatyInput } from '../../src/model/treaty.js';
import { checkArticleNumbering } from '../../src/validate/check-article-numbering.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';

type Text = TreatyInput['texts'][number];
type ArticleInput = Text['articles'][number];
const text = (j: TreatyInput): Text => j.texts[0] as Text;

function findings(id: string, edit: (json: TreatyInput) => void) {
  return checkArticleNumbering(bundledTreaty(id, edit)).map((f) => ({ code: f.code, severity: f.severity, path: f.path.join('/'), args: f.args }));
}

const article = (number: string, over: Partial<ArticleInput> = {}): ArticleInput => ({ number, label: `Article ${number}`, paragraphs: [`Text of ${number}.`], ...over });

describe('checkArticleNumbering', () => {
  it.each(BUNDLED_IDS)('finds nothing wrong with the bundled %s', (id) => {
    expect(findings(id, () => {})).toEqual([]);
  });

  it('reports a first article above 1 after a missing preamble as an error naming the articles not listed', () => {
    const found = findings('prc-dprk-1961', (j) => {
      text(j).preamble = { status: 'missing' };
      text(j).articles = text(j).articles.slice(4);
    });
    expect(found).toEqual([
      { code: 'article-numbering-start', severity: 'error', path: 'texts/0/articles/0/number', args: { lang: 'en', number: 'V', from: 'I', to: 'IV', reason: 'gap-before' } },
    ]);
  });

  it.each([
    ['a preamble that ends with a gap', (t: Text) => void (t.preamble = { status: 'partial', paragraphs: ['The Parties,'], gaps: [1] }), 'gap-before'],
    ['a first article that is missing', (t: Text) => void (t.articles[0] = { number: '3', status: 'missing' }), 'not-stated'],
    ['a first article without a label', (t: Text) => void delete (t.articles[0] as ArticleInput).label, 'not-stated'],
    ['a first article numbered editorially', (t: Text) => void ((t.articles[0] as ArticleInput).numbering = 'editorial'), 'not-stated'],
  ])('is an error after %s', (_, edit, reason) => {
    const found = findings('ussr-dprk-1961', (j) => {
      const t = text(j);
      delete t.preamble;
      t.articles = [article('3'), article('4')];
      edit(t);
    });
    expect(found.map((f) => [f.code, f.severity, f.args.reason])).toEqual([['article-numbering-start', 'error', reason]]);
  });

  it('is a warning when the source states the number its articles start from', () => {
    const found = findings('ussr-dprk-1961', (j) => {
      const t = text(j);
      t.preamble = { paragraphs: ['The Parties have agreed as follows:'] };
      t.articles = [article('3'), article('4')];
      delete j.articleCount;
    });
    expect(found).toMatchObject([{ code: 'article-numbering-start', severity: 'warning', args: { from: '1', to: '2', reason: 'stated' } }]);
  });

  it('reports each hole at the article after it, in its numbering style, as an error where the numbers are not the source\'s', () => {
    // PRC 1961: Article I here, Articles III–VII missing, without labels; a missing article is a gap.
    const found = findings('prc-dprk-1961', (j) => {
      const a = text(j).articles;
      text(j).articles = [a[0]!, a[3]!, a[4]!, a[6]!];
      delete j.articleCount;
    });
    expect(found).toEqual([
      { code: 'article-numbering-hole', severity: 'error', path: 'texts/0/articles/1/number', args: { lang: 'en', number: 'IV', previous: 'I', from: 'II', to: 'III', reason: 'not-stated' } },
      { code: 'article-numbering-hole', severity: 'error', path: 'texts/0/articles/3/number', args: { lang: 'en', number: 'VII', previous: 'V', from: 'VI', to: 'VI', reason: 'gap-before' } },
    ]);
  });

  it('reports a hole after a gap as an error, and one the source numbers so as a warning', () => {
    const hole = (before: Partial<ArticleInput>) =>
      findings('ussr-dprk-1961', (j) => {
        text(j).articles = [article('1', before), article('3')];
        delete j.articleCount;
      }).map((f) => [f.code, f.severity, f.args.reason]);
    expect(hole({ status: 'partial', gaps: [1] })).toEqual([['article-numbering-hole', 'error', 'gap-before']]);
    expect(hole({ status: 'missing', paragraphs: [] })).toEqual([['article-numbering-hole', 'error', 'gap-before']]);
    expect(hole({})).toEqual([['article-numbering-hole', 'warning', 'stated']]);
  });

  it('counts inserted articles as no hole, and leaves order to article-order', () => {
    expect(findings('ussr-dprk-1961', (j) => void text(j).articles.splice(2, 0, { number: '2 bis', status: 'missing' }))).toEqual([]);
    expect(
      findings('ussr-dprk-1961', (j) => {
        const a = text(j).articles;
        [a[1], a[2]] = [a[2]!, a[1]!];
      }),
    ).toEqual([]);
  });

  it('reports a hole of a billion numbers without counting through it', () => {
    const found = findings('ussr-dprk-1961', (j) => {
      text(j).articles = [article('1'), article('1000000000')];
      delete j.articleCount;
    });
    expect(found).toMatchObject([{ code: 'article-numbering-hole', args: { from: '2', to: '999999999' } }]);
    const start = findings('ussr-dprk-1961', (j) => void (text(j).articles = [article('1000000000')]));
    expect(start).toMatchObject([{ code: 'article-numbering-start', args: { from: '1', to: '999999999' } }]);
  });

  it('skips numbers no convention reads', () => {
    expect(findings('ussr-dprk-1961', (j) => void ((text(j).articles[2] as ArticleInput).number = 'third'))).toEqual([]);
  });

  it('checks every text', () => {
    const found = findings('ussr-dprk-1961', (j) => {
      const second = structuredClone(text(j));
      second.lang = 'ru';
      second.articles = second.articles.slice(1);
      second.preamble = { status: 'missing' };
      j.texts.push(second);
    });
    expect(found).toMatchObject([{ code: 'article-numbering-start', path: 'texts/1/articles/0/number', args: { lang: 'ru' } }]);
  });
});
