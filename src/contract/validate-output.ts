// JSON contract of `treaty validate --format json`.
import { z } from 'zod';
import { VALIDATE_SCHEMA_VERSION } from './schema-versions.js';
import { problemOutput } from './common.js';


export const validateOutput = z
  .object({
    schemaVersion: z.literal(VALIDATE_SCHEMA_VERSION),
    valid: z.boolean().describe('true when there are no errors (warnings allowed).'),
    files: z.array(z.string()).describe('Files checked.'),
    errors: z.int(),
    warnings: z.int(),
    problems: z.array(problemOutput),
  })
  .describe('Result of checking treaty files (treaty validate --format json).');

export type ValidateOutput = z.infer<typeof validateOutput>;
