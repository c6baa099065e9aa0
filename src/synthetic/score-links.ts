// Scores predicted clause links against gold links, over the (left id, right id) pairs they stand for.
import type { GoldLink } from './perturb-text.js';

/** Precision, recall and F1 over clause pairs, with the counts they come from. */
export interface LinkScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  /** Distinct pairs predicted. */
  readonly predicted: number;
  /** Distinct pairs in the gold links. */
  readonly expected: number;
}

/**
 * A link stands for every pair of its left and right ids, so a 1→2 split is two pairs and a wrong grouping
 * is partly right. A metric whose denominator is empty is 1 when both sets are empty (nothing to find and
 * nothing claimed) and 0 otherwise.
 */
export function scoreLinks(predicted: readonly GoldLink[], gold: readonly GoldLink[]): LinkScore {
  const claimed = pairsOf(predicted);
  const wanted = pairsOf(gold);
  let truePositives = 0;
  for (const pair of claimed) if (wanted.has(pair)) truePositives++;
  const bothEmpty = claimed.size === 0 && wanted.size === 0;
  const precision = claimed.size === 0 ? (bothEmpty ? 1 : 0) : truePositives / claimed.size;
  const recall = wanted.size === 0 ? (bothEmpty ? 1 : 0) : truePositives / wanted.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted: claimed.size, expected: wanted.size };
}

function pairsOf(links: readonly GoldLink[]): Set<string> {
  const pairs = new Set<string>();
  // Clause ids never contain a NUL, so it cannot make two different pairs look the same.
  for (const link of links) for (const left of link.left) for (const right of link.right) pairs.add(`${left}\u0000${right}`);
  return pairs;
}
