// The cue matcher finds exactly what the regular expressions it replaced found (V8's RegExp over
// cueSource): every cue of data/qualifiers.json over every paragraph of every real text we have in its
// language, the bundled treaties and ../shared/open-treaties, with the same spans and captures.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentClauses } from '../../src/model/clause.js';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import type { TreatyText } from '../../src/model/treaty.js';
import { compileCuePattern, cueSource } from '../../src/qualifiers/compile-lexicon.js';
import { cueText } from '../../src/qualifiers/cue-text.js';
import { matchCue } from '../../src/qualifiers/match-cue.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';
import { hasOpenTreaties, openTreatiesSuite, openTreatyText } from '../helpers/open-treaties.js';
import { ROOT } from '../helpers/run-cli.js';
import { OPEN_TREATIES } from '../helpers/shared.js';
import { regexpSpans, type Spans } from './cue-engine.js';

const LEXICON = lexiconSchema.parse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8')));

/** Paragraphs as cues see them, by base language. */
function paragraphsOf(texts: readonly TreatyText[]): Map<string, string[]> {
  const byLang = new Map<string, string[]>();
  for (const text of texts) {
    const lang = text.lang.split('-')[0] as string;
    const list = byLang.get(lang) ?? [];
    for (const clause of segmentClauses(text)) list.push(cueText(clause.text));
    byLang.set(lang, list);
  }
  return byLang;
}

/** Cues whose matches differ from RegExp's on any paragraph, with the first such paragraph; and the match count. */
function differences(byLang: Map<string, string[]>): { differ: string[]; matches: number } {
  const differ: string[] = [];
  let matches = 0;
  for (const category of LEXICON.categories) {
    for (const [lang, cues] of Object.entries(category.cues)) {
      for (const { pattern } of cues) {
        const compiled = compileCuePattern(pattern, lang);
        if (!compiled.ok) throw new Error(`${pattern}: ${compiled.problem.code}`);
        const source = cueSource(pattern, lang);
        for (const paragraph of byLang.get(lang) ?? []) {
          const mine: Spans[] = matchCue(compiled.program, paragraph).map((m) => [m.start, m.end, ...Array.from(m.captures.subarray(2))]);
          const theirs = regexpSpans(source, paragraph);
          matches += theirs.length;
          if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
            differ.push(`${category.code} ${lang} ${pattern}\n  in ${JSON.stringify(paragraph.slice(0, 120))}\n  ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`);
            break;
          }
        }
      }
    }
  }
  return { differ, matches };
}

describe('the cue matcher on real texts', () => {
  it('matches exactly as RegExp did on every paragraph of the bundled treaties', () => {
    const { differ, matches } = differences(paragraphsOf(BUNDLED_IDS.flatMap((id) => bundledTreaty(id).texts)));
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(20);
  });

  it.skipIf(!hasOpenTreaties)(openTreatiesSuite('matches exactly as RegExp did on every paragraph of ../shared/open-treaties'), () => {
    const ids = readdirSync(OPEN_TREATIES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const { differ, matches } = differences(paragraphsOf(ids.map((id) => openTreatyText(id, 'en'))));
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(500);
  });
});
