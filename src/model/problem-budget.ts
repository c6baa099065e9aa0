// Keeps one file's problem list short and the work behind it bounded: the first few problems of each code
// are kept, later ones only counted, and checking stops once the file has a set number. A file with
// 200,000 broken paragraphs then costs what one with 10,000 does, and its report still fits on a screen.
import type { Problem, ProblemCode, Severity } from './problem.js';

export interface BudgetLimits {
  /** Problems of one code (and severity) kept per file; later ones are only counted. */
  readonly perCode: number;
  /** Problems counted per file before checking stops. */
  readonly total: number;
  /** Who reads the list: a summary tells a command loading the file that `treaty validate` lists more. */
  readonly reader: 'validate' | 'load';
}

/** `treaty validate`: enough of each kind to see the pattern, and an exact count up to 10,000. */
export const VALIDATE_LIMITS: BudgetLimits = { perCode: 20, total: 10_000, reader: 'validate' };

/** Loading a file for another command (`show`, `diff`, `list`), which need only say where it is broken. */
export const LOAD_LIMITS: BudgetLimits = { perCode: 5, total: 100, reader: 'load' };

type Countable = { readonly code: ProblemCode; readonly severity: Severity };

interface Tally {
  readonly code: ProblemCode;
  readonly severity: Severity;
  count: number;
}

export class ProblemBudget<T extends Countable> {
  readonly #kept: T[] = [];
  readonly #tallies = new Map<string, Tally>();
  #total = 0;

  constructor(readonly limits: BudgetLimits) {}

  /** The total is reached: checks stop looking, and the file's report says so. */
  get full(): boolean {
    return this.#total >= this.limits.total;
  }

  /** Counts `item`, keeping it if it is among the first of its code. False once full: nothing more is counted. */
  add(item: T): boolean {
    if (this.full) return false;
    this.#total++;
    const key = `${item.severity} ${item.code}`;
    let tally = this.#tallies.get(key);
    if (!tally) this.#tallies.set(key, (tally = { code: item.code, severity: item.severity, count: 0 }));
    tally.count++;
    if (tally.count <= this.limits.perCode) this.#kept.push(item);
    return true;
  }

  /** The items kept, in the order they were added. */
  get kept(): readonly T[] {
    return this.#kept;
  }

  /**
   * What the kept items leave out, as problems about `file`: one `problems-omitted` per code with more
   * than were kept, and `check-stopped` when the total was reached (the counts are then lower bounds).
   */
  summary(file: string | undefined): Problem[] {
    const at = file === undefined ? {} : { file };
    const { perCode, total, reader } = this.limits;
    const out: Problem[] = [];
    for (const { code, severity, count } of this.#tallies.values())
      if (count > perCode) out.push({ code: 'problems-omitted', severity, ...at, args: { code, count: count - perCode, listed: perCode, reader } });
    if (this.full) out.push({ code: 'check-stopped', severity: 'error', ...at, args: { limit: total, reader } });
    return out;
  }
}

/** Summary problems (omitted counts, checking stopped) are about a whole file and follow its other problems. */
export function isSummaryProblem(problem: Problem): boolean {
  return problem.code === 'problems-omitted' || problem.code === 'check-stopped';
}
