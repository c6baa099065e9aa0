// Invariants across the treaties of a corpus: ids and aliases unique (so every ref resolves to one treaty)
// and supersession links that resolve and agree in both directions.
import type { Finding, ProblemCode, Severity } from '../model/problem.js';
import type { Treaty } from '../model/treaty.js';

export interface CorpusMember {
  readonly file: string;
  readonly treaty: Treaty;
}

/** A finding about `members[index]`. */
export interface MemberFinding {
  readonly index: number;
  readonly finding: Finding;
}

export function checkCorpus(members: readonly CorpusMember[]): MemberFinding[] {
  const out: MemberFinding[] = [];
  const add = (index: number, code: ProblemCode, path: Finding['path'], args: Finding['args'], severity: Severity = 'error') =>
    out.push({ index, finding: { code, severity, path, args } });

  const byId = new Map<string, number>();
  members.forEach(({ treaty }, i) => {
    const first = byId.get(treaty.id);
    if (first !== undefined) add(i, 'duplicate-id', ['id'], { id: treaty.id, other: members[first]?.file ?? '' });
    else byId.set(treaty.id, i);
  });

  const byAlias = new Map<string, number>();
  members.forEach(({ treaty }, i) => {
    treaty.aliases.forEach((alias, j) => {
      const key = alias.toLowerCase();
      const idOwner = byId.get(key);
      if (idOwner !== undefined && idOwner !== i)
        add(i, 'alias-is-id', ['aliases', j], { alias, other: members[idOwner]?.file ?? '' });
      const first = byAlias.get(key);
      if (first !== undefined && first !== i) {
        const other = members[first];
        add(i, 'duplicate-alias', ['aliases', j], { alias, otherId: other?.treaty.id ?? '', other: other?.file ?? '' });
      } else byAlias.set(key, i);
    });
  });

  members.forEach(({ treaty }, i) => {
    for (const [field, reverse] of [
      ['supersedes', 'supersededBy'],
      ['supersededBy', 'supersedes'],
    ] as const) {
      (treaty[field] ?? []).forEach((link, j) => {
        const path = [field, j, 'treaty'];
        if (link.treaty === treaty.id) return add(i, 'link-self', path, { field });
        const target = byId.get(link.treaty);
        if (target === undefined) return add(i, 'link-unresolved', path, { field, treaty: link.treaty });
        const back = (members[target]?.treaty[reverse] ?? []).find((l) => l.treaty === treaty.id);
        if (!back) return add(i, 'link-one-way', path, { field, treaty: link.treaty, reverse, id: treaty.id });
        // Report a date disagreement once, from the "supersededBy" side.
        if (field === 'supersededBy' && link.date !== back.date)
          add(i, 'link-date-mismatch', [field, j, 'date'], {
            treaty: link.treaty,
            date: link.date ?? '(none)',
            other: back.date ?? '(none)',
          }, link.date !== undefined && back.date !== undefined ? 'error' : 'warning');
      });
    }
  });
  return out;
}
