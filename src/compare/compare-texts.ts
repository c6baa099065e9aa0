// Compares two treaty texts: segment both into clauses, align them, then word-diff inside each link.
// The result is plain data that every output format renders; nothing here formats or prints.
import { alignClauses, type ClauseLink } from '../align/align-clauses.js';
import { type Clause, segmentClauses } from '../align/clause.js';
import { type DiffSegment, diffWords } from '../diff/diff-words.js';
import { summariseCoverage, type TextCoverage } from '../model/coverage.js';
import { ok, type Result } from '../model/problem.js';
import type { Treaty, TreatyText } from '../model/treaty.js';
import type { ClauseSelection } from './clause-ref.js';
import { selectClauses } from './select-clauses.js';

export interface ComparedSide {
  readonly treaty: Treaty;
  readonly text: TreatyText;
  /** The clauses compared: all of the text's, or the addressed ones. */
  readonly clauses: readonly Clause[];
  readonly coverage: TextCoverage;
  readonly selection?: ClauseSelection;
}

export interface ComparedLink extends ClauseLink {
  /** Word diff of the two sides; several clauses on one side are joined with "\n". */
  readonly segments: readonly DiffSegment[];
}

export interface UnmatchedClause {
  readonly index: number;
  /** The other text is partial (and not narrowed by the user), so a counterpart may exist outside the corpus. */
  readonly counterpartMayBeMissing: boolean;
}

export interface ComparisonSummary {
  readonly linked: number;
  readonly identical: number;
  readonly modified: number;
  readonly split: number;
  readonly merged: number;
  readonly renumbered: number;
  readonly moved: number;
  readonly onlyLeft: number;
  readonly onlyRight: number;
  /** Jaccard overlap of the 5-character shingles of all the compared clauses of each side. */
  readonly overlap: number;
  /** Anything other than identical clauses in the same places. */
  readonly differ: boolean;
}

export interface Comparison {
  readonly left: ComparedSide;
  readonly right: ComparedSide;
  readonly lang: string;
  readonly links: readonly ComparedLink[];
  readonly onlyLeft: readonly UnmatchedClause[];
  readonly onlyRight: readonly UnmatchedClause[];
  readonly summary: ComparisonSummary;
}

export interface SideInput {
  readonly treaty: Treaty;
  readonly text: TreatyText;
  readonly selection?: ClauseSelection;
}

/** Joins the clauses of one side of a link for diffing (and for rebuilding them from the diff). */
export const CLAUSE_JOINER = '\n';

export function compareTexts(leftInput: SideInput, rightInput: SideInput): Result<Comparison> {
  const left = side(leftInput);
  if (!left.ok) return left;
  const right = side(rightInput);
  if (!right.ok) return right;
  const l = left.value;
  const r = right.value;
  const lang = l.text.lang;

  // Two single addressed clauses are compared as the user asked, whatever their similarity.
  const forced = l.selection !== undefined && r.selection !== undefined && l.clauses.length === 1 && r.clauses.length === 1;
  const alignment = alignClauses(l.clauses, r.clauses, { lang, forced });
  const joined = (clauses: readonly Clause[], indexes: readonly number[]) => indexes.map((i) => (clauses[i] as Clause).text).join(CLAUSE_JOINER);
  const links = alignment.links.map((link) => ({
    ...link,
    segments: diffWords(joined(l.clauses, link.left), joined(r.clauses, link.right), { lang }),
  }));

  // A counterpart can only be "missing from the corpus" when the other text has gaps and the user did
  // not narrow it to a part of their choosing.
  const mayBeMissing = (other: ComparedSide) => !other.coverage.complete && other.selection === undefined;
  const onlyLeft = alignment.onlyLeft.map((index) => ({ index, counterpartMayBeMissing: mayBeMissing(r) }));
  const onlyRight = alignment.onlyRight.map((index) => ({ index, counterpartMayBeMissing: mayBeMissing(l) }));

  const count = (test: (x: ClauseLink) => boolean) => links.filter(test).length;
  const summary: ComparisonSummary = {
    linked: links.length,
    identical: count((x) => x.kind === 'identical'),
    modified: count((x) => x.kind === 'modified'),
    split: count((x) => x.kind === 'split'),
    merged: count((x) => x.kind === 'merged'),
    renumbered: count((x) => x.placement === 'renumbered'),
    moved: count((x) => x.placement === 'moved'),
    onlyLeft: onlyLeft.length,
    onlyRight: onlyRight.length,
    overlap: alignment.overlap,
    differ: onlyLeft.length > 0 || onlyRight.length > 0 || links.some((x) => x.kind !== 'identical' || x.placement !== 'in-place'),
  };
  return ok({ left: l, right: r, lang, links, onlyLeft, onlyRight, summary });
}

function side(input: SideInput): Result<ComparedSide> {
  const all = segmentClauses(input.text);
  const coverage = summariseCoverage(input.text);
  if (!input.selection) return ok({ treaty: input.treaty, text: input.text, clauses: all, coverage });
  const chosen = selectClauses(input.treaty, input.text, all, input.selection);
  if (!chosen.ok) return chosen;
  return ok({ treaty: input.treaty, text: input.text, clauses: chosen.value, coverage, selection: input.selection });
}
