// JSON contract of `treaty list --format json`.
import { z } from 'zod';
import { LIST_SCHEMA_VERSION } from './schema-versions.js';
import { coverageOutput, eventOutput, partyOutput, problemOutput } from './common.js';


export const listOutput = z
  .object({
    schemaVersion: z.literal(LIST_SCHEMA_VERSION),
    corpus: z.string().describe('The folder the treaties were read from.'),
    treaties: z.array(
      z.object({
        id: z.string(),
        aliases: z.array(z.string()),
        title: z.string(),
        shortTitle: z.string(),
        parties: z.array(partyOutput),
        signed: eventOutput,
        end: z.object({ kind: z.string(), date: z.string().nullable() }).nullable(),
        articleCount: z.int().nullable().describe('Articles in the treaty, when known.'),
        texts: z.array(z.object({ lang: z.string(), kind: z.enum(['authentic', 'translation']), coverage: coverageOutput })),
      }),
    ),
    skipped: z.array(problemOutput).describe('Files in the folder that could not be read as treaties.'),
  })
  .describe('The treaties of a corpus (treaty list --format json).');

export type ListOutput = z.infer<typeof listOutput>;
