// Running the treaty schema piece by piece: the same issues as zod's whole parse where that parse works,
// bounded work and no stack overflow where it does not.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countNodes, visitSchemaIssues } from '../../src/corpus/schema-issues.js';
import { treatySchema } from '../../src/model/treaty.js';
import { generatedTreaty } from '../../bench/hostile-cases.js';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const seen: Array<{ code: string; path: PropertyKey[] }> = [];
  visitSchemaIssues(schema, value, (issue) => seen.push({ code: issue.code, path: issue.path }) > 0);
  return seen;
};
const sortIssues = (issues: Array<{ code: string; path: PropertyKey[] }>) => [...issues].map((i) => `${i.code} ${i.path.join('/')}`).sort();

/** A treaty of `articles` × `paragraphs`, with a few kinds of mistakes spread through it. */
function brokenTreaty(articles: number, paragraphs: number): Record<string, unknown> {
  const doc = generatedTreaty({
    id: 'broken',
    articles: Array.from({ length: articles }, (_, a) => ({ number: String(a + 1), paragraphs: Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i}.`) })),
  }) as unknown as Record<string, unknown>;
  const text = (doc.texts as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
  const list = text.articles as Array<Record<string, unknown>>;
  (list[0]?.paragraphs as unknown[])[3] = 42;
  (list[articles - 1] as Record<string, unknown>).colour = 'red';
  delete (list[1] as Record<string, unknown>).number;
  (list[2]?.paragraphs as unknown[])[paragraphs - 1] = null;
  delete doc.title;
  doc.extra = true;
  return doc;
}

describe('visitSchemaIssues', () => {
  it('finds what zod finds, with full paths, when the document is split into pieces', () => {
    const doc = brokenTreaty(30, 1_000); // 30,000 paragraphs: split into pieces
    expect(countNodes(doc, 20_000)).toBeGreaterThan(20_000);
    const whole = treatySchema.safeParse(doc).error?.issues ?? [];
    expect(sortIssues(issuesOf(treatySchema, doc))).toEqual(sortIssues(whole.map((i) => ({ code: i.code, path: i.path }))));
  });

  it('finds the same in a small document parsed whole', () => {
    const doc = brokenTreaty(4, 5);
    const whole = treatySchema.safeParse(doc).error?.issues ?? [];
    expect(sortIssues(issuesOf(treatySchema, doc))).toEqual(sortIssues(whole.map((i) => ({ code: i.code, path: i.path }))));
  });

  it('reports a valid large document as having no issues', () => {
    const doc = generatedTreaty({ id: 'wide', articles: Array.from({ length: 5 }, (_, a) => ({ number: String(a + 1), paragraphs: Array.from({ length: 10_000 }, () => 'Text.') })) });
    expect(visitSchemaIssues(treatySchema, doc, () => true)).toBe(false);
  });

  // 200,000 issues: zod's whole parse overflows the call stack on these (zod 4.6).
  it('stops when the visitor has seen enough, without building every issue', () => {
    const doc = generatedTreaty({ id: 'many', articles: Array.from({ length: 20 }, (_, a) => ({ number: String(a + 1), paragraphs: Array.from({ length: 10_000 }, (_, i) => i) as unknown as string[] })) });
    let seen = 0;
    expect(visitSchemaIssues(treatySchema, doc, () => ++seen < 50)).toBe(true);
    expect(seen).toBe(50);
  });

  it('keeps array-level checks such as the length limit of the split array', () => {
    const schema = z.object({ list: z.array(z.string()).max(20_000, 'too many') });
    const list: unknown[] = Array.from({ length: 25_000 }, () => 'x');
    list[24_000] = 1;
    expect(issuesOf(schema, { list })).toEqual([
      { code: 'too_big', path: ['list'] },
      { code: 'invalid_type', path: ['list', 24_000] },
    ]);
  });
});
