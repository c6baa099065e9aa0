// The text of every --format json output. JSON.stringify escapes C0 controls but leaves DEL, C1 controls,
// bidi and zero-width characters and U+2028/2029 raw, as JSON allows: `cat out.json` would then pass them
// to the terminal. They are written as \uXXXX escapes too, which parse to the very same strings.

// Outside strings, JSON.stringify writes ASCII only, so every match is inside a string.
// eslint-disable-next-line no-control-regex
const RAW = /[\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

/** Pretty-printed JSON with a final newline, safe to print on a terminal. */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
