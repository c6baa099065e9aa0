// The shape of a comparison, shared by the core that builds it (align, diff, qualifiers, compare) and the
// renderers that show it: types only, so that no renderer depends on how a comparison is made.
import type { Clause } from './clause.js';
import type { TextCoverage } from './coverage.js';
import type { QualifierRole } from './qualifier-lexicon.js';
import type { Treaty, TreatyText } from './treaty.js';

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of text that is kept (`equal`), only in the right text (`insert`) or only in the left (`delete`). */
export interface DiffSegment {
  readonly op: DiffOp;
  readonly text: string;
}

export interface QualifierMatch {
  readonly code: string;
  readonly role: QualifierRole;
  /** The cue's label, else the category's. */
  readonly label: string;
  /** The category's label ("domestic law or constitutional process"). */
  readonly category: string;
  /** Offsets into the clause text. */
  readonly start: number;
  readonly end: number;
  /** The words as the clause has them. */
  readonly text: string;
  /** Equal for two wordings that say the same ("laws of A and B" = "the laws of B and A"). */
  readonly key: string;
}

export type QualifierChange = 'added' | 'removed' | 'kept' | 'reworded' | 'unknown';

export interface QualifierDifference<M extends QualifierMatch = QualifierMatch> {
  readonly code: string;
  readonly role: QualifierRole;
  readonly change: QualifierChange;
  /** The category's matches on each side, in text order. */
  readonly left: readonly M[];
  readonly right: readonly M[];
}

export interface ClauseSelection {
  /** "preamble", "closing", or an article number as typed ("1", "IV", "4 bis"). */
  readonly block: string;
  readonly paragraph?: number;
}

export type LinkKind = 'identical' | 'modified' | 'split' | 'merged';
/** in-place: same order and article; renumbered: same order, other article number; moved: crosses other links. */
export type Placement = 'in-place' | 'renumbered' | 'moved';
export type MatchedBy = 'identical-text' | 'similarity' | 'containment' | 'address';

export interface ClauseLink {
  /** Indexes into the left clauses, in document order (several for a merge). */
  readonly left: readonly number[];
  /** Indexes into the right clauses, in document order (several for a split). */
  readonly right: readonly number[];
  readonly kind: LinkKind;
  readonly placement: Placement;
  readonly matchedBy: MatchedBy;
  /** Jaccard overlap of 5-character shingles between the two sides (joined when several). */
  readonly overlap: number;
  /** The alignment score the link was chosen on (0–1). */
  readonly score: number;
}

export interface ComparedSide {
  readonly treaty: Treaty;
  readonly text: TreatyText;
  /** The clauses compared: all of the text's, or the addressed ones. */
  readonly clauses: readonly Clause[];
  readonly coverage: TextCoverage;
  readonly selection?: ClauseSelection;
}

export interface ComparedLink extends ClauseLink {
  /** The clauses of `left` and `right`, resolved: what renderers show. */
  readonly leftClauses: readonly Clause[];
  readonly rightClauses: readonly Clause[];
  /** Word diff of the two sides; several clauses on one side are joined with "\n". */
  readonly segments: readonly DiffSegment[];
  /** Qualifiers of the two sides compared; offsets are into the joined text of each side. */
  readonly qualifiers: readonly QualifierDifference[];
}

/** A qualifier found in a clause of a compared text. */
export interface ClauseQualifier extends QualifierMatch {
  /** Index of the clause in its side's clauses. */
  readonly clause: number;
}

export interface UnmatchedClause {
  readonly index: number;
  /** The clause at `index` of its side, resolved. */
  readonly clause: Clause;
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
  /**
   * Qualifiers across everything compared, category by category: they also move between articles (a
   * general UN reference in a preamble, Article 51 in an article). Empty without a lexicon.
   */
  readonly qualifiers: readonly QualifierDifference<ClauseQualifier>[];
}
