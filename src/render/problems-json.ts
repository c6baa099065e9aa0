// Problems in the JSON contracts (validate output, and files skipped by list).
import type { ProblemOutput } from '../contract/common.js';
import { VALIDATE_SCHEMA_VERSION } from '../contract/schema-versions.js';
import type { ValidateOutput } from '../contract/validate-output.js';
import type { Problem } from '../model/problem.js';
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
  const errors = view.problems.filter((p) => p.severity === 'error').length;
  const output: ValidateOutput = {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    valid: errors === 0,
    files: [...view.files],
    errors,
    warnings: view.problems.length - errors,
    problems: view.problems.map(problemToJson),
  };
  return stringifyJson(output);
}
