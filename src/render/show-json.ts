// `treaty show --format json`: the contract in src/contract/show-output.ts, mapped field by field.
import type { EventOutput, PartyOutput } from '../contract/common.js';
import { SHOW_SCHEMA_VERSION } from '../contract/schema-versions.js';
import type { ShowOutput } from '../contract/show-output.js';
import { statusOf, summariseCoverage } from '../model/coverage.js';
import type { Article, Block, Party, Treaty } from '../model/treaty.js';
import { coverageToJson } from './coverage-json.js';
import type { ShowView } from './show-text.js';
import { stringifyJson } from './stringify-json.js';

export function renderShowJson(view: ShowView): string {
  const { treaty, text, selection } = view;
  const selected = selection?.kind === 'article' ? text?.articles[selection.index] : undefined;
  const output: ShowOutput = {
    schemaVersion: SHOW_SCHEMA_VERSION,
    treaty: treatyToJson(treaty),
    text: text
      ? {
          lang: text.lang,
          kind: text.kind,
          translator: text.translator ?? null,
          title: text.title ?? null,
          sources: text.provenance.sources.map((s) => ({
            title: s.title,
            url: s.url ?? null,
            publisher: s.publisher ?? null,
            retrieved: s.retrieved ?? null,
            covers: s.covers ?? null,
            note: s.note ?? null,
          })),
          corpusSource: text.provenance.corpusSource ?? null,
          provenanceNotes: [...(text.provenance.notes ?? [])],
          editorialNotes: [...(text.editorialNotes ?? [])],
          coverage: coverageToJson(summariseCoverage(text)),
        }
      : null,
    selection: { article: selection ? (selected?.number ?? (selection.kind === 'no-text' ? selection.number : null)) : null },
    preamble: !selection && text?.preamble ? blockToJson(text.preamble) : null,
    articles: selection ? (selected ? [articleToJson(selected)] : []) : (text?.articles ?? []).map(articleToJson),
    closing: !selection && text?.closing ? blockToJson(text.closing) : null,
  };
  return stringifyJson(output);
}

function treatyToJson(t: Treaty): ShowOutput['treaty'] {
  const link = (l: NonNullable<Treaty['supersedes']>[number]) => ({ treaty: l.treaty, date: l.date ?? null, note: l.note ?? null });
  return {
    id: t.id,
    aliases: [...t.aliases],
    title: t.title,
    shortTitle: t.shortTitle,
    otherTitles: (t.otherTitles ?? []).map((o) => ({ lang: o.lang, title: o.title, note: o.note ?? null })),
    parties: t.parties.map(partyToJson),
    signed: { ...eventToJson(t.signed), signatories: [...(t.signed.signatories ?? [])] },
    entryIntoForce: t.entryIntoForce ? eventToJson(t.entryIntoForce) : null,
    end: t.end ? { ...eventToJson(t.end), kind: t.end.kind } : null,
    supersedes: (t.supersedes ?? []).map(link),
    supersededBy: (t.supersededBy ?? []).map(link),
    identifiers: (t.identifiers ?? []).map((i) => ({ scheme: i.scheme, value: i.value })),
    authenticLanguages: t.authenticLanguages
      ? {
          languages: [...t.authenticLanguages.languages],
          confirmed: t.authenticLanguages.confirmed ?? true,
          note: t.authenticLanguages.note ?? null,
        }
      : null,
    articleCount: t.articleCount ?? null,
    notes: [...(t.notes ?? [])],
    languages: t.texts.map((x) => x.lang),
  };
}

export function partyToJson(p: Party): PartyOutput {
  return { code: p.code, name: p.name, shortName: p.shortName ?? null, historical: p.historical ?? false };
}

export function eventToJson(e: { date?: string | undefined; place?: string | undefined; confirmed?: boolean | undefined; note?: string | undefined }): EventOutput {
  return { date: e.date ?? null, place: e.place ?? null, confirmed: e.confirmed ?? true, note: e.note ?? null };
}

function blockToJson(b: Block): NonNullable<ShowOutput['preamble']> {
  return {
    status: statusOf(b) as 'complete' | 'partial' | 'missing',
    paragraphs: b.paragraphs.map((text, i) => ({ n: i + 1, text })),
    gaps: [...(b.gaps ?? [])],
  };
}

function articleToJson(a: Article): ShowOutput['articles'][number] {
  return {
    ...blockToJson(a),
    number: a.number,
    label: a.label ?? null,
    heading: a.heading ?? null,
    numbering: a.numbering ?? 'source',
    notes: [...(a.notes ?? [])],
  };
}
