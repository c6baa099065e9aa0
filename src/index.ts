// treaty as a library: the same core the CLI runs, without a process, argv or a terminal. Loading functions
// read files (and only they do); comparing and rendering are pure. Expected failures are `Result` values
// with problem codes (see `describeProblem` for their wording); nothing here prints or exits.
//
//   import { loadTreaty, loadLexicon, compareTreaties, comparisonToJson } from 'treaty';

import { bundledDataDir } from './corpus/data-dir.js';
import { loadLexicon as loadLexiconFile } from './corpus/load-lexicon.js';
import { loadTreatyRef } from './corpus/load-treaty-ref.js';
import { ok, type Result } from './model/problem.js';
import type { Lexicon } from './model/qualifier-lexicon.js';
import type { Treaty } from './model/treaty.js';

// Comparing
export { compareTreaties, type CompareTreatiesOptions } from './compare/compare-treaties.js';
export { treatyQualifiers, type TreatyQualifiers, type TreatyQualifiersOptions, type ClauseQualifiers } from './compare/treaty-qualifiers.js';
export type { QualifierSource } from './qualifiers/qualifier-source.js';
export type {
  ClauseSelection,
  Comparison,
  ComparedLink,
  ComparedSide,
  ComparisonSummary,
  UnmatchedClause,
  ClauseQualifier,
  LinkKind,
  Placement,
  MatchedBy,
  DiffSegment,
  DiffOp,
  QualifierDifference,
  QualifierChange,
  QualifierMatch,
} from './model/comparison.js';
export type { Clause, ClausePart } from './model/clause.js';
export { diffWords, rebuildSides } from './diff/diff-words.js';

// The data model
export { treatySchema, type Treaty, type TreatyInput, type TreatyText, type Article, type Party } from './model/treaty.js';
export { lexiconSchema, type Lexicon } from './model/qualifier-lexicon.js';
export { type Problem, type ProblemCode, type Result, type Severity } from './model/problem.js';
export { MAX_CLAUSES, MAX_FILE_BYTES, MAX_JSON_DEPTH, MAX_PARAGRAPH_CHARS } from './model/limits.js';

// Output: the documented JSON contract (as an object or as text) and the human formats
export { comparisonToJson, renderDiffJson } from './render/diff-json.js';
export { renderQualifiersJson } from './render/qualifiers-json.js';
export type { DiffOutput } from './contract/diff-output.js';
export { renderDiffText } from './render/diff-text.js';
export { renderDiffMarkdown } from './render/diff-markdown.js';
export { describeProblem, formatLocation } from './render/describe-problem.js';
export { plainStyles } from './render/styles.js';

export interface LoadOptions {
  /** A corpus folder (as `--data`); default the corpus bundled with treaty. */
  readonly dataDir?: string;
}

/** Reads a treaty by id, alias, unique prefix, or path to a treaty JSON or plain-text file. */
export async function loadTreaty(ref: string, options: LoadOptions = {}): Promise<Result<Treaty>> {
  const loaded = await loadTreatyRef(ref, options.dataDir ?? bundledDataDir());
  return loaded.ok ? ok(loaded.value.entry.treaty) : loaded;
}

/** Reads the qualifier lexicon of a corpus folder, or the bundled one. */
export async function loadLexicon(options: LoadOptions = {}): Promise<Result<Lexicon>> {
  const loaded = await loadLexiconFile(options.dataDir ?? bundledDataDir());
  return loaded.ok ? ok(loaded.value.lexicon) : loaded;
}
