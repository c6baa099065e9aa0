// The heaviest increasing subsequence: of items in one order, the set whose positions in another order
// also increase and whose weights sum highest. As in patience diff, links on it kept their place; links
// off it crossed others, i.e. moved. Weighting by score lets strong links anchor the order.

/** Indexes (into `keys`) of a heaviest strictly increasing subsequence of `keys`; O(n²), n = links. */
export function heaviestIncreasing(keys: readonly number[], weights: readonly number[]): Set<number> {
  const n = keys.length;
  const best = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weights[i] as number;
    for (let k = 0; k < i; k++) {
      if ((keys[k] as number) < (keys[i] as number) && (best[k] as number) + (weights[i] as number) > (best[i] as number)) {
        best[i] = (best[k] as number) + (weights[i] as number);
        previous[i] = k;
      }
    }
    if (top < 0 || (best[i] as number) > (best[top] as number)) top = i;
  }
  const chosen = new Set<number>();
  for (let i = top; i >= 0; i = previous[i] as number) chosen.add(i);
  return chosen;
}
