// Problems in the JSON contracts (validate output, and files skipped by list).
import type { ProblemOutput } from '../contract/common.js';
import { VALIDATE_SCHEMA_VERSION } from '../contract/schema-versions.js';
import type { ValidateOutput } from '../contract/validate-output.js';
import { countProblems, type Problem } from '../model/problem.js';
import { describeProblem } from './describe-problem.js';
import type { ProblemsView } from './problems-text.js';
import { stringifyJson } from './stringify-json.js';

export function problemToJson(p: Problem): ProblemOutput {
  return {
    file: p.file ?? null,
    line: p.line ?? null,
    column: p.column ?? null,
    pointer: p.pointer ?? null,
    code: p.code,
    severity: p.severity,
    message: describeProblem(p),
  };
}

export function renderProblemsJson(view: ProblemsView): string {
  const { errors, warnings } = countProblems(view.problems);
  // Omitted problems are counts, not problems: a script that reads problems[] sees only real ones.
  const omitted = view.problems.filter((p) => p.code === 'problems-omitted');
  const output: ValidateOutput = {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    valid: errors === 0,
    files: [...view.files],
    errors,
    warnings,
    problems: view.problems.filter((p) => p.code !== 'problems-omitted').map(problemToJson),
    omitted: omitted.map((p) => ({ file: p.file ?? null, code: String(p.args.code), severity: p.severity, count: Number(p.args.count) })),
  };
  return stringifyJson(output);
}
