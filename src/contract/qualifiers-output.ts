// JSON contract of `treaty qualifiers --format json`.
import { z } from 'zod';
import { coverageOutput } from './common.js';
import { QUALIFIERS_SCHEMA_VERSION } from './schema-versions.js';

export const qualifiersOutput = z
  .object({
    schemaVersion: z.literal(QUALIFIERS_SCHEMA_VERSION),
    treaty: z.object({ id: z.string(), title: z.string(), shortTitle: z.string() }),
    lang: z.string(),
    coverage: coverageOutput.describe('What of the text is in the corpus: qualifiers in the missing part are not found.'),
    selection: z.string().nullable().describe('The article asked for, if any.'),
    clauses: z.array(
      z.object({
        clause: z.object({ id: z.string(), part: z.enum(['preamble', 'article', 'closing']), article: z.string().nullable(), paragraph: z.int(), label: z.string() }),
        qualifiers: z.array(
          z.object({
            code: z.string(),
            role: z.string(),
            category: z.string().describe('The category\'s label.'),
            label: z.string().describe('What this wording means (the cue\'s label, else the category\'s).'),
            text: z.string(),
            start: z.int().describe('Offset of the words in the clause.'),
            end: z.int(),
            key: z.string(),
          }),
        ),
      }),
    ),
    counts: z.record(z.string(), z.int()).describe('Number of qualifiers found per category code.'),
  })
  .describe('The qualifiers of a treaty text, clause by clause (treaty qualifiers --format json).');

export type QualifiersOutput = z.infer<typeof qualifiersOutput>;
