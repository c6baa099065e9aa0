// JSON contract of `treaty show --format json`.
import { z } from 'zod';
import { SHOW_SCHEMA_VERSION } from './schema-versions.js';
import { coverageOutput, eventOutput, partyOutput } from './common.js';


const blockStatus = z.enum(['complete', 'partial', 'missing']);
const blockOutput = z.object({
  status: blockStatus,
  paragraphs: z.array(z.object({ n: z.int().describe('1-based paragraph number.'), text: z.string() })),
  gaps: z.array(z.int()).describe('Positions of missing text: the number of paragraphs before each gap.'),
});
const link = z.object({ treaty: z.string(), date: z.string().nullable(), note: z.string().nullable() });

export const showOutput = z
  .object({
    schemaVersion: z.literal(SHOW_SCHEMA_VERSION),
    treaty: z.object({
      id: z.string(),
      aliases: z.array(z.string()),
      title: z.string(),
      shortTitle: z.string(),
      otherTitles: z.array(z.object({ lang: z.string(), title: z.string(), note: z.string().nullable() })),
      parties: z.array(partyOutput),
      signed: eventOutput.extend({ signatories: z.array(z.string()) }),
      entryIntoForce: eventOutput.nullable(),
      end: eventOutput.extend({ kind: z.string() }).nullable(),
      supersedes: z.array(link),
      supersededBy: z.array(link),
      identifiers: z.array(z.object({ scheme: z.string(), value: z.string() })),
      authenticLanguages: z.object({ languages: z.array(z.string()), confirmed: z.boolean(), note: z.string().nullable() }).nullable(),
      articleCount: z.int().nullable(),
      notes: z.array(z.string()),
      languages: z.array(z.string()).describe('Languages of the texts in this corpus.'),
    }),
    text: z
      .object({
        lang: z.string(),
        kind: z.enum(['authentic', 'translation']),
        translator: z.string().nullable(),
        title: z.string().nullable(),
        sources: z.array(
          z.object({
            title: z.string(),
            url: z.string().nullable(),
            publisher: z.string().nullable(),
            retrieved: z.string().nullable(),
            covers: z.string().nullable(),
            note: z.string().nullable(),
          }),
        ),
        corpusSource: z.string().nullable(),
        provenanceNotes: z.array(z.string()),
        editorialNotes: z.array(z.string()),
        coverage: coverageOutput,
      })
      .nullable()
      .describe('The text shown; null when the treaty has no text in this corpus.'),
    selection: z.object({ article: z.string().nullable() }).describe('The article asked for, if any.'),
    preamble: blockOutput.nullable(),
    articles: z.array(
      blockOutput.extend({
        number: z.string(),
        label: z.string().nullable(),
        heading: z.string().nullable(),
        numbering: z.enum(['source', 'editorial']),
        notes: z.array(z.string()),
      }),
    ),
    closing: blockOutput.nullable(),
  })
  .describe('A treaty or one article (treaty show --format json).');

export type ShowOutput = z.infer<typeof showOutput>;
