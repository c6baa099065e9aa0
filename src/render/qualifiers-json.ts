// `treaty qualifiers --format json`: the contract in src/contract/qualifiers-output.ts.
import type { QualifiersOutput } from '../contract/qualifiers-output.js';
import { QUALIFIERS_SCHEMA_VERSION } from '../contract/schema-versions.js';
import { summariseCoverage } from '../model/coverage.js';
import { coverageToJson } from './coverage-json.js';
import { clauseLabel } from './diff-words.js';
import type { TreatyQualifiers } from '../compare/treaty-qualifiers.js';
import { stringifyJson } from './stringify-json.js';

export function renderQualifiersJson(view: TreatyQualifiers): string {
  const counts: Record<string, number> = {};
  for (const { qualifiers } of view.clauses) for (const q of qualifiers) counts[q.code] = (counts[q.code] ?? 0) + 1;
  const output: QualifiersOutput = {
    schemaVersion: QUALIFIERS_SCHEMA_VERSION,
    treaty: { id: view.treaty.id, title: view.treaty.title, shortTitle: view.treaty.shortTitle },
    lang: view.text.lang,
    coverage: coverageToJson(summariseCoverage(view.text)),
    selection: view.selection ?? null,
    clauses: view.clauses.map(({ clause, qualifiers }) => ({
      clause: { id: clause.id, part: clause.part, article: clause.article ?? null, paragraph: clause.paragraph, label: clauseLabel(clause) },
      qualifiers: qualifiers.map((q) => ({ code: q.code, role: q.role, category: q.category, label: q.label, text: q.text, start: q.start, end: q.end, key: q.key })),
    })),
    counts,
  };
  return stringifyJson(output);
}
