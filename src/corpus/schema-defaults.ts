// The defaults a schema fills in, as data: where in a document each default goes and its value. The build
// derives them from the treaty schema's JSON Schema (scripts/trust-bundled-data.js records them in
// dist/trusted-data.json), so that the trusted fast path (trusted-data.ts) fills in exactly what zod
// would without loading zod, and without a second, hand-written copy of the schema's defaults.

/** One default: the property path from the document root ("*" = every item of an array) and its value. */
export interface DefaultRule {
  readonly path: readonly string[];
  readonly value: unknown;
}

type JsonSchema = Readonly<Record<string, unknown>>;

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every `default` in `schema`, reached through `properties`, `items` and local `$ref`s. A default under a
 * union (`anyOf`, `oneOf`) or a conditional could not be applied without deciding which branch a value
 * takes, which is the schema's job: the build fails there (an Error, since it is the schema's author who
 * must act) rather than fill in a default the schema would not.
 */
export function defaultsOf(schema: JsonSchema): DefaultRule[] {
  const rules: DefaultRule[] = [];
  const walk = (node: JsonSchema, path: readonly string[], through: ReadonlySet<JsonSchema>): void => {
    if (through.has(node)) return;
    const seen = new Set(through).add(node);
    const ref = node.$ref;
    if (typeof ref === 'string') walk(resolve(schema, ref), path, seen);
    for (const branching of ['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'additionalProperties', 'patternProperties'] as const) {
      const branch = node[branching];
      if (branch === undefined || typeof branch === 'boolean') continue;
      if (containsDefault(branch)) throw new Error(`schema-defaults: a default under "${branching}" at /${path.join('/')} cannot be applied without the schema`);
    }
    if (path.length > 0 && 'default' in node) rules.push({ path, value: node.default });
    const properties = node.properties;
    if (isSchema(properties)) for (const [key, child] of Object.entries(properties)) if (isSchema(child)) walk(child, [...path, key], seen);
    if (isSchema(node.items)) walk(node.items, [...path, '*'], seen);
  };
  walk(schema, [], new Set());
  return rules;
}

function resolve(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`schema-defaults: only local $ref is supported, got ${ref}`);
  let node: unknown = root;
  for (const key of ref.slice(2).split('/')) node = isSchema(node) ? node[key.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
  if (!isSchema(node)) throw new Error(`schema-defaults: $ref ${ref} does not resolve`);
  return node;
}

function containsDefault(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsDefault);
  if (!isSchema(value)) return false;
  return 'default' in value || Object.values(value).some(containsDefault);
}

/**
 * Fills in `rules` on `document` (which it changes and returns): a property that is absent from an object
 * on the rule's path gets a fresh copy of the default. Paths through values of the wrong shape are
 * skipped; the fast path is only taken for documents the schema accepted.
 */
export function applyDefaults<T>(document: T, rules: readonly DefaultRule[]): T {
  for (const rule of rules) fill(document, rule.path, 0, rule.value);
  return document;
}

function fill(node: unknown, path: readonly string[], at: number, value: unknown): void {
  const key = path[at] as string;
  if (key === '*') {
    if (Array.isArray(node)) for (const item of node) fill(item, path, at + 1, value);
    return;
  }
  if (!isSchema(node)) return;
  const record = node as Record<string, unknown>;
  if (at === path.length - 1) {
    // The defaults are empty lists today: a literal is cheaper than a structured clone at start-up.
    if (record[key] === undefined) record[key] = Array.isArray(value) && value.length === 0 ? [] : structuredClone(value);
    return;
  }
  fill(record[key], path, at + 1, value);
}
