// Normalisation for matching only (never for display): case, quotes, dashes, ё/е and whitespace vary
// between editions and translations of the same clause without changing what it says.
import { lazyRegExp } from '../lazy-regexp.js';

// Typographic variants that editors and OCR introduce: unify them so they do not count as differences.
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Plain quotes and dashes, ё read as е; every character stays where it was. Expects lower case. */
export function unifyTypography(lowerCase: string): string {
  return lowerCase.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/ё/g, 'е');
}

export function normaliseForMatching(text: string): string {
  return unifyTypography(text.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

// Runs of Han, kana or Hangul-free CJK script have no spaces between words: they are indexed as
// overlapping character pairs, which match as well as words for this purpose.
const CJK_RUN = lazyRegExp('[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]+', 'gu');
const WORD = lazyRegExp("[\\p{L}\\p{M}\\p{N}]+(?:['-][\\p{L}\\p{M}\\p{N}]+)*", 'gu');
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * Index terms of a normalised text: words, lightly stemmed for English and Russian so that inflected
 * forms meet ("attack"/"attacks", "нападению"/"нападение"), and character pairs for CJK runs.
 */
export function termsOf(normalised: string, lang: string): string[] {
  const stem = stemmerFor(lang);
  if (ASCII_ONLY.test(normalised)) return asciiTerms(normalised, stem);
  const terms: string[] = [];
  const withoutCjk = normalised.replace(CJK_RUN(), (run) => {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
    return ' ';
  });
  for (const match of withoutCjk.matchAll(WORD())) terms.push(stem(match[0]));
  return terms;
}

/*
 * The words of ASCII text: runs of [A-Za-z0-9] joined by single apostrophes or hyphens, as the pattern
 * [A-Za-z0-9]+(?:['-][A-Za-z0-9]+)* finds them, scanned by hand to spare a match object per word:
 * the 2 million words of two 7.7 MB texts took 0.37 s with matchAll on Node 20, 0.16 s so (stems included).
 */
function asciiTerms(text: string, stem: Stemmer): string[] {
  const terms: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    for (;;) {
      const joiner = text.charCodeAt(i);
      if ((joiner !== APOSTROPHE && joiner !== HYPHEN) || !isAsciiAlnum(text.charCodeAt(i + 1))) break;
      i += 2;
      while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    }
    terms.push(stem(text.slice(start, i)));
  }
  return terms;
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** [A-Za-z0-9]; NaN (past the end) is none of them. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

type Stemmer = (word: string) => string;

function stemmerFor(lang: string): Stemmer {
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'en') return stemEnglish;
  if (base === 'ru' || base === 'uk' || base === 'be') return stemRussian;
  return (w) => w;
}

// A deliberately light stemmer (plural and common verb endings only): aggressive stemming conflates
// legally distinct words ("provision"/"provide"), and matching only needs inflected forms to meet.
function stemEnglish(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('es') && /(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

// Russian inflects by ending: cutting the longest of the common case/number/verb endings lets forms of
// one word meet. Words of four letters or fewer are left alone.
const RUSSIAN_ENDINGS = /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ией|ия|ие|ий|ых|их|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ая|яя|ое|ее|ые|ов|ев|а|я|о|е|у|ю|ы|и|ь|й)$/u;

function stemRussian(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(RUSSIAN_ENDINGS, '');
}
