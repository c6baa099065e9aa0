// Character shingles and set overlap: the similarity measure of the treaty-similarity literature
// (Jaccard over 5-character shingles; a distance of 0.18 is reported as 82% overlap).
//
// A shingle set is a sorted Int32Array of distinct hashes: intersecting two of them is a linear merge
// with no allocation, which is what keeps scoring thousands of clause pairs cheap.

/** Shingle length used throughout, as in the literature. */
export const SHINGLE_SIZE = 5;

export type ShingleSet = Int32Array;

/** The hashed 5-character shingles of a normalised text (the whole text if shorter), sorted and distinct. */
export function shinglesOf(normalised: string, size = SHINGLE_SIZE): ShingleSet {
  const n = normalised.length;
  if (n === 0) return new Int32Array(0);
  const hashes = new Int32Array(n <= size ? 1 : n - size + 1);
  // A polynomial rolling hash (Rabin–Karp) modulo 2^32: one multiply per character rather than one per
  // character of every shingle (this runs cold on every start). At a few thousand shingles per clause a
  // collision is too rare to move a score. Shingles are counted in UTF-16 code units; outside the BMP
  // that differs from characters, which changes no comparison between two texts. Signed 32-bit values
  // (| 0) stay small integers in V8; unsigned ones above 2^31 would be boxed on every step.
  let h = 0;
  for (let i = 0; i < Math.min(size, n); i++) h = (Math.imul(h, BASE) + normalised.charCodeAt(i)) | 0;
  hashes[0] = h;
  const outgoing = power(BASE, size - 1);
  for (let i = 1; i + size <= n; i++) {
    h = (Math.imul((h - Math.imul(normalised.charCodeAt(i - 1), outgoing)) | 0, BASE) + normalised.charCodeAt(i + size - 1)) | 0;
    hashes[i] = h;
  }
  return sortedDistinct(hashes);
}

const BASE = 0x01000193;

function power(base: number, exponent: number): number {
  let p = 1;
  for (let i = 0; i < exponent; i++) p = Math.imul(p, base);
  return p;
}

/** Sorts in place and drops repeats; returns a view of the distinct prefix. */
function sortedDistinct(values: Int32Array): Int32Array {
  values.sort();
  let k = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[k++] = values[i] as number;
  return values.subarray(0, k);
}

export function intersectionSize(a: ShingleSet, b: ShingleSet): number {
  if (a.length > b.length) return intersectionSize(b, a);
  // A short clause against a very long one (a heading-sized paragraph against a 100,000-character one):
  // galloping search costs |a| log |b| where the merge would cost |b| on every such pair.
  if (a.length * GALLOP_RATIO < b.length) {
    let n = 0;
    let from = 0;
    for (let i = 0; i < a.length && from < b.length; i++) {
      from = gallop(b, a[i] as number, from);
      if (b[from] === a[i]) n++;
    }
    return n;
  }
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Below this size ratio a linear merge is faster than searching. */
export const GALLOP_RATIO = 32;

/**
 * The first index at or after `from` where sorted `values` holds a value ≥ `target` (values.length if
 * none): exponential then binary search, so a run of small steps stays cheap.
 */
export function gallop(values: ArrayLike<number>, target: number, from: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < values.length && (values[hi] as number) < target) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, values.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** |A ∩ B| / |A ∪ B|: 1 for equal texts, 0 for texts with no shingle in common. */
export function jaccard(a: ShingleSet, b: ShingleSet): number {
  if (a.length === 0 && b.length === 0) return 1;
  const common = intersectionSize(a, b);
  return common / (a.length + b.length - common);
}

/** |A ∩ B| / |A|: how much of A is found in B (a clause kept inside a longer one scores high). */
export function containment(a: ShingleSet, b: ShingleSet): number {
  if (a.length === 0) return 0;
  return intersectionSize(a, b) / a.length;
}

export function unionOf(sets: readonly ShingleSet[]): ShingleSet {
  if (sets.length === 1) return sets[0] as ShingleSet;
  const all = new Int32Array(sets.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of sets) {
    all.set(s, at);
    at += s.length;
  }
  return sortedDistinct(all);
}
