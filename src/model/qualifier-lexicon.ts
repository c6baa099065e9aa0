// The qualifier lexicon format (data/qualifiers.json): categories of conditions and modifiers attached to
// obligations, each with per-language cue patterns. zod is the single source of truth, as for treaties.
import { z } from 'zod';

export const LEXICON_FORMAT_VERSION = 1;

/** What part a qualifier plays in an obligation; renderers lead with it ("precondition added — …"). */
export const QUALIFIER_ROLES = [
  'precondition',
  'trigger',
  'adversary',
  'timing',
  'means',
  'condition',
  'procedure',
  'undertaking',
  'limitation',
  'reference',
] as const;

const nonEmpty = z.string().min(1, 'must not be empty');

/** A pattern must compile as a JavaScript regular expression (spaces are later widened to \s+). */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const cueSchema = z.strictObject({
  pattern: nonEmpty.refine(compiles, 'not a valid JavaScript regular expression').describe(
    'A JavaScript regular expression over normalised text: lower case, typographic quotes and dashes made plain, ё read as е. ' +
      'Write spaces as \\s+ where line breaks or double spaces may occur. A named group (?<list>…) marks a list whose order does not matter.',
  ),
  label: nonEmpty.optional().describe('What this cue means when it matches, if more specific than the category ("domestic law of both parties").'),
  note: nonEmpty.optional(),
});

const categorySchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case code such as "un-charter-article-51"').describe('Stable code used in JSON output.'),
  role: z.enum(QUALIFIER_ROLES),
  label: nonEmpty.describe('Plain-language name shown to readers.'),
  description: nonEmpty,
  cues: z
    .record(z.string().regex(/^[a-z]{2,3}$/, 'expected a base language code such as "en", "ru" or "ko"'), z.array(cueSchema).min(1))
    .describe('Cue patterns by base language code.'),
});

export const lexiconSchema = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(LEXICON_FORMAT_VERSION),
    categories: z.array(categorySchema).min(1),
  })
  .describe('Qualifier lexicon: categories of conditions and modifiers of obligations, with cue patterns.');

export type Lexicon = z.output<typeof lexiconSchema>;
export type QualifierCategory = Lexicon['categories'][number];
export type QualifierCue = QualifierCategory['cues'][string][number];
export type QualifierRole = (typeof QUALIFIER_ROLES)[number];
