// Problems as text, one per line in the form compilers use: `FILE:LINE:COL  CODE  message`.
import { countProblems, type Problem } from '../model/problem.js';
import { describeProblem, formatLocation } from './describe-problem.js';
import type { Styles } from './styles.js';
import { plainStyles } from './styles.js';
import { safeText } from './terminal-text.js';

export function renderProblemLine(problem: Problem, styles: Styles = plainStyles): string {
  // File names, pointers and messages carry user text: made inert before styling, so colour codes survive.
  const location = safeText(formatLocation(problem));
  const message = safeText((problem.severity === 'warning' ? 'warning: ' : '') + describeProblem(problem));
  const pointer = problem.pointer ? styles.dim(safeText(` (at ${problem.pointer})`)) : '';
  const code = problem.severity === 'error' ? styles.error(problem.code) : styles.warning(problem.code);
  return [location, code, message].filter(Boolean).join('  ') + pointer;
}

export interface ProblemsView {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

export function renderProblemsText(view: ProblemsView, styles: Styles): string {
  const { errors, warnings } = countProblems(view.problems);
  const lines = view.problems.map((p) => renderProblemLine(p, styles));
  const files = `${view.files.length} ${view.files.length === 1 ? 'file' : 'files'}`;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].filter((s) => !s.startsWith('0 ')).join(', ');
  if (lines.length > 0) lines.push('');
  lines.push(errors > 0 ? styles.error(`${files} checked: ${counts}`) : styles.ok(`${files} valid${warnings > 0 ? ` (${counts})` : ''}`));
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** A failure that stops a command, for stderr: `error: FILE:LINE:COL: message [code]`. */
export function renderFailure(problem: Problem, styles: Styles = plainStyles): string {
  const location = formatLocation(problem);
  const label = problem.severity === 'error' ? styles.error('error') : styles.warning('warning');
  const pointer = problem.pointer ? ` (at ${problem.pointer})` : '';
  return `treaty: ${label}: ${safeText(`${location ? `${location}: ` : ''}${describeProblem(problem)}${pointer}`)} ${styles.dim(`[${problem.code}]`)}`;
}
