// Article numbers as written ("1", "I", "4 bis", "12A") read as comparable values, so that order can be
// checked and a user typing `1` finds "Article I".

/** A parsed article number: its integer and the rank of its suffix (0 none; bis 2, ter 3, …; letters A 101, B 102 …). */
export interface ArticleOrdinal {
  readonly value: number;
  readonly suffix: number;
}

// Latin multiplicative adverbs used for inserted articles, in order (bis = second, ter = third, …).
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Reads a Roman numeral in canonical form (rejects "IIII", "IC"), or undefined. */
export function parseRoman(text: string): number | undefined {
  const upper = text.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(upper)) return undefined;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const current = ROMAN[upper[i] as string] as number;
    const next = i + 1 < upper.length ? (ROMAN[upper[i + 1] as string] as number) : 0;
    total += current < next ? -current : current;
  }
  // Round-trip through the canonical spelling so that malformed numerals are not silently accepted.
  return toRoman(total) === upper ? total : undefined;
}

/** Writes a positive integer as a Roman numeral ("XLII"). */
export function toRoman(value: number): string {
  const steps: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of steps) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Parses an article number as written; undefined when it follows no convention we know. */
export function parseArticleNumber(written: string): ArticleOrdinal | undefined {
  const match = /^([0-9]+|[IVXLCDM]+|[ivxlcdm]+)(?:[\s-]*([A-Za-z]+))?$/.exec(written.trim());
  if (!match) return undefined;
  const [, base = '', tail] = match;
  const value = /^[0-9]+$/.test(base) ? Number(base) : parseRoman(base);
  if (value === undefined || value === 0) return undefined;
  if (tail === undefined) return { value, suffix: 0 };
  const latin = LATIN_SUFFIXES.indexOf(tail.toLowerCase());
  if (latin >= 0) return { value, suffix: latin + 2 };
  // Letters rank after the Latin suffixes so that "4B" is never taken for "4 bis".
  if (/^[A-Za-z]$/.test(tail)) return { value, suffix: 100 + tail.toUpperCase().charCodeAt(0) - 64 };
  return undefined;
}

/** Orders two parsed article numbers: negative when a comes first. */
export function compareArticleOrdinals(a: ArticleOrdinal, b: ArticleOrdinal): number {
  return a.value - b.value || a.suffix - b.suffix;
}

/** Normalises a number for exact comparison: case and inner whitespace do not matter ("4 Bis" = "4 bis"). */
export function normaliseArticleNumber(written: string): string {
  return written.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds the article a user means by `query`: an exact match of the number as written first, then any
 * article whose number has the same value ("1" finds "I", "4bis" finds "4 bis").
 */
export function findArticleIndex(numbers: readonly string[], query: string): number {
  const wanted = normaliseArticleNumber(query.replace(/^(art(icle)?\.?\s*)/i, ''));
  const exact = numbers.findIndex((n) => normaliseArticleNumber(n) === wanted);
  if (exact >= 0) return exact;
  const ordinal = parseArticleNumber(wanted);
  if (!ordinal) return -1;
  return numbers.findIndex((n) => {
    const other = parseArticleNumber(n);
    return other !== undefined && compareArticleOrdinals(other, ordinal) === 0;
  });
}
