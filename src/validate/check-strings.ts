// Checks every string in a treaty document for characters that must not be in a primary-source corpus:
// they corrupt terminals (control characters, ANSI escapes), hide or reorder text (zero-width and bidi
// controls, every other default-ignorable character), or make equal texts compare unequal (non-NFC
// forms, gap markers copied from sources).
import { invisibleKind, isSelectingVariation } from '../model/invisible-characters.js';
import type { Finding, ProblemCode, Severity } from '../model/problem.js';
import { GAP_LINE_MAX, isGapLine } from '../import/plain-text-gaps.js';

type Path = readonly (string | number)[];

/** Strings that are treaty text: gap markers and whitespace are checked in these only. */
function isParagraph(path: Path): boolean {
  return path[path.length - 2] === 'paragraphs';
}

const codePoint = (c: string) => 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

// Zero-width joiners are needed in Persian and Indic scripts, and directional marks in Arabic and Hebrew
// text: those are warnings. The rest have no place in a treaty text.
// U+2061–2064 are invisible operators and U+206A–206F deprecated format controls: invisible either way.
const ZERO_WIDTH_ERROR = /[\u200B\u2060-\u2064\u206A-\u206F\uFEFF\u180E]/u;
const ZERO_WIDTH_WARNING = /[\u200C\u200D]/u;
const BIDI_ERROR = /[\u202A-\u202E\u2066-\u2069]/u;
const BIDI_WARNING = /[\u200E\u200F\u061C]/u;
// C0 controls, DEL and C1 controls, and the Unicode line and paragraph separators (a line break that
// terminals and editors treat differently). ESC is reported as an ANSI escape when it starts one.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/u;
// The rest of Default_Ignorable_Code_Point and U+FFF9–FFFB (see model/invisible-characters.ts): the
// characters above have codes of their own. Mongolian free variation selectors are warnings (the script
// needs them); a variation selector straight after the character it selects a form of is no finding.
const OTHER_INVISIBLE =
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u180F\u2065\u3164\uFE00-\uFE0F\uFFA0\uFFF0-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/gu;
const ANY_OTHER_INVISIBLE = new RegExp(OTHER_INVISIBLE.source, 'u');
// A bracketed run short enough to be a gap marker; isGapLine decides (the importer's own definition). The
// bound keeps the search linear: `(?:\.\s*){2,}` kept a backtracking entry per dot, and a paragraph of
// 4,000,000 dots in brackets overflowed the stack.
const GAP_CANDIDATE = new RegExp(`\\[[^[\\]]{1,${GAP_LINE_MAX - 2}}\\]`, 'gu');

/** The first gap marker inside a string ("[...]", "[…]", "[ ... ]"), as a line of its own would be read. */
function findGapMarker(value: string): string | undefined {
  for (const m of value.matchAll(GAP_CANDIDATE)) if (isGapLine(m[0])) return m[0];
  return undefined;
}

export function checkStrings(json: unknown): Finding[] {
  const findings: Finding[] = [];
  visitStringFindings(json, (f) => findings.push(f) > 0);
  return findings;
}

/**
 * Checks every string of `json` in document order, handing each finding to `visit`, and stops as soon as
 * `visit` returns false (the file's problem budget is spent), so a file of millions of bad strings costs
 * no more than the findings wanted. Returns false when it stopped early.
 */
export function visitStringFindings(json: unknown, visit: (finding: Finding) => boolean): boolean {
  return walk(json, [], (value, path) => checkString(value, path).every(visit));
}

function walk(value: unknown, path: Path, visit: (s: string, path: Path) => boolean): boolean {
  if (typeof value === 'string') return visit(value, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!walk(value[i], [...path, i], visit)) return false;
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!walk(v, [...path, k], visit)) return false;
  }
  return true;
}

/** The first invisible character of `value` outside the classes above that is an error, and the first that is a warning. */
function otherInvisible(value: string): Map<Severity, { char: string; kind: string; index: number }> {
  const found = new Map<Severity, { char: string; kind: string; index: number }>();
  // The common case, no such character, without matchAll's iterator and copy of the regex per string.
  if (!ANY_OTHER_INVISIBLE.test(value)) return found;
  for (const m of value.matchAll(OTHER_INVISIBLE)) {
    const cp = m[0].codePointAt(0) ?? 0;
    const kind = invisibleKind(cp);
    if (kind === 'variation-selector' && isSelectingVariation(value, m.index)) continue;
    const severity: Severity = kind === 'mongolian-selector' ? 'warning' : 'error';
    if (!found.has(severity)) found.set(severity, { char: codePoint(m[0]), kind, index: m.index });
    if (found.size === 2) break;
  }
  return found;
}

export function checkString(value: string, path: Path): Finding[] {
  const out: Finding[] = [];
  const add = (code: ProblemCode, severity: Severity, args: Record<string, string | number> = {}) =>
    out.push({ code, severity, path, args });
  const paragraph = isParagraph(path);

  const ansi = ANSI.exec(value);
  if (ansi) add('ansi-escape', 'error', { index: ansi.index, sequence: JSON.stringify(ansi[0]) });
  const control = CONTROL.exec(ansi ? value.replace(new RegExp(ANSI.source, 'gu'), '') : value);
  if (control) {
    const c = control[0];
    if (paragraph && (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029')) add('paragraph-line-break', 'error');
    else add('control-character', 'error', { char: codePoint(c), index: value.indexOf(c) });
  }
  for (const [re, code, severity] of [
    [ZERO_WIDTH_ERROR, 'zero-width', 'error'],
    [ZERO_WIDTH_WARNING, 'zero-width', 'warning'],
    [BIDI_ERROR, 'bidi-control', 'error'],
    [BIDI_WARNING, 'bidi-control', 'warning'],
  ] as const) {
    const m = re.exec(value);
    if (m) add(code, severity, { char: codePoint(m[0]), index: m.index });
  }
  for (const [severity, found] of otherInvisible(value)) add('invisible-character', severity, found);
  if (value.normalize('NFC') !== value) add('text-not-nfc', 'error');
  if (paragraph) {
    if (value.trim() === '') add('paragraph-empty', 'error');
    else if (value !== value.trim()) add('paragraph-whitespace', 'error');
    const marker = findGapMarker(value);
    if (marker !== undefined) add('gap-marker', 'error', { marker });
  }
  return out;
}
