// Maps JSON pointers and parse errors to line and column, so that every finding in a data file can say
// where it is. Only used once something is wrong: the happy path reads files with JSON.parse alone.
import { findNodeAtLocation, type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { MAX_JSON_DEPTH } from '../model/limits.js';

/** 1-based line and column (column counted in UTF-16 code units, as editors do). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface JsonSyntaxError {
  readonly offset: number;
  readonly detail: string;
  readonly hint?: string;
}


export interface DuplicateKey {
  readonly path: readonly (string | number)[];
  readonly position: Position;
}

export interface LocatedJson {
  readonly syntaxErrors: readonly JsonSyntaxError[];
  /** Position of the value at `path`, or of the nearest enclosing value that exists. */
  position(path: readonly (string | number)[], atKey?: boolean): Position;
  positionOfOffset(offset: number): Position;
  /** Object keys that occur more than once in the same object (JSON.parse keeps only the last). */
  duplicateKeys(): DuplicateKey[];
}

/** Nesting depth of arrays and objects, scanning strings correctly; stops counting past `limit`. */
export function measureJsonDepth(text: string, limit = MAX_JSON_DEPTH): { depth: number; offset: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return { depth, offset: i };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: 0, offset: -1 };
}

export function locateJson(text: string): LocatedJson {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const lineStarts = lineStartsOf(text);
  const positionOfOffset = (offset: number): Position => positionIn(lineStarts, offset);

  const position = (path: readonly (string | number)[], atKey = false): Position => {
    if (!root) return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (!node) continue;
      // A property's value node has the property as parent; its first child is the key.
      const keyNode = atKey && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return positionOfOffset((keyNode ?? node).offset);
    }
    return { line: 1, column: 1 };
  };

  return {
    syntaxErrors: errors.map((e) => describeSyntaxError(text, e)),
    position,
    positionOfOffset,
    duplicateKeys: () =>
      (root ? findDuplicateKeys(root, []) : []).map(({ path, offset }) => ({ path, position: positionOfOffset(offset) })),
  };
}

interface KeyAt {
  readonly path: readonly (string | number)[];
  readonly offset: number;
}

/** Offsets at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) starts.push(i + 1);
  return starts;
}

/** The line and column of `offset`, given the line starts of its text. */
export function positionIn(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}

/** Appends to `found` rather than returning arrays to spread: an object may repeat one key 100,000 times. */
function findDuplicateKeys(node: Node, path: (string | number)[], found: KeyAt[] = []): KeyAt[] {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = String(property.children?.[0]?.value);
      if (seen.has(key)) found.push({ path: [...path, key], offset: property.offset });
      seen.add(key);
      const value = property.children?.[1];
      if (value) findDuplicateKeys(value, [...path, key], found);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => findDuplicateKeys(child, [...path, i], found));
  }
  return found;
}

// jsonc-parser names errors after what it expected; the commonest real causes deserve a plain hint.
function describeSyntaxError(text: string, error: ParseError): JsonSyntaxError {
  const code = printParseErrorCode(error.error);
  const before = text.slice(0, error.offset).trimEnd();
  const at = text.charAt(error.offset);
  let hint: string | undefined;
  if ((at === '}' || at === ']') && before.endsWith(',')) hint = 'remove the trailing comma before it';
  else if (code === 'CloseBraceExpected' || code === 'CloseBracketExpected' || error.offset + error.length >= text.length)
    hint = 'the file may be truncated: check that every {, [ and " is closed';
  else if (code === 'UnexpectedEndOfString') hint = 'a string is not closed before the end of the line';
  else if (code === 'InvalidCommentToken' || at === '/') hint = 'JSON does not allow comments';
  else if (code === 'CommaExpected') hint = 'a comma is missing between two values';
  else if (at === "'") hint = 'JSON strings use double quotes';
  else if (code === 'InvalidCharacter' || code === 'InvalidEscapeCharacter') hint = 'escape control characters (\\n, \\t, \\u0000) inside strings';
  return { offset: error.offset, detail: code, ...(hint ? { hint } : {}) };
}
