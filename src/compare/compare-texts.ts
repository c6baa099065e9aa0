// Compares two treaty texts: segment both into clauses, align them, then word-diff inside each link.
// The result is plain data that every output format renders; nothing here formats or prints.
import { alignClauses } from '../align/align-clauses.js';
import { type Clause, segmentClauses } from '../model/clause.js';
import { diffWords } from '../diff/diff-words.js';
import { compareQualifiers } from '../qualifiers/compare-qualifiers.js';
import type { QualifierSource } from '../qualifiers/qualifier-source.js';
import { summariseCoverage } from '../model/coverage.js';
import { MAX_CLAUSES } from '../model/limits.js';
import { fail, ok, type Result } from '../model/problem.js';
import type { Treaty, TreatyText } from '../model/treaty.js';
import { selectClauses } from './select-clauses.js';
import type { ClauseLink, ClauseQualifier, ClauseSelection, ComparedSide, Comparison, ComparisonSummary, QualifierMatch } from '../model/comparison.js';

export interface CompareOptions {
  /** Where clauses' qualifiers come from; without it no qualifiers are reported. */
  readonly qualifiers?: QualifierSource;
}

export interface SideInput {
  readonly treaty: Treaty;
  readonly text: TreatyText;
  readonly selection?: ClauseSelection;
}

/** Joins the clauses of one side of a link for diffing (and for rebuilding them from the diff). */
export const CLAUSE_JOINER = '\n';

export function compareTexts(leftInput: SideInput, rightInput: SideInput, options: CompareOptions = {}): Result<Comparison> {
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
  const found = qualifiersOf(l, r, options.qualifiers);
  const order = options.qualifiers?.order ?? [];
  const at = (clauses: readonly Clause[]) => (i: number) => clauses[i] as Clause;
  const links = alignment.links.map((link) => ({
    ...link,
    leftClauses: link.left.map(at(l.clauses)),
    rightClauses: link.right.map(at(r.clauses)),
    segments: diffWords(joined(l.clauses, link.left), joined(r.clauses, link.right), { lang }),
    qualifiers: compareQualifiers(
      inJoinedText(found.left, l.clauses, link.left),
      inJoinedText(found.right, r.clauses, link.right),
      { leftIncomplete: link.left.some((i) => l.clauses[i]?.cutOff), rightIncomplete: link.right.some((j) => r.clauses[j]?.cutOff) },
      order,
    ),
  }));

  // A counterpart can only be "missing from the corpus" when the other text has gaps and the user did
  // not narrow it to a part of their choosing.
  const mayBeMissing = (other: ComparedSide) => !other.coverage.complete && other.selection === undefined;
  const onlyLeft = alignment.onlyLeft.map((index) => ({ index, clause: at(l.clauses)(index), counterpartMayBeMissing: mayBeMissing(r) }));
  const onlyRight = alignment.onlyRight.map((index) => ({ index, clause: at(r.clauses)(index), counterpartMayBeMissing: mayBeMissing(l) }));

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
  const qualifiers = compareQualifiers(found.left.flat(), found.right.flat(), { leftIncomplete: incomplete(l), rightIncomplete: incomplete(r) }, order);
  return ok({ left: l, right: r, lang, links, onlyLeft, onlyRight, summary, qualifiers });
}

/** Text may be missing from a side: its text is partial, or the user compared only part of it. */
const incomplete = (side: ComparedSide) => !side.coverage.complete || side.selection !== undefined;

function qualifiersOf(l: ComparedSide, r: ComparedSide, source: QualifierSource | undefined) {
  const detect = (side: ComparedSide) =>
    side.clauses.map((c, clause): ClauseQualifier[] => (source ? source.detect(side.text, c).map((m) => clauseQualifier(m, clause, 0)) : []));
  return { left: detect(l), right: detect(r) };
}

/** A link side's qualifiers with offsets into its clauses joined by CLAUSE_JOINER, as the word diff has them. */
function inJoinedText(byClause: readonly ClauseQualifier[][], clauses: readonly Clause[], indexes: readonly number[]): ClauseQualifier[] {
  if (indexes.length === 1) return byClause[indexes[0] as number] ?? [];
  let offset = 0;
  return indexes.flatMap((i) => {
    const at = offset;
    const shifted = (byClause[i] ?? []).map((m) => clauseQualifier(m, m.clause, at));
    offset += (clauses[i] as Clause).text.length + CLAUSE_JOINER.length;
    return shifted;
  });
}

/*
 * Written out field by field rather than as { ...m, clause }: on Node 20 an object spread into a literal
 * with one more field gets a hidden class of its own, each time. 10,000 clauses a side with five
 * qualifiers each made 100,000 hidden classes, 30 MB of them (heap snapshot: 99,987 maps and descriptor
 * arrays with one object each); written out, all share one.
 */
function clauseQualifier(m: QualifierMatch, clause: number, offset: number): ClauseQualifier {
  return { code: m.code, role: m.role, label: m.label, category: m.category, start: m.start + offset, end: m.end + offset, text: m.text, key: m.key, clause };
}

function side(input: SideInput): Result<ComparedSide> {
  const all = segmentClauses(input.text);
  // A text with nothing in it would make every clause of the other "only in" it: refuse instead.
  if (all.length === 0) return fail({ code: 'text-empty', severity: 'error', args: { treaty: input.treaty.id, lang: input.text.lang } });
  // Alignment is near-linear on real treaties but not on every adversarial input: refuse rather than hang.
  if (all.length > MAX_CLAUSES) {
    return fail({ code: 'text-too-large', severity: 'error', args: { treaty: input.treaty.id, lang: input.text.lang, clauses: all.length, limit: MAX_CLAUSES } });
  }
  const coverage = summariseCoverage(input.text);
  if (!input.selection) return ok({ treaty: input.treaty, text: input.text, clauses: all, coverage });
  const chosen = selectClauses(input.treaty, input.text, all, input.selection);
  if (!chosen.ok) return chosen;
  return ok({ treaty: input.treaty, text: input.text, clauses: chosen.value, coverage, selection: input.selection });
}
