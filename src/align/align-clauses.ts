// Aligns the clauses of two texts, allowing what a line diff cannot: crossings (moved and renumbered
// clauses), clauses with no counterpart, and 1:n / n:1 links for splits and merges. Method as in
// ../shared/guide/methods.md: score pairs (TF-IDF cosine + shingle Jaccard), link 1:1 greedily above a
// threshold, attach split and merged parts by containment, then label placement by the heaviest
// increasing subsequence. Pure and deterministic.
import type { Clause } from '../model/clause.js';
import { computeFeatures, type ClauseFeatures } from './clause-features.js';
import { type Candidate, findCandidates } from './find-candidates.js';
import { heaviestIncreasing } from './heaviest-increasing.js';
import { SHINGLE_SIZE, containment, unionJaccard } from './shingles.js';
import type { ClauseLink, LinkKind, MatchedBy, Placement } from '../model/comparison.js';

export interface Alignment {
  /** In left document order. */
  readonly links: readonly ClauseLink[];
  readonly onlyLeft: readonly number[];
  readonly onlyRight: readonly number[];
  /** Jaccard overlap of 5-character shingles between all clauses of each side (the whole-pair figure). */
  readonly overlap: number;
}

export interface AlignOptions {
  /** Language tag of both texts (stemming, segmentation). */
  readonly lang: string;
  /** Score from which a 1:1 link is made without further evidence. */
  readonly threshold?: number;
  /** Below this score no link is made; between it and `threshold`, only an unambiguous one (see margin). */
  readonly minScore?: number;
  /** How far a weak link must beat every other free candidate of either clause. */
  readonly margin?: number;
  /** Share of a part that must be found in the whole to attach it as a split or merged part. */
  readonly partContainment?: number;
  /** Link the two sides as one unit whatever their score (clause addressing: the user chose them). */
  readonly forced?: boolean;
}

export const DEFAULT_THRESHOLD = 0.3;
export const DEFAULT_MIN_SCORE = 0.15;
export const DEFAULT_MARGIN = 0.05;
const DEFAULT_PART_CONTAINMENT = 0.5;

interface Draft {
  left: number[];
  right: number[];
  matchedBy: MatchedBy;
  score: number;
}

export function alignClauses(left: readonly Clause[], right: readonly Clause[], options: AlignOptions): Alignment {
  const features = computeFeatures(left, right, options.lang);
  const drafts: Draft[] = [];
  const leftLink = new Int32Array(left.length).fill(-1);
  const rightLink = new Int32Array(right.length).fill(-1);
  const link = (d: Draft) => {
    const at = drafts.push(d) - 1;
    for (const i of d.left) leftLink[i] = at;
    for (const j of d.right) rightLink[j] = at;
  };

  if (options.forced && left.length > 0 && right.length > 0) {
    link({ left: left.map((_, i) => i), right: right.map((_, j) => j), matchedBy: 'address', score: 1 });
  } else {
    linkIdentical(left, right, features.left, features.right, leftLink, rightLink, link);
    const bands = {
      threshold: options.threshold ?? DEFAULT_THRESHOLD,
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
      margin: options.margin ?? DEFAULT_MARGIN,
    };
    linkBySimilarity(left, right, findCandidates(features), bands, leftLink, rightLink, link);
    attachParts(drafts, features.left, features.right, leftLink, rightLink, options.partContainment ?? DEFAULT_PART_CONTAINMENT);
  }

  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const ordered = drafts.filter((d) => d.left.length > 0 && d.right.length > 0).sort((a, b) => (a.left[0] as number) - (b.left[0] as number));
  const pathOf = (ds: readonly Draft[]) =>
    heaviestIncreasing(
      ds.map((d) => d.right[0] as number),
      ds.map((d) => d.score),
    );
  // A weak link that also crosses the others is more likely a coincidence than a move: drop it, and
  // report its clauses as unmatched rather than claim a move on thin evidence.
  const firstPath = pathOf(ordered);
  const live = ordered.filter((d, k) => firstPath.has(k) || d.score >= threshold || d.matchedBy === 'address');
  for (const d of ordered) {
    if (live.includes(d)) continue;
    for (const i of d.left) leftLink[i] = -1;
    for (const j of d.right) rightLink[j] = -1;
  }
  const onPath = live.length === ordered.length ? firstPath : pathOf(live);
  const links = live.map((d, k): ClauseLink => {
    const l = d.left.map((i) => left[i] as Clause);
    const r = d.right.map((j) => right[j] as Clause);
    const overlap = unionJaccard(d.left.map((i) => (features.left[i] as ClauseFeatures).shingles), d.right.map((j) => (features.right[j] as ClauseFeatures).shingles));
    const kind: LinkKind =
      d.left.length > 1 ? 'merged' : d.right.length > 1 ? 'split' : l[0]?.text === r[0]?.text ? 'identical' : 'modified';
    const placement: Placement = !onPath.has(k) ? 'moved' : sameAddress(l[0] as Clause, r[0] as Clause) ? 'in-place' : 'renumbered';
    return { left: d.left, right: d.right, kind, placement, matchedBy: d.matchedBy, overlap, score: d.score };
  });
  return {
    links,
    onlyLeft: left.flatMap((_, i) => (leftLink[i] === -1 ? [i] : [])),
    onlyRight: right.flatMap((_, j) => (rightLink[j] === -1 ? [j] : [])),
    overlap: unionJaccard(features.left.map((f) => f.shingles), features.right.map((f) => f.shingles)),
  };
}

/** Same part, and for articles the same article number (paragraph numbers may shift without a move). */
function sameAddress(a: Clause, b: Clause): boolean {
  return a.part === b.part && (a.part !== 'article' || a.article?.trim().toLowerCase() === b.article?.trim().toLowerCase());
}

