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

/** Other files a duplicate id or alias finding names; the rest are counted. */
const NAMED_OTHERS = 3;

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
      key(treaty).forEach((k, position) => {
        const list = map.get(k);
        if (list) list.push({ index, position });
        else map.set(k, [{ index, position }]);
      }),
    );
    return map;
  };
  // The first few other names (files, ids) in a list of owners, and how many more: 3,000 copies of one
  // file must not make 3,000 findings that each name 2,999 files, nor cost 3,000 × 3,000 steps.
  const namer = (list: ReadonlyArray<{ index: number }>, name: (i: number) => string) => {
    const entries = new Map<string, number>();
    const perMember = new Map<number, number>();
    for (const o of list) {
      entries.set(name(o.index), (entries.get(name(o.index)) ?? 0) + 1);
      perMember.set(o.index, (perMember.get(o.index) ?? 0) + 1);
    }
    const distinct = [...entries.keys()];
    return (index: number) => {
      const own = name(index);
      // The member's own name is among the others only if another member has it too.
      const excluded = entries.get(own) === perMember.get(index) ? own : undefined;
      const shown = distinct.slice(0, NAMED_OTHERS + 1).filter((n) => n !== excluded).slice(0, NAMED_OTHERS);
      return { shown, more: distinct.length - (excluded === undefined ? 0 : 1) - shown.length };
    };
  };
  const fileOf = (i: number) => members[i]?.file ?? '';
  const idOf = (i: number) => members[i]?.treaty.id ?? '';

  const byIdList = owners((t) => [t.id]);
  for (const [id, list] of byIdList) {
    if (new Set(list.map((o) => o.index)).size < 2) continue;
    const otherFiles = namer(list, fileOf);
    for (const { index } of list) {
      const files = otherFiles(index);
      add(index, 'duplicate-id', ['id'], { id, other: files.shown, ...(files.more > 0 ? { more: files.more } : {}) });
    }
  }
  const byId = new Map([...byIdList].map(([id, list]) => [id, (list[0] as { index: number }).index]));

  for (const [alias, list] of owners((t) => t.aliases.map((a) => a.toLowerCase()))) {
    const idOwner = byId.get(alias);
    const shared = new Set(list.map((o) => o.index)).size > 1;
    const otherFiles = namer(list, fileOf);
    const otherIds = namer(list, idOf);
    for (const { index, position } of list) {
      const treaty = members[index]?.treaty;
      if (!treaty) continue;
      const written = treaty.aliases[position] ?? alias;
      if (idOwner !== undefined && idOwner !== index)
        add(index, 'alias-is-id', ['aliases', position], { alias: written, other: members[idOwner]?.file ?? '' });
      if (!shared) continue;
      const files = otherFiles(index);
      const ids = otherIds(index);
      add(index, 'duplicate-alias', ['aliases', position], {
        alias: written,
        otherId: ids.shown,
        ...(ids.more > 0 ? { moreIds: ids.more } : {}),
        other: files.shown,
        ...(files.more > 0 ? { more: files.more } : {}),
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
