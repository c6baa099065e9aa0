// Turns an imported text into treaty data: a new treaty file with the metadata given on the command line,
// or an existing treaty whose text in one language is replaced (metadata, provenance and article notes
// kept). Pure.
import { normaliseArticleNumber } from '../model/article-number.js';
import { FORMAT_VERSION } from '../model/format-version.js';
import type { TreatyInput } from '../model/treaty.js';
import type { ParsedPlainText, UnplacedText } from './parse-plain-text.js';

type TextInput = TreatyInput['texts'][number];

export interface ImportMetadata {
  readonly id: string;
  readonly lang: string;
  readonly title?: string;
  readonly shortTitle?: string;
  readonly aliases?: readonly string[];
  readonly parties?: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly signed?: { readonly date?: string; readonly place?: string };
  readonly articleCount?: number;
  readonly kind?: 'authentic' | 'translation';
  readonly translator?: string;
  readonly source: { readonly title: string; readonly url?: string; readonly publisher?: string; readonly retrieved?: string };
  /** The file imported, recorded as the text's corpus source. */
  readonly file: string;
}

/** What to do with text the importer could not place: refuse (the default), or keep it in the text's notes. */
export type UnplacedPolicy = 'error' | 'note';

// "XXX" is the code ICAO uses for an unspecified nationality: it cannot be mistaken for a real state, and
// the treaty's notes say that the parties were not given.
const UNKNOWN_PARTY = { code: 'XXX', name: 'parties not recorded' } as const;

export function treatyFromImport(parsed: ParsedPlainText, meta: ImportMetadata, unplaced: UnplacedPolicy): TreatyInput {
  const missing = [
    ...(meta.title ? [] : ['title']),
    ...(meta.parties && meta.parties.length > 0 ? [] : ['parties']),
    ...(meta.signed?.date ? [] : ['date of signature']),
  ];
  return {
    $schema: '../../schema/treaty.schema.json',
    formatVersion: FORMAT_VERSION,
    id: meta.id,
    aliases: [...(meta.aliases ?? [])],
    title: meta.title ?? meta.id,
    shortTitle: meta.shortTitle ?? meta.title ?? meta.id,
    parties: meta.parties && meta.parties.length > 0 ? meta.parties.map((p) => ({ ...p })) : [{ ...UNKNOWN_PARTY }],
    signed: { ...(meta.signed?.date ? { date: meta.signed.date } : {}), ...(meta.signed?.place ? { place: meta.signed.place } : {}) },
    ...(meta.articleCount !== undefined ? { articleCount: meta.articleCount } : {}),
    ...(missing.length > 0 ? { notes: [`Imported from ${meta.file} by treaty import; not given: ${missing.join(', ')}.`] } : {}),
    texts: [textFromImport(parsed, meta, unplaced)],
  };
}

/** Replaces (or adds) the text in `lang` of an existing treaty with an imported one. */
export function replaceImportedText(existing: TreatyInput, parsed: ParsedPlainText, lang: string, file: string, unplaced: UnplacedPolicy): TreatyInput {
  const index = existing.texts.findIndex((t) => t.lang.toLowerCase() === lang.toLowerCase());
  const old = existing.texts[index];
  const structure = structureOf(parsed);
  const text: TextInput = old
    ? {
        ...old,
        ...structure,
        provenance: { ...old.provenance, corpusSource: old.provenance.corpusSource ?? file, notes: mergeNotes(old.provenance.notes, unplacedNotes(parsed, unplaced)) },
        articles: keepArticleAnnotations(structure.articles, old.articles),
      }
    : textFromImport(parsed, { lang, file, source: { title: file } }, unplaced);
  const texts = [...existing.texts];
  if (index >= 0) texts[index] = text;
  else texts.push(text);
  return { ...existing, texts };
}

function textFromImport(parsed: ParsedPlainText, meta: Pick<ImportMetadata, 'lang' | 'kind' | 'translator' | 'source' | 'file'>, unplaced: UnplacedPolicy): TextInput {
  const notes = [...parsed.notes, ...unplacedNotes(parsed, unplaced)];
  return {
    lang: meta.lang,
    kind: meta.kind ?? 'authentic',
    ...(meta.translator ? { translator: meta.translator } : {}),
    provenance: {
      sources: [{ ...meta.source }],
      corpusSource: meta.file,
      ...(notes.length > 0 ? { notes } : {}),
    },
    ...structureOf(parsed),
  };
}

function structureOf(parsed: ParsedPlainText): Pick<TextInput, 'preamble' | 'articles' | 'closing'> {
  return {
    ...(parsed.preamble ? { preamble: compact(parsed.preamble) } : {}),
    articles: parsed.articles.map((a) => compact({ ...a })),
    ...(parsed.closing ? { closing: compact(parsed.closing) } : {}),
  };
}

/** A block with no text here needs no empty paragraph list: the data files leave it out. */
function compact<B extends { status?: string; paragraphs?: string[] }>(block: B): B {
  if (block.status !== 'missing' || (block.paragraphs?.length ?? 0) > 0) return block;
  const { paragraphs: _none, ...rest } = block;
  return rest as B;
}

/** Article notes, headings and editorial numbering are the corpus's, not the source's: keep them. */
function keepArticleAnnotations(articles: TextInput['articles'], old: TextInput['articles']): TextInput['articles'] {
  const byNumber = new Map(old.map((a) => [normaliseArticleNumber(a.number), a]));
  return articles.map((a) => {
    const before = byNumber.get(normaliseArticleNumber(a.number));
    if (!before) return a;
    return {
      ...a,
      ...(before.notes ? { notes: before.notes } : {}),
      ...(before.numbering ? { numbering: before.numbering } : {}),
      ...(before.heading && !a.heading ? { heading: before.heading } : {}),
    };
  });
}

function unplacedNotes(parsed: ParsedPlainText, policy: UnplacedPolicy): string[] {
  if (policy !== 'note') return [];
  return parsed.unplaced.map((u: UnplacedText) => `Not placed by the importer (source line ${u.line}, ${u.reason}): ${u.text}`);
}

function mergeNotes(old: readonly string[] | undefined, added: readonly string[]): string[] | undefined {
  // A set, not includes(): re-importing a text with many unplaced lines compared every note with every other.
  const seen = new Set(old ?? []);
  const all = [...(old ?? [])];
  for (const note of added) if (!seen.has(note)) all.push(note);
  return all.length > 0 ? all : undefined;
}
