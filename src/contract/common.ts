// Pieces shared by the JSON output contracts. Output contracts are separate from the data format on
// purpose: the data format can evolve while the JSON that scripts consume keeps its schemaVersion.
import { z } from 'zod';

export const problemOutput = z
  .object({
    file: z.string().nullable(),
    line: z.int().nullable(),
    column: z.int().nullable(),
    pointer: z.string().nullable().describe('RFC 6901 JSON pointer to the value in the file.'),
    code: z.string().describe('Stable problem code, e.g. "duplicate-alias".'),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
  })
  .describe('A problem found in an input file.');

export const partStatus = z
  .enum(['complete', 'partial', 'missing', 'none'])
  .describe('none: the treaty has no such part; missing: it exists but its text is not in this corpus.');

export const coverageOutput = z.object({
  complete: z.boolean(),
  articlesKnown: z.int(),
  articlesPresent: z.int().describe('Articles with at least some text in this corpus.'),
  missingArticles: z.array(z.string()).describe('Articles that exist but whose text is not in this corpus.'),
  partialArticles: z.array(z.object({ number: z.string(), cutOff: z.boolean() })),
  preamble: partStatus,
  closing: partStatus,
  summary: z.string().describe('The same, in words.'),
});

export const partyOutput = z.object({ code: z.string(), name: z.string(), shortName: z.string().nullable(), historical: z.boolean() });

export const eventOutput = z.object({
  date: z.string().nullable(),
  place: z.string().nullable(),
  confirmed: z.boolean(),
  note: z.string().nullable(),
});

export type ProblemOutput = z.infer<typeof problemOutput>;
export type CoverageOutput = z.infer<typeof coverageOutput>;
export type PartyOutput = z.infer<typeof partyOutput>;
export type EventOutput = z.infer<typeof eventOutput>;
