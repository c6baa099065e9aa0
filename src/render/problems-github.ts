// Problems as GitHub Actions workflow commands, so they appear as annotations on the pull request:
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
import { countProblems, type Problem } from '../model/problem.js';
import { describeProblem } from './describe-problem.js';
import type { ProblemsView } from './problems-text.js';
import { safeText } from './terminal-text.js';

// GitHub's escaping rules: %, CR and LF in messages; additionally : and , in property values.
// Control characters are made visible first: Actions logs interpret ANSI escapes.
const escapeData = (s: string) => safeText(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderProblemGithub(p: Problem): string {
  const props = [
    p.file ? `file=${escapeProperty(p.file)}` : undefined,
    p.line !== undefined ? `line=${p.line}` : undefined,
    p.column !== undefined ? `col=${p.column}` : undefined,
    `title=${escapeProperty(`treaty ${p.code}`)}`,
  ].filter(Boolean);
  const pointer = p.pointer ? ` (at ${p.pointer})` : '';
  return `::${p.severity} ${props.join(',')}::${escapeData(describeProblem(p) + pointer)}`;
}

export function renderProblemsGithub(view: ProblemsView): string {
  const { errors, warnings } = countProblems(view.problems);
  const lines = view.problems.map(renderProblemGithub);
  lines.push(`treaty validate: ${view.files.length} files checked, ${errors} errors, ${warnings} warnings`);
  return lines.join('\n') + '\n';
}
