// The treaty file format: zod schemas that are the single source of truth for data files, their types and
// the published JSON Schema (schema/treaty.schema.json). Semantic invariants live in src/validate/.
import { z } from 'zod';

import { FORMAT_VERSION } from './format-version.js';
import { MAX_CLAUSES, MAX_PARAGRAPH_CHARS } from './limits.js';

export { FORMAT_VERSION };

// Shapes only; whether a date exists (no 30 February) and whether a tag is canonical BCP 47 are checked in
// src/validate/ so that those findings carry their own codes and locations.
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY-MM-DD, YYYY-MM or YYYY')
  .describe('ISO 8601 calendar date; YYYY-MM or YYYY when only that much is known.');

const langTag = z
  .string()
  .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'expected a BCP 47 language tag such as "en", "ru" or "ko-Kore"')
  .describe('BCP 47 language tag. Two texts of one treaty in one language are told apart with a private-use subtag, e.g. "en-x-kcna".');

const nonEmpty = z.string().min(1, 'must not be empty');
const notes = z.array(nonEmpty).describe('Free-text notes, one per entry.');

/** A dated event whose details may be unknown or disputed: say so in `note` rather than guessing. */
const eventSchema = z
  .strictObject({
    date: isoDate.optional(),
    place: nonEmpty.optional(),
    confirmed: z.boolean().optional().describe('false when the sources do not confirm this event or date.'),
    note: nonEmpty.optional(),
  })
  .describe('An event such as entry into force. Leave out what is not known and explain in note.');

const partySchema = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,5}$/, 'expected an upper-case code such as "RUS", "PRK" or "SUN"')
    .describe('ISO 3166-1 alpha-3 code; for a former state its former alpha-3 code (SUN for the USSR).'),
  name: nonEmpty.describe('Full name as the treaty text names the party.'),
  shortName: nonEmpty.optional().describe('Short name used in tables, e.g. "USSR", "DPRK".'),
  historical: z.boolean().optional().describe('true for a state that no longer exists.'),
});

const treatyLink = z.strictObject({
  treaty: nonEmpty.describe('Id of the other treaty in the corpus.'),
  date: isoDate.optional(),
  note: nonEmpty.optional(),
});

const sourceSchema = z.strictObject({
  title: nonEmpty,
  url: z.url().optional(),
  publisher: nonEmpty.optional(),
  retrieved: isoDate.optional().describe('When the text was taken from this source.'),
  covers: nonEmpty.optional().describe('Which part of the text came from this source.'),
  note: nonEmpty.optional(),
});

const provenanceSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1, 'name at least one source'),
  corpusSource: nonEmpty
    .optional()
    .describe('The plain-text file this data was built from, e.g. "sources/ussr-dprk-1961/en.partial.txt".'),
  notes: notes.optional().describe('Cleaning done, doubts, anything a reader should know about the wording.'),
});

const blockStatus = z
  .enum(['complete', 'partial', 'missing'])
  .describe('complete: all of it is here; partial: some is missing (see gaps); missing: it exists but none is here.');

const gaps = z
  .array(z.int().min(0))
  .describe('Where text is missing: the number of paragraphs before each gap (0 = before the first paragraph).');

const blockFields = {
  status: blockStatus.optional().describe('Defaults to complete.'),
  paragraphs: z
    .array(z.string().max(MAX_PARAGRAPH_CHARS, `a paragraph may be at most ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters: split it where the source starts a new paragraph`))
    .max(MAX_CLAUSES, `a block may have at most ${MAX_CLAUSES.toLocaleString('en')} paragraphs`)
    .default([])
    .describe('Paragraphs verbatim, one string each.'),
  gaps: gaps.optional(),
};

/** Preamble or closing text (everything before the first article, or after the last). */
const blockSchema = z.strictObject(blockFields);

const articleSchema = z.strictObject({
  number: nonEmpty.describe('Article number as written: "1", "I", "4 bis".'),
  label: nonEmpty.optional().describe('The heading line as the source writes it ("Article 1", "ARTICLE I", "Статья 1"); absent when the source has none.'),
  heading: nonEmpty.optional().describe('The article\'s title, if it has one.'),
  numbering: z
    .enum(['source', 'editorial'])
    .optional()
    .describe('editorial when the source does not number this article and the corpus does; defaults to source.'),
  ...blockFields,
  notes: notes.optional(),
});

const textSchema = z.strictObject({
  lang: langTag,
  kind: z.enum(['authentic', 'translation']).describe('Whether this is an authentic text of the treaty or a translation.'),
  translator: nonEmpty.optional().describe('Who translated it (for translations).'),
  title: nonEmpty.optional().describe('The title as this text gives it.'),
  provenance: provenanceSchema,
  editorialNotes: notes.optional().describe('Structure the corpus adds that the source lacks, e.g. article numbers.'),
  preamble: blockSchema.optional().describe('Absent when the treaty has no preamble.'),
  articles: z.array(articleSchema).max(MAX_CLAUSES, `a text may list at most ${MAX_CLAUSES.toLocaleString('en')} articles`).describe('Every article known to exist, in order; those with no text here have status "missing".'),
  closing: blockSchema.optional().describe('Final clauses after the last article ("DONE at …", signatures); absent when the treaty has none.'),
});

export const treatySchema = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "rus-dprk-2024"')
      .describe('Kebab-case id, equal to the file name without .json.'),
    aliases: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-", such as "1961"'),
      )
      .default([])
      .describe('Short names users type ("1961"); unique across the corpus, compared case-insensitively.'),
    title: nonEmpty.describe('Full title in English.'),
    shortTitle: nonEmpty,
    otherTitles: z
      .array(z.strictObject({ lang: langTag, title: nonEmpty, note: nonEmpty.optional() }))
      .optional(),
    parties: z.array(partySchema).min(1, 'name at least one party'),
    signed: eventSchema.extend({ signatories: z.array(nonEmpty).optional() }),
    entryIntoForce: eventSchema.optional(),
    end: eventSchema
      .extend({ kind: z.enum(['terminated', 'superseded', 'lapsed', 'expired', 'withdrawn']) })
      .optional()
      .describe('How and when the treaty ceased to have effect; absent while it is in force.'),
    supersedes: z.array(treatyLink).optional().describe('Treaties this one replaced.'),
    supersededBy: z.array(treatyLink).optional().describe('Treaties that replaced this one; each must link back.'),
    identifiers: z
      .array(z.strictObject({ scheme: nonEmpty, value: nonEmpty }))
      .optional()
      .describe('Registration numbers, e.g. {"scheme": "UNTS", "value": "No. 6045, vol. 420"}.'),
    authenticLanguages: z
      .strictObject({ languages: z.array(langTag), confirmed: z.boolean().optional(), note: nonEmpty.optional() })
      .optional(),
    articleCount: z.int().min(0).optional().describe('Number of articles in the treaty, when known.'),
    articleCountNote: nonEmpty.optional(),
    notes: notes.optional(),
    texts: z.array(textSchema).describe('One entry per language; may be empty when only metadata is known.'),
  })
  .describe('A treaty in the treaty corpus format.');

/** A treaty as read from a data file, with defaults applied. */
export type Treaty = z.output<typeof treatySchema>;
/** A treaty file before defaults: what a data author writes. */
export type TreatyInput = z.input<typeof treatySchema>;
export type TreatyText = Treaty['texts'][number];
export type Article = TreatyText['articles'][number];
export type Block = NonNullable<TreatyText['preamble']>;
export type Party = Treaty['parties'][number];
export type TreatyLink = NonNullable<Treaty['supersedes']>[number];
export type BlockStatus = z.output<typeof blockStatus>;
