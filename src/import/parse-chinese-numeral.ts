// Chinese numerals as used for article numbers ("五十一", "一百零一", "一〇一", "八之二") read as the
// numbers an English text writes ("51", "101", "8 bis").

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const DIGIT_CHARS = '零一二三四五六七八九';
const UNITS: ReadonlyArray<readonly [number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];

// Same list as src/model/article-number.ts, which does not export it: 之二 is the second article of that
// number, as "bis" is in Latin.
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/**
 * Reads a Chinese numeral from 0 to 9999, or undefined when it is not one.
 *
 * Two notations are accepted. With units (十, 百, 千) only the standard spelling is, as `parseRoman` does
 * for Roman numerals: "十五" but not "一十五", "一百零一" but not "一百一", "一百一十" but not "一百十"; 〇
 * may stand for 零. Without units the digits are positional, as UNCLOS numbers its articles from 100 on:
 * "一〇一" = 101, "一一一" = 111.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  if ([...text].every((c) => DIGITS[c] !== undefined)) {
    // Four digits at most, as with units: a longer run would give numbers past 9999, and past 21 digits
    // ones that String() writes as "1e+21", which no article-number reader takes back.
    if (text.length > 4 || (text.length > 1 && DIGITS[text[0] as string] === 0)) return undefined;
    return [...text].reduce((n, c) => n * 10 + (DIGITS[c] as number), 0);
  }
  let total = 0;
  let pending: number | undefined;
  for (const c of text) {
    const digit = DIGITS[c];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    const unit = UNITS.find(([, name]) => name === c && name !== '');
    if (!unit) return undefined;
    total += (pending ?? 1) * unit[0];
    pending = undefined;
  }
  total += pending ?? 0;
  // Round-trip through the standard spelling so that malformed numerals ("十十", "一百零") are rejected.
  return total <= 9999 && writeChineseNumeral(total) === text.replace(/〇/g, '零') ? total : undefined;
}

/** The standard spelling with units: 10 → "十", 101 → "一百零一", 1010 → "一千零一十". */
function writeChineseNumeral(n: number): string {
  if (n === 0) return '零';
  let out = '';
  let started = false;
  let gap = false;
  for (const [value, unit] of UNITS) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      gap ||= started;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += (DIGIT_CHARS[digit] as string) + unit;
    started = true;
  }
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** "五十一" → "51", "八之二" → "8 bis", "十五之三" → "15 ter"; undefined when it is not an article number. */
export function parseChineseArticleNumber(text: string): string | undefined {
  const [base = '', suffix, ...rest] = text.trim().split('之');
  if (rest.length > 0) return undefined;
  const value = parseChineseNumeral(base);
  if (value === undefined || value === 0) return undefined;
  if (suffix === undefined) return String(value);
  const nth = parseChineseNumeral(suffix);
  const latin = nth === undefined ? undefined : LATIN_SUFFIXES[nth - 2];
  return latin === undefined ? undefined : `${value} ${latin}`;
}
