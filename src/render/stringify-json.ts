// The text of every --format json output. JSON.stringify escapes C0 controls but leaves DEL, C1 controls,
// U+2028/2029 and every invisible character (bidi and zero-width formatting, tag characters, variation
// selectors: Default_Ignorable_Code_Point, see model/invisible-characters.ts) raw, as JSON allows: `cat
// out.json` would then pass them to the terminal. They are written as \uXXXX escapes too (a pair of them
// for a character beyond U+FFFF), which parse to the very same strings.
import { INVISIBLE_CLASS } from '../model/invisible-characters.js';

// Outside strings, JSON.stringify writes ASCII only, so every match is inside a string.
const RAW = new RegExp(`[\\u007F-\\u009F\\u2028\\u2029${INVISIBLE_CLASS}]`, 'gu');

const escapeUnit = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** Pretty-printed JSON with a final newline, safe to print on a terminal. */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW, (c) => (c.length === 1 ? escapeUnit(c.charCodeAt(0)) : escapeUnit(c.charCodeAt(0)) + escapeUnit(c.charCodeAt(1)))) + '\n';
}
