// Compares the qualifiers of two sides — the two clauses of a link, or two whole texts — category by
// category: added (only on the right), removed (only on the left), kept (same wording), reworded (same
// category, other wording: "immediately" → "without delay" is timing reworded, not one removed and one
// added). Where one side is incomplete, a qualifier missing from it is unknown, never removed or added.
import type { QualifierChange, QualifierDifference, QualifierMatch } from '../model/comparison.js';

export interface CompareQualifiersOptions {
  /** Text may be missing from this side (a clause cut off, a partial treaty text). */
  readonly leftIncomplete: boolean;
  readonly rightIncomplete: boolean;
}

/** Most telling changes first; within a change, the lexicon's order of categories. */
const CHANGE_ORDER: Record<QualifierChange, number> = { added: 0, removed: 1, reworded: 2, unknown: 3, kept: 4 };

export function compareQualifiers<M extends QualifierMatch>(
  left: readonly M[],
  right: readonly M[],
  options: CompareQualifiersOptions,
  categoryOrder: readonly string[] = [],
): QualifierDifference<M>[] {
  const codes = [...new Set([...left, ...right].map((m) => m.code))];
  const differences = codes.map((code): QualifierDifference<M> => {
    const l = left.filter((m) => m.code === code);
    const r = right.filter((m) => m.code === code);
    const role = (l[0] ?? r[0] as M).role;
    return { code, role, change: changeOf(l, r, options), left: l, right: r };
  });
  const rank = (code: string) => {
    const i = categoryOrder.indexOf(code);
    return i < 0 ? categoryOrder.length : i;
  };
  return differences.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

function changeOf(left: readonly QualifierMatch[], right: readonly QualifierMatch[], options: CompareQualifiersOptions): QualifierChange {
  if (left.length === 0) return options.leftIncomplete ? 'unknown' : 'added';
  if (right.length === 0) return options.rightIncomplete ? 'unknown' : 'removed';
  const keys = (ms: readonly QualifierMatch[]) => [...new Set(ms.map((m) => m.key))].sort().join('\n');
  return keys(left) === keys(right) ? 'kept' : 'reworded';
}

/** The wordings found on one side only (for "armed attack → armed invasion; kept: state of war"). */
export function splitWordings(d: QualifierDifference): { leftOnly: string[]; rightOnly: string[]; common: string[] } {
  const leftKeys = new Set(d.left.map((m) => m.key));
  const rightKeys = new Set(d.right.map((m) => m.key));
  const distinct = (ms: readonly QualifierMatch[], keep: (key: string) => boolean) => [
    ...new Map(ms.filter((m) => keep(m.key)).map((m) => [m.key, m.text.replace(/\s+/g, ' ')])).values(),
  ];
  return {
    leftOnly: distinct(d.left, (k) => !rightKeys.has(k)),
    rightOnly: distinct(d.right, (k) => !leftKeys.has(k)),
    common: distinct(d.left, (k) => rightKeys.has(k)),
  };
}
