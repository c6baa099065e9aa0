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

/**
 * `unverifiable` holds ids whose files exist but could not be read as treaties: links to them are not
 * reported as unresolved, since the broken file has its own findings.
 */
export function checkCorpus(members: readonly CorpusMember[], unverifiable: ReadonlySet<string> = new Set()): MemberFinding[] {
  const out: MemberFinding[] = [];
  const add = (index: number, code: ProblemCode, path: Finding['path'], args: Finding['args'], severity: Severity = 'error') =>
    out.push({ index, finding: { code, severity, path, args } });

  // A duplicate is reported at every occurrence, each naming the other files, as compilers report
  // duplicate definitions: the reader cannot know which of the two is the mistake.
  const owners = (key: (t: Treaty) => string[]) => {
    const map = new Map<string, Array<{ index: number; position: number }>>();
    members.forEach(({ treaty }, index) =>
      key(treaty).forEach((k, position) => map.set(k, [...(map.get(k) ?? []), { index, position }])),
    );
    return map;
  };
  const others = (list: Array<{ index: number }>, index: number) =>
    [...new Set(list.filter((o) => o.index !== index).map((o) => members[o.index]?.file ?? ''))];

  const byIdList = owners((t) => [t.id]);
  for (const [id, list] of byIdList) {
    if (new Set(list.map((o) => o.index)).size < 2) continue;
    for (const { index } of list) add(index, 'duplicate-id', ['id'], { id, other: others(list, index) });
  }
  const byId = new Map([...byIdList].map(([id, list]) => [id, (list[0] as { index: number }).index]));

  for (const [alias, list] of owners((t) => t.aliases.map((a) => a.toLowerCase()))) {
    const idOwner = byId.get(alias);
    for (const { index, position } of list) {
      const treaty = members[index]?.treaty;
      if (!treaty) continue;
      const written = treaty.aliases[position] ?? alias;
      if (idOwner !== undefined && idOwner !== index)
        add(index, 'alias-is-id', ['aliases', position], { alias: written, other: members[idOwner]?.file ?? '' });
      const elsewhere = list.filter((o) => o.index !== index);
      if (elsewhere.length > 0)
        add(index, 'duplicate-alias', ['aliases', position], {
          alias: written,
          otherId: [...new Set(elsewhere.map((o) => members[o.index]?.treaty.id ?? ''))],
          other: others(list, index),
        });
    }
  }

  members.forEach(({ treaty }, i) => {
    for (const [field, reverse] of [
      ['supersedes', 'supersededBy'],
      ['supersededBy', 'supersedes'],
    ] as const) {
      (treaty[field] ?? []).forEach((link, j) => {
        const path = [field, j, 'treaty'];
        if (link.treaty === treaty.id) return add(i, 'link-self', path, { field });
        const target = byId.get(link.treaty);
        if (target === undefined && unverifiable.has(link.treaty)) return;
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
