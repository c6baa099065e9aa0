// Candidate pairs for alignment without scoring every pair: an inverted index over terms yields, for each
// clause, the few clauses of the other text it shares the most weighted vocabulary with. Cost grows with
// the postings actually shared, near-linearly for real treaties, instead of with left × right.
import { cosine, type FeatureSet } from './clause-features.js';
import { jaccard } from './shingles.js';

export interface Candidate {
  readonly left: number;
  readonly right: number;
  /** TF-IDF cosine over stemmed words. */
  readonly cosine: number;
  /** Jaccard over 5-character shingles. */
  readonly overlap: number;
  /** The score alignment ranks by: the mean of the two. */
  readonly score: number;
}

export interface CandidateOptions {
  /** Candidates kept per clause, on each side. */
  readonly perClause: number;
  /** Terms in more than this fraction of clauses are too common to propose candidates (they still score). */
  readonly commonTermShare: number;
}

const DEFAULTS: CandidateOptions = { perClause: 6, commonTermShare: 0.25 };

export function findCandidates(features: FeatureSet, options: Partial<CandidateOptions> = {}): Candidate[] {
  const { perClause, commonTermShare } = { ...DEFAULTS, ...options };
  const { left, right, documentFrequency } = features;
  // Small inputs are scored exhaustively: an index only pays off when pairs run into the thousands.
  if (left.length * right.length <= EXHAUSTIVE_PAIRS) return scorePairs(features, allPairs(left.length, right.length));
  const total = left.length + right.length;
  const maxDf = Math.max(2, Math.floor(total * commonTermShare));

  // Postings of the right clauses in compressed-row form: for term t, entries start[t]..start[t+1].
  const terms = documentFrequency.length;
  const start = new Int32Array(terms + 1);
  for (const f of right) for (const t of f.terms) if ((documentFrequency[t] as number) <= maxDf) start[t + 1] = (start[t + 1] as number) + 1;
  for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const postingClause = new Int32Array(start[terms] as number);
  const postingWeight = new Float64Array(start[terms] as number);
  const fill = start.slice(0, terms);
  right.forEach((f, j) => {
    f.terms.forEach((t, k) => {
      if ((documentFrequency[t] as number) > maxDf) return;
      const at = (fill[t] as number);
      fill[t] = at + 1;
      postingClause[at] = j;
      postingWeight[at] = f.weights[k] as number;
    });
  });

  const leftBest: Array<Array<[number, number]>> = left.map(() => []);
  const rightBest: Array<Array<[number, number]>> = right.map(() => []);
  const acc = new Float64Array(right.length);
  const touched: number[] = [];
  left.forEach((f, i) => {
    for (let k = 0; k < f.terms.length; k++) {
      const t = f.terms[k] as number;
      const w = f.weights[k] as number;
      for (let p = start[t] as number, end = start[t + 1] as number; p < end; p++) {
        const j = postingClause[p] as number;
        if (acc[j] === 0) touched.push(j);
        acc[j] = (acc[j] as number) + w * (postingWeight[p] as number);
      }
    }
    for (const j of touched) {
      const approx = (acc[j] as number) / ((f.norm || 1) * ((right[j] as (typeof right)[number]).norm || 1));
      keepBest(leftBest[i] as Array<[number, number]>, j, approx, perClause);
      keepBest(rightBest[j] as Array<[number, number]>, i, approx, perClause);
      acc[j] = 0;
    }
    touched.length = 0;
  });

  const pairs = new Set<number>();
  leftBest.forEach((best, i) => best.forEach(([j]) => pairs.add(i * right.length + j)));
  rightBest.forEach((best, j) => best.forEach(([i]) => pairs.add(i * right.length + j)));
  return scorePairs(features, [...pairs].map((key) => [Math.floor(key / right.length), key % right.length]));
}

const EXHAUSTIVE_PAIRS = 2500;

function allPairs(n: number, m: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out.push([i, j]);
  return out;
}

function scorePairs(features: FeatureSet, pairs: ReadonlyArray<readonly [number, number]>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [i, j] of pairs) {
    const a = features.left[i];
    const b = features.right[j];
    if (!a || !b) continue;
    const c = cosine(a, b);
    const overlap = jaccard(a.shingles, b.shingles);
    candidates.push({ left: i, right: j, cosine: c, overlap, score: (c + overlap) / 2 });
  }
  return candidates;
}

/** Keeps the `k` highest-scoring entries in a small array, highest first. */
function keepBest(best: Array<[number, number]>, index: number, score: number, k: number): void {
  if (best.length === k && score <= (best[k - 1] as [number, number])[1]) return;
  let at = best.length;
  while (at > 0 && (best[at - 1] as [number, number])[1] < score) at--;
  best.splice(at, 0, [index, score]);
  if (best.length > k) best.pop();
}
