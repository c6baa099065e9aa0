// `treaty diff --format json`: the contract in src/contract/diff-output.ts, mapped field by field.
import type { Clause } from '../align/clause.js';
import type { Comparison, ComparedSide, UnmatchedClause } from '../compare/compare-texts.js';
import { describeSelection } from '../compare/clause-ref.js';
import type { ClauseAddressOutput, DiffOutput } from '../contract/diff-output.js';
import { DIFF_SCHEMA_VERSION } from '../contract/schema-versions.js';
import { summariseCoverage } from '../model/coverage.js';
import { coverageToJson } from './coverage-json.js';
import { clauseLabel, sideLabel } from './diff-words.js';

export function comparisonToJson(c: Comparison): DiffOutput {
  const unmatched = (side: ComparedSide) => (u: UnmatchedClause) => {
    const clause = side.clauses[u.index] as Clause;
    return { clause: address(clause), text: clause.text, counterpartMayBeMissing: u.counterpartMayBeMissing };
  };
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    lang: c.lang,
    left: sideToJson(c.left),
    right: sideToJson(c.right),
    summary: { ...c.summary, overlap: round(c.summary.overlap) },
    links: c.links.map((link) => ({
      left: link.left.map((i) => address(c.left.clauses[i] as Clause)),
      right: link.right.map((j) => address(c.right.clauses[j] as Clause)),
      kind: link.kind,
      placement: link.placement,
      matchedBy: link.matchedBy,
      overlap: round(link.overlap),
      score: round(link.score),
      diff: link.segments.map((s) => ({ op: s.op, text: s.text })),
    })),
    onlyLeft: c.onlyLeft.map(unmatched(c.left)),
    onlyRight: c.onlyRight.map(unmatched(c.right)),
  };
}

export function renderDiffJson(c: Comparison): string {
  return JSON.stringify(comparisonToJson(c), null, 2) + '\n';
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

function address(clause: Clause): ClauseAddressOutput {
  return { id: clause.id, part: clause.part, article: clause.article ?? null, paragraph: clause.paragraph, label: clauseLabel(clause) };
}

// Scores are estimates: four decimals are plenty and keep the output stable across platforms.
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
