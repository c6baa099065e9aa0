// Treaties and the lexicon for tests that use treaty as a library: loaded by name as a program would (a
// failure throws with the problems' wording), or built small in place.
import { describeProblem, loadLexicon, loadTreaty, type Lexicon, type Treaty } from '../../src/index.js';
import { treatySchema } from '../../src/model/treaty.js';

export async function loadOrThrow(ref: string): Promise<Treaty> {
  const loaded = await loadTreaty(ref);
  if (!loaded.ok) throw new Error(loaded.problems.map(describeProblem).join('\n'));
  return loaded.value;
}

export async function lexiconOrThrow(): Promise<Lexicon> {
  const loaded = await loadLexicon();
  if (!loaded.ok) throw new Error(loaded.problems.map(describeProblem).join('\n'));
  return loaded.value;
}

/** A valid English treaty `id` whose articles 1, 2, … have the paragraphs given. */
export function smallTreaty(id: string, articles: readonly (readonly string[])[]): Treaty {
  return treatySchema.parse({
    formatVersion: 1,
    id,
    aliases: [],
    title: `Treaty ${id}`,
    shortTitle: id,
    parties: [
      { code: 'AAA', name: 'State A' },
      { code: 'BBB', name: 'State B' },
    ],
    signed: { date: '2000-01-01' },
    texts: [{ lang: 'en', kind: 'authentic', provenance: { sources: [{ title: 'test' }] }, articles: articles.map((paragraphs, i) => ({ number: String(i + 1), paragraphs })) }],
  });
}
