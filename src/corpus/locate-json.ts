// Maps JSON pointers and parse errors to line and column, so that every finding in a data file can say
// where it is. Only used once something is wrong (and by validate, for repeated keys): the happy path
// reads files with JSON.parse alone. Each question is one streaming pass over the text (jsonc-parser's
// visitor), never a syntax tree: a tree of an 8 MB file of small values takes half a gigabyte, and
// validate asks about thousands of files.
import { type ParseError, printParseErrorCode, visit } from 'jsonc-parser';
import { MAX_JSON_DEPTH } from '../model/limits.js';

type Path = readonly (string | number)[];

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
  readonly path: Path;
  readonly position: Position;
}

/** A value to locate: at `path`, or at its property name with `atKey`. */
export interface PositionRequest {
  readonly path: Path;
  readonly atKey?: boolean;
}

export interface LocatedJson {
  readonly syntaxErrors: readonly JsonSyntaxError[];
  /** Position of the value at `path`, or of the nearest enclosing value that exists. */
  position(path: Path, atKey?: boolean): Position;
  /** The positions of many values, in one pass over the text. */
  positions(requests: readonly PositionRequest[]): Position[];
  positionOfOffset(offset: number): Position;
  /** Object keys that occur more than once in the same object (JSON.parse keeps only the last): the first `limit`. */
  duplicateKeys(limit?: number): DuplicateKey[];
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
  let lineStarts: number[] | undefined;
  const positionOfOffset = (offset: number): Position => positionIn((lineStarts ??= lineStartsOf(text)), offset);
  let syntaxErrors: JsonSyntaxError[] | undefined;

  const positions = (requests: readonly PositionRequest[]): Position[] => {
    const offsets = findOffsets(text, requests.map((r) => r.path));
    return requests.map((request, i) => {
      const found = offsets[i] as FoundOffset;
      return positionOfOffset(request.atKey && found.exact && found.keyOffset !== undefined ? found.keyOffset : found.offset);
    });
  };

  return {
    get syntaxErrors() {
      return (syntaxErrors ??= findSyntaxErrors(text).map((e) => describeSyntaxError(text, e)));
    },
    position: (path, atKey = false) => positions([{ path, atKey }])[0] as Position,
    positions,
    positionOfOffset,
    duplicateKeys: (limit = Number.POSITIVE_INFINITY) => findDuplicateKeys(text, limit).map(({ path, offset }) => ({ path, position: positionOfOffset(offset) })),
  };
}

function findSyntaxErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  visit(text, { onError: (error, offset, length) => void errors.push({ error, offset, length }) }, { allowTrailingComma: false, disallowComments: true });
  return errors;
}

interface FoundOffset {
  /** Offset of the value, or of the nearest enclosing value that exists (0 when none does). */
  readonly offset: number;
  /** Offset of the property name, when the value is an object member. */
  readonly keyOffset?: number;
  /** The whole path exists. */
  readonly exact: boolean;
}

/** One segment of the paths asked for: the values found on the way, and the segments below. */
interface Wanted {
  offset?: number;
  keyOffset?: number;
  readonly children: Map<string | number, Wanted>;
}

/**
 * Where the values at `paths` begin, in one pass. The paths form a tree; the pass follows it, skipping
 * the contents of every object and array no path leads into.
 */
function findOffsets(text: string, paths: readonly Path[]): FoundOffset[] {
  const root: Wanted = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
  }
  walkValues(text, (frames, offset) => {
    // The value just begun is wanted if its parent was and its own segment is.
    const parent = frames.length === 0 ? undefined : frames[frames.length - 1];
    const node = parent === undefined ? root : parent.wanted?.children.get(parent.segment);
    if (!node) return undefined;
    node.offset = offset;
    if (parent?.keyOffset !== undefined) node.keyOffset = parent.keyOffset;
    return node;
  });
  return paths.map((path) => {
    let node: Wanted | undefined = root;
    let found: FoundOffset = { offset: 0, exact: path.length === 0 && root.offset !== undefined };
    for (let depth = 0; node && node.offset !== undefined; depth++) {
      found = { offset: node.offset, ...(node.keyOffset !== undefined ? { keyOffset: node.keyOffset } : {}), exact: depth === path.length };
      if (depth === path.length) break;
      node = node.children.get(path[depth] as string | number);
    }
    return found;
  });
}

/** An open object or array during a pass: its wanted node (if any) and the segment of the next value. */
interface Frame {
  readonly wanted: Wanted | undefined;
  segment: string | number;
  /** In an object: where the current property's name starts. */
  keyOffset?: number;
}

/**
 * Streams the values of a JSON text, calling `begin` as each starts with the frames of the containers
 * around it; what `begin` returns is kept with the value if it is a container, and a container for which
 * it returns undefined is skipped (its members are not visited).
 */
function walkValues(text: string, begin: (frames: readonly Frame[], offset: number) => Wanted | undefined): void {
  const frames: Frame[] = [];
  const next = () => {
    const top = frames[frames.length - 1];
    if (top && typeof top.segment === 'number') top.segment++;
  };
  // A skipped container still gets its frame: jsonc-parser reports its end, though not its members.
  const open = (offset: number, first: string | number): boolean => {
    const wanted = begin(frames, offset);
    frames.push({ wanted, segment: first });
    return wanted !== undefined;
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => open(offset, ''),
      onArrayBegin: (offset) => open(offset, 0),
      onObjectProperty: (property, offset) => {
        const top = frames[frames.length - 1];
        if (top) {
          top.segment = property;
          top.keyOffset = offset;
        }
      },
      onObjectEnd: () => {
        frames.pop();
        next();
      },
      onArrayEnd: () => {
        frames.pop();
        next();
      },
      onLiteralValue: (_value, offset) => {
        begin(frames, offset);
        next();
      },
    },
    { allowTrailingComma: false, disallowComments: true },
  );
}

interface KeyAt {
  readonly path: Path;
  readonly offset: number;
}

/** The first `limit` repeated keys, object by object, in one pass. */
function findDuplicateKeys(text: string, limit: number): KeyAt[] {
  const found: KeyAt[] = [];
  const stack: Array<{ readonly keys?: Set<string>; segment: string | number }> = [];
  const next = () => {
    const top = stack[stack.length - 1];
    if (top && typeof top.segment === 'number') top.segment++;
  };
  const pathTo = (key: string): Path => [...stack.slice(0, -1).map((f) => f.segment), key];
  visit(
    text,
    {
      onObjectBegin: () => void stack.push({ keys: new Set(), segment: '' }),
      onArrayBegin: () => void stack.push({ segment: 0 }),
      onObjectProperty: (property, offset) => {
        const top = stack[stack.length - 1];
        if (!top?.keys) return;
        top.segment = property;
        if (top.keys.has(property) && found.length < limit) found.push({ path: pathTo(property), offset });
        top.keys.add(property);
      },
      onObjectEnd: () => {
        stack.pop();
        next();
      },
      onArrayEnd: () => {
        stack.pop();
        next();
      },
      onLiteralValue: next,
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  return found;
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
