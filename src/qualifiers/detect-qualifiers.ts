// Finds the qualifiers in one clause: every cue of the clause's language, matched over the cue text, with
// the span in the original clause and a comparison key that ignores case, spacing, a leading article and
// the order of a list of parties.
import type { CompiledLexicon } from './compile-lexicon.js';
import { cueText } from './cue-text.js';
import { groupText, matchCue } from './match-cue.js';
import type { QualifierMatch } from '../model/comparison.js';

export function detectQualifiers(lexicon: CompiledLexicon, text: string, lang: string): QualifierMatch[] {
  const normalised = cueText(text);
  const found: QualifierMatch[] = [];
  for (const { category, cue, program, requiredWords } of lexicon.cuesFor(lang)) {
    if (!requiredWords.every((words) => words.some((w) => normalised.includes(w)))) continue;
    const compiled = program();
    for (const m of matchCue(compiled, normalised)) {
      const { start, end } = m;
      if (start === end) continue;
      found.push({
        code: category.code,
        role: category.role,
        label: cue.label ?? category.label,
        category: category.label,
        start,
        end,
        text: text.slice(start, end),
        key: comparisonKey(normalised.slice(start, end), groupText(compiled, normalised, m, 'list')),
      });
    }
  }
  return withoutOverlaps(found);
}

// Within a category, overlapping matches are one qualifier: keep the longest ("military and other
// assistance" rather than "military assistance" inside it), then the earliest.
function withoutOverlaps(matches: QualifierMatch[]): QualifierMatch[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: QualifierMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.code === m.code && k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

const SPACES = /\s+/g;
const LEADING_ARTICLE = /^(?:the|a|an) /;
// "A, B and C", "A, B, and C", "A and of B": the conjunction, a comma before it, and a repeated "of"
// are not part of any item.
const LIST_SEPARATOR = /\s*,\s*(?:(?:and|и|et|y|und)\s+)?|\s+(?:and|и|et|y|und)\s+/;
const ITEM_LEAD = /^(?:(?:of|the|a|an) )+/;

function comparisonKey(matched: string, list: string | undefined): string {
  let key = matched.replace(SPACES, ' ').trim();
  if (list !== undefined) {
    const items = list
      .split(LIST_SEPARATOR)
      .map((item) => item.replace(SPACES, ' ').trim().replace(ITEM_LEAD, ''))
      .filter(Boolean)
      .sort();
    key = key.replace(list.replace(SPACES, ' ').trim(), items.join(' + '));
  }
  return key.replace(LEADING_ARTICLE, '');
}
