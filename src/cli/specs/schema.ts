// `treaty schema NAME`: the spec; the work is in ../commands/schema.ts.
import { SCHEMA_NAMES } from '../../contract/schema-names.js';
import type { CommandSpec } from '../command-spec.js';

export const schemaSpec: CommandSpec = {
  name: 'schema',
  description: "print the JSON Schema of the treaty data format or of a command's JSON output",
  arguments: [{ name: '<name>', description: 'which schema', choices: SCHEMA_NAMES }],
  examples: ['treaty schema treaty > treaty.schema.json', 'treaty schema show'],
  handler: async () => (await import('../commands/schema.js')).schemaHandler,
};
