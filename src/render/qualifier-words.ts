// How qualifier changes are written, for every text format: one line per category, leading with the
// role ("precondition added — …", "timing reworded (immediately → without delay)").
import { splitWordings } from '../qualifiers/compare-qualifiers.js';
import type { Clause } from '../model/clause.js';
import { clauseLabel, sideLabel } from './diff-words.js';
import type { Span } from './redline.js';
import type { ClauseQualifier, ComparedSide, Comparison, QualifierDifference, QualifierMatch } from '../model/comparison.js';

const quote = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join(' / ');
const plain = (texts: readonly string[]) => texts.join(' / ');
// A cue's label that only repeats the words found says nothing: the category's label does.
const labelOf = (ms: readonly QualifierMatch[]) =>
  [...new Set(ms.map((m) => (m.label.toLowerCase() === m.text.replace(/\s+/g, ' ').toLowerCase() ? m.category : m.label)))].join(' / ');
const texts = (ms: readonly QualifierMatch[]) => [...new Set(ms.map((m) => m.text.replace(/\s+/g, ' ')))];

/** The spans of a link's qualifiers on each side, for underlining in a redline. */
export function qualifierSpans(differences: readonly QualifierDifference[]): { left: Span[]; right: Span[] } {
  const spans = (ms: readonly QualifierMatch[]) => ms.map(({ start, end }) => ({ start, end }));
  return { left: differences.flatMap((d) => spans(d.left)), right: differences.flatMap((d) => spans(d.right)) };
}

/** One line per qualifier category of a link. */
export function linkQualifierLines(differences: readonly QualifierDifference[]): string[] {
  return differences.map((d) => {
    switch (d.change) {
      case 'added':
        return `${d.role} added — ${labelOf(d.right)}: ${quote(texts(d.right))}`;
      case 'removed':
        return `${d.role} removed — ${labelOf(d.left)}: ${quote(texts(d.left))}`;
      case 'kept':
        return `${d.role} kept — ${labelOf(d.left)}: ${quote(texts(d.left))}`;
      case 'reworded': {
        const { leftOnly, rightOnly, common } = splitWordings(d);
        return `${d.role} reworded (${plain(leftOnly)} → ${plain(rightOnly)})${common.length > 0 ? `; kept: ${plain(common)}` : ''}`;
      }
      case 'unknown': {
        const [side, ms] = d.left.length > 0 ? (['left', d.left] as const) : (['right', d.right] as const);
        return `${d.role} on the ${side} only — ${labelOf(ms)}: ${quote(texts(ms))} (the other clause is cut off in this corpus: unknown)`;
      }
    }
  });
}

/** Lines of the treaty-level summary: where each category's qualifiers are on each side. */
export function comparisonQualifierLines(c: Comparison): string[] {
  return c.qualifiers.map((d) => {
    const name = (d.left[0] ?? d.right[0])?.category ?? d.code;
    const head = name === d.role ? d.role : `${d.role} · ${name}`;
    const l = `${sideLabel(c.left)} ${where(c.left, d.left)}`;
    const r = `${sideLabel(c.right)} ${where(c.right, d.right)}`;
    switch (d.change) {
      case 'kept':
        return `${head} kept — ${l} · ${r}`;
      case 'reworded':
        return `${head} reworded — ${l} → ${r}`;
      case 'added':
        return `${head} only in ${sideLabel(c.right)} — ${r}`;
      case 'removed':
        return `${head} only in ${sideLabel(c.left)} — ${l}`;
      case 'unknown':
        return d.left.length > 0 ? `${head} only in ${sideLabel(c.left)} — ${l}; ${notFound(c.right)}` : `${head} only in ${sideLabel(c.right)} — ${r}; ${notFound(c.left)}`;
    }
  });
}

/** Why a qualifier's absence from a side proves nothing. */
function notFound(side: ComparedSide): string {
  return side.selection !== undefined
    ? `not in the part of ${sideLabel(side)} compared`
    : `not in the ${sideLabel(side)} text in this corpus, which is partial`;
}

/** "Art. 1 ¶2 “armed attack”, Art. 4 “…”". */
function where(side: ComparedSide, matches: readonly ClauseQualifier[]): string {
  const byClause = new Map<number, string[]>();
  for (const m of matches) {
    // Pushed, not copied: a long paragraph can hold thousands of matches of one category.
    const texts = byClause.get(m.clause) ?? [];
    texts.push(m.text.replace(/\s+/g, ' '));
    byClause.set(m.clause, texts);
  }
  return [...byClause].map(([i, ts]) => `${clauseLabel(side.clauses[i] as Clause)} ${quote([...new Set(ts)])}`).join(', ');
}
