// Writes lists of article numbers compactly: "5–23", "III–VII", "1, 3, 6".
import { parseArticleNumber } from '../model/article-number.js';

export function formatArticleList(numbers: readonly string[]): string {
  const runs: string[][] = [];
  let previous: number | undefined;
  for (const n of numbers) {
    const ordinal = parseArticleNumber(n);
    const run = runs[runs.length - 1];
    const follows = ordinal !== undefined && ordinal.suffix === 0 && previous !== undefined && ordinal.value === previous + 1;
    if (follows && run) run.push(n);
    else runs.push([n]);
    previous = ordinal?.suffix === 0 ? ordinal.value : undefined;
  }
  return runs
    .map((run) => (run.length >= 3 ? `${run[0]}–${run[run.length - 1]}` : run.join(', ')))
    .join(', ');
}

/** "Article 5" or "Articles 5–23". */
export function articlesPhrase(numbers: readonly string[]): string {
  return `${numbers.length === 1 ? 'Article' : 'Articles'} ${formatArticleList(numbers)}`;
}
