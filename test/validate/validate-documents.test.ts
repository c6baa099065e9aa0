// validateDocuments on files with more problems than anyone reads: the first of each code listed in line
// order, then counts of the rest, and checking stopped at the file's limit.
import { describe, expect, it } from 'vitest';
import { generatedTreaty } from '../../bench/hostile-cases.js';
import { countProblems } from '../../src/model/problem.js';
import { VALIDATE_LIMITS } from '../../src/model/problem-budget.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

/** A treaty whose paragraphs are `paragraphs`, 10,000 to an article (the most an article may have). */
const treatyWith = (paragraphs: unknown[]) => {
  const articles = [];
  for (let i = 0; i < paragraphs.length; i += 10_000) articles.push({ number: String(articles.length + 1), paragraphs: paragraphs.slice(i, i + 10_000) as string[] });
  return JSON.stringify(generatedTreaty({ id: 'many', articles }), null, 2);
};

describe('validateDocuments with long problem lists', () => {
  it('lists the first 20 problems of a code in line order and counts the rest', () => {
    const problems = validateDocuments([{ file: 'many.json', text: treatyWith(Array.from({ length: 50 }, (_, i) => i)) }]);
    const listed = problems.filter((p) => p.code === 'schema');
    expect(listed).toHaveLength(VALIDATE_LIMITS.perCode);
    expect(listed.map((p) => p.line)).toEqual([...listed.map((p) => p.line)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(listed[0]?.pointer).toBe('/texts/0/articles/0/paragraphs/0');
    expect(problems.at(-1)).toMatchObject({ code: 'problems-omitted', file: 'many.json', args: { code: 'schema', count: 30 } });
    expect(countProblems(problems)).toEqual({ errors: 50, warnings: 0 });
  });

  it('bounds the string checks the same way, per code', () => {
    const bad = Array.from({ length: 30 }, (_, i) => `Paragraph\u200B ${i}.`);
    const problems = validateDocuments([{ file: 'many.json', text: treatyWith([...bad, ' padded ']) }]);
    expect(problems.filter((p) => p.code === 'zero-width')).toHaveLength(20);
    expect(problems.filter((p) => p.code === 'paragraph-whitespace')).toHaveLength(1);
    expect(problems.filter((p) => p.code === 'problems-omitted').map((p) => p.args)).toMatchObject([{ code: 'zero-width', count: 10 }]);
  });

  it('stops checking a file at the limit, and says so once', () => {
    const bad = Array.from({ length: VALIDATE_LIMITS.total + 500 }, () => 'x\u200B');
    const problems = validateDocuments([{ file: 'many.json', text: treatyWith(bad) }]);
    expect(problems.filter((p) => p.code === 'check-stopped')).toHaveLength(1);
    expect(problems.at(-1)?.code).toBe('check-stopped');
    expect(countProblems(problems).errors).toBe(VALIDATE_LIMITS.total + 1);
  });

  it('handles a file of 200,000 wrong paragraphs without building 200,000 problems', () => {
    const articles = Array.from({ length: 20 }, (_, a) => ({ number: String(a + 1), paragraphs: Array.from({ length: 10_000 }, (_, i) => i % 10) as unknown as string[] }));
    const problems = validateDocuments([{ file: 'many.json', text: JSON.stringify(generatedTreaty({ id: 'many', articles })) }]);
    expect(problems.length).toBeLessThan(30);
    expect(problems.map((p) => p.code)).toEqual([...Array.from({ length: 20 }, () => 'schema'), 'problems-omitted', 'check-stopped']);
  });
});
