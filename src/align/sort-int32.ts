// Sorting 32-bit integers (shingle hashes, term ids) faster than the engine's TypedArray sort, and the
// distinct values of a sorted run: the inner loops of building clause features.

/*
 * Below this length the engine's sort wins: a radix pass costs its 2,048 counters whatever the length.
 * Measured on Node 20 (2-core VM): 99,000 random values sort in 1.7 ms by radix against 6 ms built in,
 * 14,000 in 0.2 ms against 0.7 ms; 130 values take 7.6 µs by radix against 3.6 µs built in.
 */
const RADIX_FROM = 512;
const DIGIT_BITS = 11;

/** Counters of one radix pass, kept between calls (sorting is not reentrant). */
const counts = new Int32Array(1 << DIGIT_BITS);
let spare = new Int32Array(0);

/**
 * Sorts `values` in place into ascending signed order, exactly as `values.sort()` does. A least-significant
 * digit radix sort in three passes of 11, 11 and 10 bits, on the value with its sign bit flipped so that
 * unsigned digit order is signed value order.
 */
export function sortInt32(values: Int32Array): Int32Array {
  const n = values.length;
  if (n < RADIX_FROM) return values.sort();
  if (spare.length < n) spare = new Int32Array(Math.max(n, spare.length * 2));
  let from: Int32Array = values;
  let to: Int32Array = spare.subarray(0, n);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    const mask = (1 << Math.min(DIGIT_BITS, 32 - shift)) - 1;
    counts.fill(0, 0, mask + 1);
    for (let i = 0; i < n; i++) {
      const digit = (((from[i] as number) ^ 0x80000000) >>> shift) & mask;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i] as number;
      const digit = ((v ^ 0x80000000) >>> shift) & mask;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      to[at] = v;
    }
    const done = from;
    from = to;
    to = done;
  }
  // Three passes: the sorted values are in the spare buffer.
  if (from !== values) values.set(from);
  return values;
}

/** Moves the distinct values of sorted `values` to its front; returns how many there are. */
export function compactDistinct(values: Int32Array): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (i === 0 || v !== values[k - 1]) values[k++] = v;
  }
  return k;
}
