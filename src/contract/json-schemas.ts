// JSON Schemas published under schema/ and printed by `treaty schema NAME`, generated from the zod
// definitions so that they cannot drift from the code.
import { z } from 'zod';
import { treatySchema } from '../model/treaty.js';
import { diffOutput } from './diff-output.js';
import { listOutput } from './list-output.js';
import { qualifiersOutput } from './qualifiers-output.js';
import { lexiconSchema } from '../model/qualifier-lexicon.js';
import { showOutput } from './show-output.js';
import type { SchemaName } from './schema-names.js';
import { validateOutput } from './validate-output.js';

const SCHEMAS: Record<SchemaName, { schema: z.ZodType; io: 'input' | 'output'; title: string }> = {
  treaty: { schema: treatySchema, io: 'input', title: 'treaty data file' },
  list: { schema: listOutput, io: 'output', title: 'treaty list --format json' },
  show: { schema: showOutput, io: 'output', title: 'treaty show --format json' },
  validate: { schema: validateOutput, io: 'output', title: 'treaty validate --format json' },
  diff: { schema: diffOutput, io: 'output', title: 'treaty diff --format json' },
  lexicon: { schema: lexiconSchema, io: 'input', title: 'qualifier lexicon data file (qualifiers.json)' },
  qualifiers: { schema: qualifiersOutput, io: 'output', title: 'treaty qualifiers --format json' },
};

/** The JSON Schema for a data file (what authors write) or an output format (what the CLI prints). */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const { schema, io, title } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: generated.$schema, title, ...generated };
}

/** The zod schema itself, for tests that check real output against the contract. */
export function zodSchemaFor(name: SchemaName): z.ZodType {
  return SCHEMAS[name].schema;
}
