import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, cueSource, requiredWords } from '../../src/qualifiers/compile-lexicon.js';
import { cueText } from '../../src/qualifiers/cue-text.js';
import { matchCue } from '../../src/qualifiers/match-cue.js';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import { ROOT } from '../helpers/run-cli.js';
import { OPEN_TREATIES } from '../helpers/shared.js';
import { segmentClauses } from '../../src/model/clause.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';

const lexicon = lexiconSchema.parse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8')));

describe('cueSource', () => {
  it('widens spaces to any whitespace, but not inside a character class', () => {
    expect(cueSource('state of war', 'ko')).toBe('state\\s+of\\s+war');
    expect(cueSource("[a-z' ]+ and", 'ko')).toBe("[a-z' ]+\\s+and");
  });

  it('matches whole words only in scripts written with spaces', () => {
    const re = new RegExp(cueSource('consult', 'en'), 'g');
    expect('they consult; consultative'.match(re)).toEqual(['consult']);
  });
});

describe('requiredWords', () => {
  it.each([
    ['(?:a |the )?state of war', [['state'], ['war']]],
    ['immediately(?! (?:prior|preceding))', [['immediately']]],
    ['consult(?:s|ed)?', [['consult']]],
    ['laws? of', [['law']]],
    ['(?:armed|military) (?:attacks?|invasions?)', [['armed', 'military'], ['attack', 'invasion']]],
    ['without (?:undue )?delay|forthwith', [['without', 'forthwith']]],
    ['(?:a|b) x', []],
    ['(?<list>[a-z]+ and [a-z]+)', [['and']]],
    ['(?![^.]*war)laws', [['laws']]],
  ])('%j requires %j', (pattern, expected) => {
    expect(requiredWords(pattern)).toEqual(expected);
  });
});

/** Every paragraph we have, as cue text, by base language. */
function paragraphs(): Array<{ lang: string; text: string }> {
  const out = BUNDLED_IDS.flatMap((id) => bundledTreaty(id).texts.flatMap((t) => segmentClauses(t).map((c) => ({ lang: t.lang.split('-')[0]!, text: c.text }))));
  if (existsSync(OPEN_TREATIES))
    for (const file of readdirSync(OPEN_TREATIES).filter((f) => f.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(`${OPEN_TREATIES}${file}`, 'utf8')) as { articles: Array<{ content_en?: string }> };
      for (const a of json.articles) for (const p of (a.content_en ?? '').split('\n')) if (p.trim()) out.push({ lang: 'en', text: p });
    }
  return out;
}

describe('the pre-filter never hides a match', () => {
  it('every cue that matches a paragraph passes its required-word test on it', () => {
    const compiled = compileLexicon(lexicon);
    const hidden: string[] = [];
    for (const { lang, text } of paragraphs()) {
      const normalised = cueText(text);
      for (const cue of compiled.cuesFor(lang)) {
        if (matchCue(cue.program(), normalised).length === 0) continue;
        if (!cue.requiredWords.every((words) => words.some((w) => normalised.includes(w)))) hidden.push(`${cue.category.code}: ${cue.cue.pattern}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});
