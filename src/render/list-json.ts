// `treaty list --format json`: the contract in src/contract/list-output.ts.
import type { ListOutput } from '../contract/list-output.js';
import { LIST_SCHEMA_VERSION } from '../contract/schema-versions.js';
import { knownArticleCount, summariseCoverage } from '../model/coverage.js';
import { coverageToJson } from './coverage-json.js';
import type { Problem } from '../model/problem.js';
import type { ListView } from './list-table.js';
import { problemToJson } from './problems-json.js';
import { eventToJson, partyToJson } from './show-json.js';
import { stringifyJson } from './stringify-json.js';

export function renderListJson(view: ListView & { readonly corpus: string; readonly skipped: readonly Problem[] }): string {
  const output: ListOutput = {
    schemaVersion: LIST_SCHEMA_VERSION,
    corpus: view.corpus,
    treaties: view.treaties.map((t) => ({
      id: t.id,
      aliases: [...t.aliases],
      title: t.title,
      shortTitle: t.shortTitle,
      parties: t.parties.map(partyToJson),
      signed: eventToJson(t.signed),
      end: t.end ? { kind: t.end.kind, date: t.end.date ?? null } : null,
      articleCount: knownArticleCount(t) ?? null,
      texts: t.texts.map((x) => ({ lang: x.lang, kind: x.kind, coverage: coverageToJson(summariseCoverage(x)) })),
    })),
    skipped: view.skipped.map(problemToJson),
  };
  return stringifyJson(output);
}
