// Reads one JSON data document (a treaty, the qualifier lexicon) from text: JSON syntax, then its zod
// schema, as many problems as the caller's limits keep, each located. Pure: the caller supplies the text
// and the file name used in findings.
import { parse as parseTolerantly } from 'jsonc-parser';
import type { z } from 'zod';
import { type Lexicon, lexiconSchema } from '../model/qualifier-lexicon.js';
import { type Treaty, treatySchema } from '../model/treaty.js';
import { type Finding, type Problem, toPointer } from '../model/problem.js';
import { type BudgetLimits, LOAD_LIMITS, ProblemBudget } from '../model/problem-budget.js';
import { MAX_JSON_DEPTH } from '../model/limits.js';
import { lineStartsOf, type LocatedJson, locateJson, measureJsonDepth, type Position, positionIn } from './locate-json.js';
import { visitSchemaIssues } from './schema-issues.js';

export interface ParsedDocument<T> {
  /** Present when the document passed the schema (it may still have semantic problems). */
  readonly value?: T;
  /** The parsed JSON value, when the syntax was valid. */
  readonly json?: unknown;
  /**
   * Syntax or schema problems, in document order: the first of each code as `limits` allow, then what they
   * leave out (`problems-omitted`, `check-stopped`; see problem-budget.ts).
   */
  readonly problems: readonly Problem[];
  /** Locates findings made later (by the validator) in the same document. */
  readonly locate: (finding: Finding) => Problem;
  /** Locates many findings in one pass over the text. */
  readonly locateAll: (findings: readonly Finding[]) => Problem[];
  /** The document's syntax tree with positions, built on first use. */
  readonly located: () => LocatedJson;
}

export type ParsedTreaty = ParsedDocument<Treaty> & { readonly treaty?: Treaty };

export function parseTreaty(file: string, text: string, limits: BudgetLimits = LOAD_LIMITS): ParsedTreaty {
  const parsed = parseDocument(file, text, treatySchema, 'schema/treaty.schema.json', limits);
  return parsed.value ? { ...parsed, treaty: parsed.value } : parsed;
}

export function parseLexicon(file: string, text: string, limits: BudgetLimits = LOAD_LIMITS): ParsedDocument<Lexicon> {
  return parseDocument(file, text, lexiconSchema, 'schema/lexicon.schema.json', limits);
}

/** `format` names the published schema that messages point the user to. */
export function parseDocument<S extends z.ZodType>(file: string, text: string, schema: S, format: string, limits: BudgetLimits = LOAD_LIMITS): ParsedDocument<z.output<S>> {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { problems: parsed.problems, locate: parsed.locate, locateAll: parsed.locateAll, located: parsed.located };
  const { json, locate, locateAll, located } = parsed;
  const budget = new ProblemBudget<Finding>(limits);
  const count = (issue: z.core.$ZodIssue): boolean => schemaFindings(issue, json, format).every((f) => budget.add(f));
  // Only a document without issues is parsed whole, for its value: that parse has no issues to pile up.
  if (!visitSchemaIssues(schema, json, count)) {
    const result = schema.safeParse(json);
    if (result.success) return { value: result.data, json, problems: [], locate, locateAll, located };
    result.error.issues.every(count);
  }
  const problems = [...locateAll(budget.kept).sort(byPosition), ...budget.summary(file)];
  return { json, problems, locate, locateAll, located };
}

/** Document order: by line, then column. */
export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export type ParsedJson = {
  readonly locate: (finding: Finding) => Problem;
  readonly locateAll: (findings: readonly Finding[]) => Problem[];
  readonly located: () => LocatedJson;
} & ({ readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problems: readonly Problem[] });

/**
 * JSON text to a value, or one located problem: empty, nested too deeply (refused before any recursive
 * parser sees it), or malformed (the first syntax error; those after it are mostly its consequences).
 */
