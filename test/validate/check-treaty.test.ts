import { describe, expect, it } from 'vitest';
import type { TreatyInput } from '../../src/model/treaty.js';
import { checkTreaty } from '../../src/validate/check-treaty.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';

type Text = TreatyInput['texts'][number];
const text = (j: TreatyInput): Text => j.texts[0] as Text;

function findings(id: string, edit: (json: TreatyInput) => void, file = `${id}.json`) {
  return checkTreaty(bundledTreaty(id, edit), file).map((f) => ({ code: f.code, severity: f.severity, path: f.path.join('/') }));
}

describe('checkTreaty', () => {
  it.each(BUNDLED_IDS)('finds nothing wrong with the bundled %s', (id) => {
    expect(findings(id, () => {})).toEqual([]);
  });

  it('requires the file name to match the id', () => {
    expect(findings('ussr-dprk-1961', () => {}, 'ussr-dprk-1960.json')).toEqual([{ code: 'id-file-mismatch', severity: 'error', path: 'id' }]);
  });

  it('rejects dates that do not exist, in any date field', () => {
    expect(
      findings('rus-dprk-2024', (j) => {
        j.signed.date = '2023-02-29';
        j.supersedes![0]!.date = '2024-13-04';
      }).map((f) => f.path),
    ).toEqual(['signed/date', 'supersedes/0/date']);
  });

  it('accepts partial dates and leap days', () => {
    expect(findings('rus-dprk-2024', (j) => void (j.signed.date = '2024-02-29'))).toEqual([]);
    expect(findings('rus-dprk-2024', (j) => void (j.signed.date = '2024-06'))).toEqual([]);
  });

  it('warns when entry into force precedes signature', () => {
    expect(findings('rus-dprk-2024', (j) => void (j.entryIntoForce!.date = '2024-01-01'))).toEqual([
      { code: 'date-order', severity: 'warning', path: 'entryIntoForce/date' },
    ]);
  });

  it('checks language tags', () => {
    expect(findings('ussr-dprk-1961', (j) => void (text(j).lang = 'en-GB-GB'))).toMatchObject([{ code: 'lang-invalid' }]);
    expect(findings('ussr-dprk-1961', (j) => void (text(j).lang = 'EN'))).toMatchObject([{ code: 'lang-noncanonical', severity: 'warning' }]);
  });

  it('finds duplicate and out-of-order article numbers', () => {
    expect(findings('ussr-dprk-1961', (j) => void (text(j).articles[2]!.number = '2'))).toContainEqual({
      code: 'article-duplicate',
      severity: 'error',
      path: 'texts/0/articles/2/number',
    });
    const swapped = findings('ussr-dprk-1961', (j) => {
      const a = text(j).articles;
      [a[1], a[2]] = [a[2]!, a[1]!];
    });
    expect(swapped).toEqual([{ code: 'article-order', severity: 'error', path: 'texts/0/articles/2/number' }]);
  });

  it('requires the same numbering in every language', () => {
    const result = findings('ussr-dprk-1961', (j) => {
      const ru = structuredClone(text(j));
      ru.lang = 'ru';
      ru.articles[3]!.number = '4 bis';
      j.texts.push(ru);
    });
    expect(result).toEqual([{ code: 'numbering-mismatch', severity: 'error', path: 'texts/1/articles/3/number' }]);
  });

  it('requires one text per language', () => {
    expect(findings('ussr-dprk-1961', (j) => void j.texts.push(structuredClone(text(j))))).toEqual([
      { code: 'text-lang-duplicate', severity: 'error', path: 'texts/1/lang' },
    ]);
  });

  it('checks that coverage agrees with the text present', () => {
    expect(findings('ussr-dprk-1961', (j) => void (text(j).articles[4]!.status = 'complete'))).toEqual([
      { code: 'coverage-status', severity: 'error', path: 'texts/0/articles/4/gaps' },
    ]);
    expect(findings('ussr-dprk-1961', (j) => void delete text(j).articles[4]!.gaps)).toEqual([
      { code: 'coverage-status', severity: 'error', path: 'texts/0/articles/4/status' },
    ]);
    expect(findings('ussr-dprk-1961', (j) => void (text(j).articles[5]!.paragraphs = ['text of a missing article']))).toEqual([
      { code: 'coverage-status', severity: 'error', path: 'texts/0/articles/5/status' },
    ]);
    expect(findings('ussr-dprk-1961', (j) => void (text(j).articles[0]!.paragraphs = []))).toEqual([
      { code: 'coverage-status', severity: 'error', path: 'texts/0/articles/0/paragraphs' },
    ]);
    expect(findings('ussr-dprk-1961', (j) => void (text(j).preamble!.gaps = [9]))).toEqual([
      { code: 'coverage-gaps', severity: 'error', path: 'texts/0/preamble/gaps/0' },
    ]);
  });

  it('requires every article to be listed when the count is known', () => {
    expect(findings('rus-dprk-2024', (j) => void text(j).articles.pop())).toEqual([
      { code: 'article-count-mismatch', severity: 'error', path: 'texts/0/articles' },
    ]);
  });

  it('refuses a text with no articles', () => {
    expect(findings('ussr-dprk-1961', (j) => {
      text(j).articles = [];
      delete j.articleCount;
    })).toEqual([{ code: 'text-no-articles', severity: 'error', path: 'texts/0/articles' }]);
  });

  it('needs a supersededBy link for a superseded treaty', () => {
    expect(findings('rus-dprk-2000', (j) => void delete j.supersededBy)).toEqual([{ code: 'end-without-link', severity: 'error', path: 'end/kind' }]);
  });
});
