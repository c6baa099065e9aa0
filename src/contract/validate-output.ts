// JSON contract of `treaty validate --format json`.
import { z } from 'zod';
import { VALIDATE_SCHEMA_VERSION } from './schema-versions.js';
import { problemOutput } from './common.js';

export const omittedOutput = z
  .object({
    file: z.string().nullable(),
    code: z.string().describe('The code of the problems left out.'),
    severity: z.enum(['error', 'warning']),
    count: z.int().describe('How many were found beyond those listed in problems[].'),
  })
  .describe('Problems of one code in one file found but not listed: only the first 20 of each code per file are.');

export const validateOutput = z
  .object({
    schemaVersion: z.literal(VALIDATE_SCHEMA_VERSION),
    valid: z.boolean().describe('true when there are no errors (warnings allowed).'),
    files: z.array(z.string()).describe('Files checked.'),
    errors: z.int().describe('Errors found, listed or omitted. A file stops being checked at 10,000 problems (code "check-stopped"), so it may have more.'),
    warnings: z.int().describe('Warnings found, listed or omitted.'),
    problems: z.array(problemOutput).describe('The first 20 problems of each code in each file, in file order and then line order.'),
    omitted: z.array(omittedOutput).describe('What problems[] leaves out, per file and code; empty when every problem is listed.'),
  })
  .describe('Result of checking treaty files (treaty validate --format json).');

export type ValidateOutput = z.infer<typeof validateOutput>;
