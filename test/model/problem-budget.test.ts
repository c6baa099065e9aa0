// The problem budget: the first few of each code kept, the rest counted, counting stopped at a total.
import { describe, expect, it } from 'vitest';
import { countProblems, type Problem } from '../../src/model/problem.js';
import { ProblemBudget } from '../../src/model/problem-budget.js';

const problem = (code: Problem['code'], severity: Problem['severity'] = 'error'): Problem => ({ code, severity, args: {} });

describe('ProblemBudget', () => {
  it('keeps the first of each code and severity, and counts the rest', () => {
    const budget = new ProblemBudget<Problem>({ perCode: 2, total: 100, reader: 'validate' });
    for (let i = 0; i < 5; i++) budget.add(problem('schema'));
    budget.add(problem('zero-width', 'warning'));
    budget.add(problem('zero-width', 'error'));
    expect(budget.kept.map((p) => p.code)).toEqual(['schema', 'schema', 'zero-width', 'zero-width']);
    expect(budget.full).toBe(false);
    expect(budget.summary('a.json')).toEqual([
      { code: 'problems-omitted', severity: 'error', file: 'a.json', args: { code: 'schema', count: 3, listed: 2, reader: 'validate' } },
    ]);
  });

  it('stops counting at the total and says so', () => {
    const budget = new ProblemBudget<Problem>({ perCode: 1, total: 3, reader: 'load' });
    const accepted = Array.from({ length: 5 }, () => budget.add(problem('schema')));
    expect(accepted).toEqual([true, true, true, false, false]);
    expect(budget.full).toBe(true);
    expect(budget.summary('a.json').map((p) => [p.code, p.args.count ?? p.args.limit])).toEqual([
      ['problems-omitted', 2],
      ['check-stopped', 3],
    ]);
  });

  it('is counted by countProblems as the problems it stands for', () => {
    const budget = new ProblemBudget<Problem>({ perCode: 1, total: 100, reader: 'validate' });
    for (let i = 0; i < 4; i++) budget.add(problem('schema'));
    for (let i = 0; i < 3; i++) budget.add(problem('lang-noncanonical', 'warning'));
    expect(countProblems([...budget.kept, ...budget.summary('a.json')])).toEqual({ errors: 4, warnings: 3 });
  });
});