/** Relative position in the document, 0–1, so texts of different lengths compare. */
const relative = (order: number, count: number) => (count <= 1 ? 0 : order / (count - 1));

// Clauses whose normalised text is equal are linked first; among several equal candidates (short
// repeated paragraphs are common) the one at the nearest relative position wins.
function linkIdentical(
  left: readonly Clause[],
  right: readonly Clause[],
  lf: readonly ClauseFeatures[],
  rf: readonly ClauseFeatures[],
  leftLink: Int32Array,
  rightLink: Int32Array,
  link: (d: Draft) => void,
): void {
  const byText = new Map<string, number[]>();
  rf.forEach((f, j) => byText.set(f.normalised, [...(byText.get(f.normalised) ?? []), j]));
  lf.forEach((f, i) => {
    const options = (byText.get(f.normalised) ?? []).filter((j) => rightLink[j] === -1);
    if (options.length === 0 || leftLink[i] !== -1) return;
    const position = relative(i, left.length);
    const j = options.reduce((best, k) =>
      Math.abs(relative(k, right.length) - position) < Math.abs(relative(best, right.length) - position) ? k : best,
    );
    link({ left: [i], right: [j], matchedBy: 'identical-text', score: 1 });
  });
}

// Greedy assignment, best score first. Ties (equal scores are common between near-duplicate clauses)
// go to the pair whose relative positions are closest, then to document order, so the result is
// deterministic and prefers links that do not cross. Weak links (between minScore and threshold: typical
// of two translations of one clause) are made only when unambiguous: a wrong link costs a reader more
// trust than a missing one.
function linkBySimilarity(
  left: readonly Clause[],
  right: readonly Clause[],
  candidates: Candidate[],
  bands: { threshold: number; minScore: number; margin: number },
  leftLink: Int32Array,
  rightLink: Int32Array,
  link: (d: Draft) => void,
): void {
  const distance = (c: Candidate) => Math.abs(relative(c.left, left.length) - relative(c.right, right.length));
  const ranked = candidates
    .filter((c) => c.score >= bands.minScore)
    .sort((a, b) => b.score - a.score || distance(a) - distance(b) || a.left - b.left || a.right - b.right);
  const byLeft = groupBy(ranked, (c) => c.left);
  const byRight = groupBy(ranked, (c) => c.right);
  const free = (c: Candidate) => leftLink[c.left] === -1 && rightLink[c.right] === -1;
  for (const c of ranked) {
    if (!free(c)) continue;
    if (c.score < bands.threshold) {
      const rivals = [...(byLeft.get(c.left) ?? []), ...(byRight.get(c.right) ?? [])].filter((o) => o !== c && free(o));
      const runnerUp = Math.max(0, ...rivals.map((o) => o.score));
      if (c.score - runnerUp < bands.margin) continue;
    }
    link({ left: [c.left], right: [c.right], matchedBy: 'similarity', score: c.score });
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

// A clause left without a counterpart next to a linked clause may be the other half of a split (or a
// merge): attach it when most of it is found in the linked clause's counterpart and attaching it makes
// the two sides overlap more. Repeated until nothing changes, so three-way splits are found too.
function attachParts(
  drafts: Draft[],
  lf: readonly ClauseFeatures[],
  rf: readonly ClauseFeatures[],
  leftLink: Int32Array,
  rightLink: Int32Array,
  minContainment: number,
): void {
  const sideOverlap = (d: Draft) =>
    unionJaccard(d.left.map((i) => (lf[i] as ClauseFeatures).shingles), d.right.map((j) => (rf[j] as ClauseFeatures).shingles));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [own, ownFeatures, otherFeatures, ownLinks, side] of [
      [rightLink, rf, lf, rightLink, 'right'],
      [leftLink, lf, rf, leftLink, 'left'],
    ] as const) {
      for (let x = 0; x < own.length; x++) {
        if (own[x] !== -1) continue;
        for (const neighbour of [x - 1, x + 1]) {
          const at = ownLinks[neighbour];
          if (at === undefined || at === -1) continue;
          const draft = drafts[at] as Draft;
          // Only one side of a link may have several parts: no n:m links.
          const otherSide = side === 'right' ? draft.left : draft.right;
          if (otherSide.length !== 1) continue;
          const part = ownFeatures[x] as ClauseFeatures;
          const whole = otherFeatures[otherSide[0] as number] as ClauseFeatures;
          const byPosition = isEdgeFragment(part.normalised, whole.normalised, neighbour > x);
          if (!byPosition && containment(part.shingles, whole.shingles) < minContainment) continue;
          const before = sideOverlap(draft);
          const parts = [...(side === 'right' ? draft.right : draft.left), x].sort((a, b) => a - b);
          const trial: Draft = side === 'right' ? { ...draft, right: parts } : { ...draft, left: parts };
          const after = sideOverlap(trial);
          if (!byPosition && after <= before) continue;
          if (side === 'right') draft.right = parts;
          else draft.left = parts;
          if (draft.matchedBy !== 'address') draft.matchedBy = 'containment';
          draft.score = Math.max(draft.score, after);
          own[x] = at;
          changed = true;
          break;
        }
      }
    }
  }
}

// A fragment shorter than a shingle ("1.", "(a)") has no shingle in common with anything, so containment
// cannot find it; left beside its partner after a split, it is the partner's number when the partner's
// counterpart begins with it (fragment before the partner) or ends with it (fragment after).
function isEdgeFragment(fragment: string, whole: string, beforePartner: boolean): boolean {
  if (fragment.length === 0 || fragment.length >= SHINGLE_SIZE) return false;
  return beforePartner ? whole.startsWith(fragment) : whole.endsWith(fragment);
}
