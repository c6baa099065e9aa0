// The front door for qualifiers, used as a program would, and the CLI's answers through the same door.
import { describe, expect, it } from 'vitest';
import { compareTreaties, describeProblem, renderDiffJson, renderQualifiersJson, treatyQualifiers } from '../../src/index.js';
import { lexiconOrThrow as lexicon, loadOrThrow as load } from '../helpers/library.js';
import { runCliInProcess } from '../helpers/run-cli.js';

describe('treatyQualifiers', () => {
  it('finds the preconditions of 2024 Article 4 in that article only', async () => {
    const found = treatyQualifiers(await load('2024'), { article: '4', lexicon: await lexicon() });
    if (!found.ok) throw new Error(found.problems.map(describeProblem).join('\n'));
    expect(found.value.selection).toBe('4');
    expect(new Set(found.value.clauses.map((c) => c.clause.article))).toEqual(new Set(['4']));
    expect(found.value.clauses.flatMap((c) => c.qualifiers.map((q) => q.code))).toEqual(expect.arrayContaining(['un-charter-article-51', 'domestic-law']));
  });

  it('finds none without a lexicon, and fails with problems for a missing language, text or article', async () => {
    const [treaty, metadataOnly] = await Promise.all([load('2024'), load('2000')]);
    const bare = treatyQualifiers(treaty);
    expect(bare.ok && bare.value.clauses.every((c) => c.qualifiers.length === 0)).toBe(true);
    const codes = (r: ReturnType<typeof treatyQualifiers>) => (r.ok ? [] : r.problems.map((p) => p.code));
    expect(codes(treatyQualifiers(treaty, { lang: 'xx' }))).toEqual(['lang-unavailable']);
    expect(codes(treatyQualifiers(metadataOnly))).toEqual(['no-text']);
    expect(codes(treatyQualifiers(treaty, { article: '99' }))).toEqual(['article-unknown']);
  });
});

describe('the CLI goes through the same front door', () => {
  it('`treaty diff 1961 2024 --format json` is the library comparison, though the CLI answers qualifiers from the build', async () => {
    const [left, right, lex] = await Promise.all([load('1961'), load('2024'), lexicon()]);
    const library = compareTreaties(left, right, { lexicon: lex });
    if (!library.ok) throw new Error('comparison failed');
    const cli = await runCliInProcess(['diff', '1961', '2024', '--format', 'json']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(renderDiffJson(library.value));
  });

  it('`treaty qualifiers 2024 4 --format json` is treatyQualifiers', async () => {
    const library = treatyQualifiers(await load('2024'), { article: '4', lexicon: await lexicon() });
    if (!library.ok) throw new Error('qualifiers failed');
    const cli = await runCliInProcess(['qualifiers', '2024', '4', '--format', 'json']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(renderQualifiersJson(library.value));
  });
});
