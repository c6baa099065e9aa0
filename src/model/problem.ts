// Findings about input files and failures to run, as plain data: a code, a location and the facts of the
// case. Their wording lives in one place, src/render/describe-problem.ts.

/** Every problem the program can report. Codes are stable: scripts and tests match on them. */
export type ProblemCode =
  // Reading a file
  | 'path-not-found'
  | 'path-unreadable'
  | 'path-is-directory'
  | 'file-too-large'
  | 'file-empty'
  | 'file-not-utf8'
  | 'file-binary'
  | 'file-utf16'
  | 'file-bom'
  | 'json-syntax'
  | 'json-too-deep'
  | 'json-duplicate-key'
  | 'schema'
  | 'schema-unknown-key'
  // One treaty
  | 'id-file-mismatch'
  | 'date-invalid'
  | 'date-order'
  | 'lang-invalid'
  | 'lang-noncanonical'
  | 'text-lang-duplicate'
  | 'alias-duplicate'
  | 'article-duplicate'
  | 'article-order'
  | 'article-number-unparsed'
  | 'article-count-mismatch'
  | 'article-numbering-start'
  | 'article-numbering-hole'
  | 'numbering-mismatch'
  | 'numbering-label'
  | 'paragraph-empty'
  | 'paragraph-whitespace'
  | 'paragraph-line-break'
  | 'text-not-nfc'
  | 'control-character'
  | 'ansi-escape'
  | 'zero-width'
  | 'invisible-character'
  | 'bidi-control'
  | 'gap-marker'
  | 'coverage-status'
  | 'coverage-gaps'
  | 'text-no-articles'
  | 'end-without-link'
  | 'end-date-mismatch'
  // The qualifier lexicon
  | 'lexicon-duplicate-code'
  | 'lexicon-no-english'
  | 'lexicon-duplicate-cue'
  | 'lexicon-cue-unsupported'
  | 'lexicon-cue-too-large'
  // Across the corpus
  | 'duplicate-id'
  | 'duplicate-alias'
  | 'alias-is-id'
  | 'link-self'
  | 'link-unresolved'
  | 'link-one-way'
  | 'link-date-mismatch'
  | 'corpus-empty'
  // Long problem lists (see problem-budget.ts)
  | 'problems-omitted'
  | 'check-stopped'
  // Resolving what the user asked for
  | 'ref-unknown'
  | 'ref-ambiguous'
  | 'ref-broken'
  | 'article-unknown'
  | 'lang-unavailable'
  | 'no-text'
  | 'no-common-language'
  | 'clause-not-in-corpus'
  | 'paragraph-unknown'
  | 'selection-empty'
  | 'text-too-large'
  | 'text-empty'
  // Importing and writing
  | 'output-exists'
  | 'path-unwritable'
  | 'import-unplaced'
  | 'import-no-articles'
  | 'import-paragraph-too-long'
  | 'import-too-large'
  | 'import-article-count'
  | 'problems-not-shown'
  | 'option-invalid';

export type Severity = 'error' | 'warning';

/** Values a message may quote. Lists are joined by the formatter. */
export type ProblemArgs = Readonly<Record<string, string | number | readonly string[]>>;

/** A finding or failure. `pointer` is an RFC 6901 JSON pointer into `file`; line and column are 1-based. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly file?: string;
  readonly pointer?: string;
  readonly line?: number;
  readonly column?: number;
  readonly args: ProblemArgs;
}

/** A problem found inside one document, before it is tied to a file and a line. */
export interface Finding {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly args: ProblemArgs;
  /** Point at the property name rather than its value (for unknown or duplicate keys). */
  readonly atKey?: boolean;
}

/** The result of an operation that can fail in an expected way. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The path a pointer names; all-digit segments become array indexes (open-treaties keys are never digits). */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^(0|[1-9][0-9]*)$/.test(p) ? Number(p) : p));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * Errors and warnings in a list, counting those a `problems-omitted` summary stands for rather than the
 * summary itself: a file with 10,000 broken paragraphs has 10,000 errors, however few are listed.
 */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    const count = p.code === 'problems-omitted' && typeof p.args.count === 'number' ? p.args.count : 1;
    if (p.severity === 'error') errors += count;
    else warnings += count;
  }
  return { errors, warnings };
}
