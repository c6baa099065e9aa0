// `treaty diff --format json`: the contract in src/contract/diff-output.ts, mapped field by field.
import type { Clause } from '../model/clause.js';
import { describeSelection } from '../compare/clause-ref.js';
import type { ClauseAddressOutput, DiffOutput } from '../contract/diff-output.js';
import { DIFF_SCHEMA_VERSION } from '../contract/schema-versions.js';
import { summariseCoverage } from '../model/coverage.js';
import { coverageToJson } from './coverage-json.js';
import { clauseLabel, sideLabel } from './diff-words.js';
import { stringifyJson } from './stringify-json.js';
import type { ComparedSide, Comparison, QualifierMatch, UnmatchedClause } from '../model/comparison.js';

export function comparisonToJson(c: Comparison): DiffOutput {
  const unmatched = ({ clause, counterpartMayBeMissing }: UnmatchedClause) => ({ clause: address(clause), text: clause.text, counterpartMayBeMissing });
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    lang: c.lang,
    left: sideToJson(c.left),
    right: sideToJson(c.right),
    summary: { ...c.summary, overlap: round(c.summary.overlap) },
    links: c.links.map((link) => ({
      left: link.leftClauses.map(address),
      right: link.rightClauses.map(address),
      kind: link.kind,
      placement: link.placement,
      matchedBy: link.matchedBy,
      overlap: round(link.overlap),
      score: round(link.score),
      diff: link.segments.map((s) => ({ op: s.op, text: s.text })),
      qualifiers: link.qualifiers.map((d) => ({ code: d.code, role: d.role, change: d.change, left: d.left.map(matchToJson), right: d.right.map(matchToJson) })),
    })),
    qualifiers: c.qualifiers.map((d) => ({
      code: d.code,
      role: d.role,
      change: d.change,
      left: d.left.map((m) => ({ ...matchToJson(m), clause: address(c.left.clauses[m.clause] as Clause) })),
      right: d.right.map((m) => ({ ...matchToJson(m), clause: address(c.right.clauses[m.clause] as Clause) })),
    })),
    onlyLeft: c.onlyLeft.map(unmatched),
    onlyRight: c.onlyRight.map(unmatched),
  };
}

export function renderDiffJson(c: Comparison): string {
  return stringifyJson(comparisonToJson(c));
}

function sideToJson(side: ComparedSide): DiffOutput['left'] {
  const present = side.text.articles.filter((a) => (a.status ?? 'complete') !== 'missing');
  const editorial = present.filter((a) => a.numbering === 'editorial').length;
  return {
    id: side.treaty.id,
    label: sideLabel(side),
    title: side.treaty.title,
    shortTitle: side.treaty.shortTitle,
    lang: side.text.lang,
    kind: side.text.kind,
    numbering: editorial === 0 ? 'source' : editorial === present.length ? 'editorial' : 'mixed',
    coverage: coverageToJson(summariseCoverage(side.text)),
    selection: side.selection ? describeSelection(side.selection) : null,
    clauses: side.clauses.length,
  };
}

function matchToJson(m: QualifierMatch): { label: string; text: string; start: number; end: number; key: string } {
  return { label: m.label, text: m.text, start: m.start, end: m.end, key: m.key };
}

function address(clause: Clause): ClauseAddressOutput {
  return { id: clause.id, part: clause.part, article: clause.article ?? null, paragraph: clause.paragraph, label: clauseLabel(clause) };
}

// Scores are estimates: four decimals are plenty and keep the output stable across platforms.
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
