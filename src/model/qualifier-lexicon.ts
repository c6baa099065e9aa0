// The qualifier lexicon format (data/qualifiers.json): categories of conditions and modifiers attached to
// obligations, each with per-language cue patterns. zod is the single source of truth, as for treaties.
import { z } from 'zod';
import { cuePatternProblem } from '../qualifiers/compile-lexicon.js';

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

/**
 * A pattern is a JavaScript regular expression within the cue grammar, small enough once compiled. A
 * refusal carries its problem code and facts in `params.problem` (see parse-document.ts), not prose.
 */
function checkPattern(pattern: string, ctx: z.RefinementCtx): void {
  if (!compiles(pattern)) {
    ctx.addIssue({ code: 'custom', message: 'not a valid JavaScript regular expression' });
    return;
  }
  const problem = cuePatternProblem(pattern);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.code, params: { problem } });
}

const cueSchema = z.strictObject({
  pattern: nonEmpty.superRefine(checkPattern).describe(
    'A regular expression in the cue grammar (README, "Qualifiers"), matched over normalised text: lower case, typographic quotes and dashes made plain, ё read as е. ' +
      'A space stands for any run of whitespace. A named group (?<list>…) marks a list whose order does not matter. ' +
      'The grammar is JavaScript syntax without flags, backreferences, Unicode property escapes or captures inside lookarounds; matching takes time linear in the text.',
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
