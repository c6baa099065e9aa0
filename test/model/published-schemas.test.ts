import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../src/contract/json-schemas.js';
import { SCHEMA_NAMES } from '../../src/contract/schema-names.js';
import { ROOT } from '../helpers/run-cli.js';

describe('published JSON Schemas', () => {
  it.each(SCHEMA_NAMES)('schema/%s.schema.json matches the zod definition (run `npm run schema` if not)', (name) => {
    const committed = JSON.parse(readFileSync(`${ROOT}schema/${name}.schema.json`, 'utf8')) as unknown;
    expect(committed).toEqual(jsonSchemaFor(name));
  });
});
