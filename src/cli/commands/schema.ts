// `treaty schema [NAME]`: prints the JSON Schema of the data format or of a JSON output.
import { jsonSchemaFor } from '../../contract/json-schemas.js';
import type { SchemaName } from '../../contract/schema-names.js';
import type { Handler } from '../command-spec.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export function runSchema(ctx: CliContext, name: SchemaName): ExitCode {
  ctx.stdout(JSON.stringify(jsonSchemaFor(name), null, 2) + '\n');
  return ExitCode.ok;
}

export const schemaHandler: Handler = (ctx, [name]) => runSchema(ctx, name as SchemaName);
