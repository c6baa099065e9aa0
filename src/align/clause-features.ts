// What alignment knows about each clause: its normalised text, its 5-character shingles, and its
// TF-IDF term vector (weights computed over the clauses of both texts together). Terms are interned as
// integers and vectors stored as sorted typed arrays, so that scoring thousands of pairs allocates nothing.
import type { Clause } from './clause.js';
import { normaliseForMatching, termsOf } from './normalise-text.js';
import { GALLOP_RATIO, gallop, type ShingleSet, shinglesOf } from './shingles.js';

export interface ClauseFeatures {
  readonly normalised: string;
  readonly shingles: ShingleSet;
  /** Term ids, ascending. */
  readonly terms: Int32Array;
  /** TF-IDF weight of each term in `terms`. */
  readonly weights: Float64Array;
  /** Euclidean norm of the weights. */
  readonly norm: number;
}

export interface FeatureSet {
  readonly left: readonly ClauseFeatures[];
  readonly right: readonly ClauseFeatures[];
  /** Number of clauses (of both texts) each term id occurs in. */
  readonly documentFrequency: Int32Array;
}

export function computeFeatures(left: readonly Clause[], right: readonly Clause[], lang: string): FeatureSet {
  const ids = new Map<string, number>();
  const prepare = (c: Clause) => {
    const normalised = normaliseForMatching(c.text);
    const counts = new Map<number, number>();
    for (const t of termsOf(normalised, lang)) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return { normalised, counts };
  };
  const l = left.map(prepare);
  const r = right.map(prepare);
  const documentFrequency = new Int32Array(ids.size);
  for (const { counts } of [...l, ...r]) for (const id of counts.keys()) documentFrequency[id] = (documentFrequency[id] as number) + 1;
  const total = l.length + r.length;
  // Smoothed IDF; log-scaled term frequency so that a word repeated in a long clause does not dominate.
  const finish = ({ normalised, counts }: { normalised: string; counts: Map<number, number> }): ClauseFeatures => {
    const terms = Int32Array.from(counts.keys()).sort();
    const weights = new Float64Array(terms.length);
    let sum = 0;
    terms.forEach((id, k) => {
      const w = (1 + Math.log(counts.get(id) as number)) * Math.log(1 + total / (documentFrequency[id] as number));
      weights[k] = w;
      sum += w * w;
    });
    return { normalised, shingles: shinglesOf(normalised), terms, weights, norm: Math.sqrt(sum) };
  };
  return { left: l.map(finish), right: r.map(finish), documentFrequency };
}

export function cosine(a: ClauseFeatures, b: ClauseFeatures): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  if (a.terms.length > b.terms.length) return cosine(b, a);
  if (a.terms.length * GALLOP_RATIO < b.terms.length) {
    let dot = 0;
    let from = 0;
    for (let i = 0; i < a.terms.length && from < b.terms.length; i++) {
      from = gallop(b.terms, a.terms[i] as number, from);
      if (b.terms[from] === a.terms[i]) dot += (a.weights[i] as number) * (b.weights[from] as number);
    }
    return dot / (a.norm * b.norm);
  }
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
