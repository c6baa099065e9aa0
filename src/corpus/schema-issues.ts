// Runs a zod schema over a JSON value piece by piece, so that a document with a vast number of schema
// errors costs a bounded amount of work. zod gathers every issue of a value before it returns (200,000 for a
// treaty of 200,000 numeric paragraphs, at several microseconds each) and hands them up each level with
// push(...issues), which overflows the call stack past about 100,000. Here a value small enough is parsed
// whole; a larger array, object or record is parsed as a shell first (its own checks: type, length,
// required and unknown keys, with large members stood in for by z.unknown()), then its members in slices,
// until the caller has seen enough.
import { z } from 'zod';

type Path = readonly (string | number)[];

/** Receives each issue with its full path; returns false to stop (the budget is spent). */
export type IssueVisitor = (issue: z.core.$ZodIssue) => boolean;

/** Values of at most this many JSON nodes are parsed in one call: a few thousand issues at most. */
const PIECE_NODES = 2_000;

/**
 * Documents up to this many nodes are parsed in one call (the common case, and the fast one). Each node
 * yields at most a couple of issues, far below the argument count that overflows the stack.
 */
const WHOLE_NODES = 20_000;

/**
 * Visits the issues of `value` against `schema` in document order, as far as `visit` wants them. Returns
 * whether any issue was found; when none is, `schema.safeParse(value)` succeeds and is safe to run whole.
 */
export function visitSchemaIssues(schema: z.ZodType, value: unknown, visit: IssueVisitor): boolean {
  const state = { found: false, stopped: false };
  const emit = (issues: readonly z.core.$ZodIssue[], path: Path): void => {
    for (const issue of issues) {
      if (state.stopped) return;
      state.found = true;
      if (!visit(path.length === 0 ? issue : { ...issue, path: [...path, ...issue.path] })) state.stopped = true;
    }
  };
  if (countNodes(value, WHOLE_NODES) <= WHOLE_NODES) emit(schema.safeParse(value).error?.issues ?? [], []);
  else walk(schema, value, [], emit, () => state.stopped);
  return state.found;
}

type Emit = (issues: readonly z.core.$ZodIssue[], path: Path) => void;

function walk(schema: z.ZodType, value: unknown, path: Path, emit: Emit, stopped: () => boolean): void {
  if (stopped()) return;
  const whole = () => emit(schema.safeParse(value).error?.issues ?? [], path);
  if (countNodes(value, PIECE_NODES) <= PIECE_NODES) return whole();
  if ((schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) && value !== undefined && value !== null)
    return walk(schema.unwrap() as z.ZodType, value, path, emit, stopped);
  if (schema instanceof z.ZodArray && Array.isArray(value)) return walkArray(schema, value, path, emit, stopped);
  if (schema instanceof z.ZodObject && isPlainObject(value)) return walkObject(schema, value, path, emit, stopped);
  if (schema instanceof z.ZodRecord && isPlainObject(value)) return walkRecord(schema, value, path, emit, stopped);
  // A type mismatch (zod stops at the type) or a kind of schema the data formats do not split.
  whole();
}

function walkArray(schema: z.ZodArray, value: readonly unknown[], path: Path, emit: Emit, stopped: () => boolean): void {
  const def = schema.def;
  emit(shell(schema, 'array', () => schema.clone({ ...def, element: z.unknown() })).safeParse(value).error?.issues ?? [], path);
  const element = def.element as z.ZodType;
  const slice = z.array(element);
  // Consecutive small elements are parsed together, up to a piece's worth of nodes; a large one alone.
  let start = 0;
  let nodes = 0;
  const flush = (end: number) => {
    if (end > start && !stopped()) {
      const issues = slice.safeParse(value.slice(start, end)).error?.issues ?? [];
      emit(issues.map((issue) => ({ ...issue, path: [start + (issue.path[0] as number), ...issue.path.slice(1)] })), path);
    }
    start = end;
    nodes = 0;
  };
  for (let i = 0; i < value.length && !stopped(); i++) {
    const size = countNodes(value[i], PIECE_NODES);
    if (size > PIECE_NODES) {
      flush(i);
      walk(element, value[i], [...path, i], emit, stopped);
      start = i + 1;
      continue;
    }
    if (nodes + size > PIECE_NODES) flush(i);
    nodes += size;
  }
  flush(value.length);
}

function walkObject(schema: z.ZodObject, value: Record<string, unknown>, path: Path, emit: Emit, stopped: () => boolean): void {
  const shape = schema.shape as Record<string, z.ZodType>;
  const large = Object.keys(shape).filter((key) => Object.hasOwn(value, key) && countNodes(value[key], PIECE_NODES) > PIECE_NODES);
  const outer = shell(schema, large.join('\u0000'), () =>
    schema.clone({ ...schema.def, shape: { ...shape, ...Object.fromEntries(large.map((key) => [key, z.unknown()])) } }),
  );
  emit(outer.safeParse(value).error?.issues ?? [], path);
  for (const key of large) walk(shape[key] as z.ZodType, value[key], [...path, key], emit, stopped);
}

function walkRecord(schema: z.ZodRecord, value: Record<string, unknown>, path: Path, emit: Emit, stopped: () => boolean): void {
  emit(shell(schema, 'record', () => schema.clone({ ...schema.def, valueType: z.unknown() })).safeParse(value).error?.issues ?? [], path);
  const valueType = schema.def.valueType as z.ZodType;
  for (const [key, member] of Object.entries(value)) {
    if (stopped()) return;
    walk(valueType, member, [...path, key], emit, stopped);
  }
}

// Shells are built once per schema and kind: a text of 10,000 articles needs one article shell, not 10,000.
const shells = new WeakMap<z.ZodType, Map<string, z.ZodType>>();

function shell(schema: z.ZodType, key: string, build: () => z.ZodType): z.ZodType {
  let forSchema = shells.get(schema);
  if (!forSchema) shells.set(schema, (forSchema = new Map()));
  let built = forSchema.get(key);
  if (!built) forSchema.set(key, (built = build()));
  return built;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON nodes (values) in `value`, counting no further than just past `limit`. */
export function countNodes(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const v = stack.pop();
    count++;
    if (Array.isArray(v)) for (let i = 0; i < v.length && stack.length + count <= limit; i++) stack.push(v[i]);
    else if (isPlainObject(v)) for (const key in v) {
      if (stack.length + count > limit) break;
      stack.push(v[key]);
    }
  }
  return count + stack.length;
}