export function parseJson(file: string, text: string): ParsedJson {
  let located: LocatedJson | undefined;
  const locator = (): LocatedJson => (located ??= locateJson(text));
  const locateAll = (findings: readonly Finding[]): Problem[] => {
    const positions = findings.length === 0 ? [] : locator().positions(findings.map((f) => ({ path: f.path, atKey: f.atKey === true })));
    return findings.map((f, i) => ({ code: f.code, severity: f.severity, file, pointer: toPointer(f.path), ...(positions[i] as Position), args: f.args }));
  };
  const locate = (f: Finding): Problem => locateAll([f])[0] as Problem;
  const failed = (code: Problem['code'], position: { line: number; column: number }, args: Problem['args'] = {}): ParsedJson => ({
    ok: false,
    problems: [{ code, severity: 'error', file, ...position, args }],
    locate,
    locateAll,
    located: locator,
  });

  if (text.trim() === '') return failed('file-empty', { line: 1, column: 1 });
  const depth = measureJsonDepth(text);
  if (depth.offset >= 0) return failed('json-too-deep', positionIn(lineStartsOf(text), depth.offset), { limit: MAX_JSON_DEPTH });
  try {
    return { ok: true, json: JSON.parse(text), locate, locateAll, located: locator };
  } catch {
    const first = locator().syntaxErrors[0] ?? { offset: 0, detail: 'InvalidSymbol' };
    return failed('json-syntax', locator().positionOfOffset(first.offset), { detail: first.detail, ...(first.hint ? { hint: first.hint } : {}) });
  }
}

/** Translates a zod issue into findings with our codes; zod's own wording is kept as the detail. */
function schemaFindings(issue: z.core.$ZodIssue, json: unknown, format: string): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ code: 'schema-unknown-key', severity: 'error', path: [...path, key], atKey: true, args: { key, format } }));
  }
  // A refinement that found one of our problems says which, with its facts (see qualifier-lexicon.ts).
  const problem = issue.code === 'custom' ? ownProblem(issue.params?.problem) : undefined;
  if (problem) return [{ code: problem.code, severity: 'error', path, args: problem.args }];
  const actual = valueAt(json, path);
  const field = path.length > 0 ? String(path[path.length - 1]) : '(document)';
  // zod words a missing enum or literal as an invalid value; the user needs to hear that it is missing.
  if (actual.found === false && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const expected = issue.code === 'invalid_type' ? issue.expected : issue.values.map((v) => JSON.stringify(v)).join(' or ');
    return [{ code: 'schema', severity: 'error', path, args: { detail: `required field "${field}" is missing (expected ${expected})` } }];
  }
  if (issue.code === 'invalid_type') {
    return [{ code: 'schema', severity: 'error', path, args: { detail: `expected ${issue.expected}, found ${describeValue(actual.value)}` } }];
  }
  return [{ code: 'schema', severity: 'error', path, args: { detail: issue.message } }];
}

function ownProblem(value: unknown): { code: Finding['code']; args: Finding['args'] } | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value) || !('args' in value)) return undefined;
  return value as { code: Finding['code']; args: Finding['args'] };
}

function valueAt(json: unknown, path: readonly (string | number)[]): { found: boolean; value?: unknown } {
  let current: unknown = json;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { found: true, value: current };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string "${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * The id and aliases a treaty file claims, read even from broken JSON: jsonc-parser recovers from syntax
 * errors (a missing comma, a truncated file) the way editors do, keeping every value it can reach. A ref
 * that names a broken file must fail on that file, not fall through to another treaty (load-treaty-ref.ts).
 */
export function recoverNames(text: string): { id?: string; aliases: string[] } {
  let json: unknown;
  try {
    json = parseTolerantly(text, [], { allowTrailingComma: true });
  } catch {
    return { aliases: [] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { aliases: [] };
  const { id, aliases } = json as { id?: unknown; aliases?: unknown };
  return {
    ...(typeof id === 'string' ? { id } : {}),
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
  };
}
