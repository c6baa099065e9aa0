// Decides which treaty a reference names: an exact id, an alias (any case), or a unique prefix of either;
// otherwise it is unknown (with close matches) or ambiguous (with the candidates). Pure.

export interface Named {
  readonly id: string;
  readonly aliases: readonly string[];
}

export type RefMatch =
  | {
      readonly kind: 'found';
      readonly index: number;
      /** The id or alias the ref matched, as written in the data. */
      readonly name: string;
      /** The ref is that whole name, not a prefix of it. */
      readonly exact: boolean;
    }
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly string[];
      readonly indexes: readonly number[];
      /** The ref is an exact id or alias of several treaties: the corpus breaks uniqueness, not the user. */
      readonly exact: boolean;
    }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

export function matchRef(ref: string, treaties: readonly Named[]): RefMatch {
  const wanted = ref.trim().toLowerCase();
  const names = (t: Named) => [t.id, ...t.aliases];
  const tiers: ReadonlyArray<readonly [exact: boolean, test: (name: string, isId: boolean) => boolean]> = [
    [true, (name, isId) => isId && name === wanted],
    [true, (name) => name.toLowerCase() === wanted],
    [false, (name) => name.toLowerCase().startsWith(wanted)],
  ];
  for (const [exact, test] of tiers) {
    const hits: Array<{ index: number; name: string }> = [];
    treaties.forEach((t, index) => {
      const name = names(t).find((n, i) => test(n, i === 0));
      if (name !== undefined) hits.push({ index, name });
    });
    const [first] = hits;
    if (hits.length === 1 && first) return { kind: 'found', index: first.index, name: first.name, exact };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.map((h) => treaties[h.index]?.id ?? ''), indexes: hits.map((h) => h.index), exact };
  }
  return { kind: 'unknown', suggestions: suggest(wanted, treaties) };
}

/** Ids whose id or aliases are within a few edits of `wanted`, or contain it, closest first. */
function suggest(wanted: string, treaties: readonly Named[]): string[] {
  const scored = treaties.map((t) => {
    const distances = [t.id, ...t.aliases].map((n) => {
      const name = n.toLowerCase();
      return name.includes(wanted) || wanted.includes(name) ? 0 : editDistance(wanted, name);
    });
    return { id: t.id, distance: Math.min(...distances) };
  });
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return scored
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map((s) => s.id);
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
