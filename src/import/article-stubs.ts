// Numbers for the articles a plain text shows to be missing without naming them (before a first heading
// after a gap, between two headings with a gap and a jump in numbering, after the last one up to
// articleCount), written in the style of the heading they are counted from, so that the importer and the
// exporter agree on which missing articles one `[...]` stands for.
import { parseArticleNumber, parseRoman, toRoman } from '../model/article-number.js';

/** How a heading writes its number: Arabic, or Roman in upper or lower case. */
type NumberStyle = 'arabic' | 'roman' | 'roman-lower';

function styleOf(number: string): NumberStyle {
  const written = number.trim();
  if (!/^[IVXLCDM]+$/iu.test(written) || parseRoman(written) === undefined) return 'arabic';
  return written === written.toLowerCase() ? 'roman-lower' : 'roman';
}

function write(value: number, style: NumberStyle): string {
  if (style === 'arabic') return String(value);
  return style === 'roman' ? toRoman(value) : toRoman(value).toLowerCase();
}

/** The value of an article number ("IV" → 4, "4 bis" → 4), or undefined when it follows no known convention. */
export function articleValue(number: string): number | undefined {
  return parseArticleNumber(number)?.value;
}

/** The numbers `from` to `to` (inclusive; none when `to` < `from`) in the style of `like`: "I"–"IV" after "V". */
export function numbersBetween(from: number, to: number, like: string): string[] {
  const style = styleOf(like);
  const out: string[] = [];
  for (let value = from; value <= to; value++) out.push(write(value, style));
  return out;
}

/** The `count` numbers after `last`, in its style: after "II", "III", "IV"; after "1 bis", "2". */
export function numbersAfter(last: string, count: number): string[] {
  const value = articleValue(last) ?? 0;
  return numbersBetween(value + 1, value + count, last);
}
