// Invariants of the qualifier lexicon the schema cannot express: codes unique, every category usable in
// English (the language of the bundled corpus), no cue repeated within a category.
import type { Lexicon } from '../model/qualifier-lexicon.js';
import type { Finding } from '../model/problem.js';

export function checkLexicon(lexicon: Lexicon): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  lexicon.categories.forEach((category, i) => {
    const first = seen.get(category.code);
    if (first !== undefined) findings.push({ code: 'lexicon-duplicate-code', severity: 'error', path: ['categories', i, 'code'], args: { code: category.code, first } });
    else seen.set(category.code, i);
    if (!category.cues.en) findings.push({ code: 'lexicon-no-english', severity: 'warning', path: ['categories', i, 'cues'], args: { code: category.code } });
    for (const [lang, cues] of Object.entries(category.cues)) {
      const patterns = new Map<string, number>();
      cues.forEach((cue, j) => {
        const earlier = patterns.get(cue.pattern);
        if (earlier !== undefined)
          findings.push({ code: 'lexicon-duplicate-cue', severity: 'warning', path: ['categories', i, 'cues', lang, j, 'pattern'], args: { code: category.code, first: earlier } });
        else patterns.set(cue.pattern, j);
      });
    }
  });
  return findings;
}
