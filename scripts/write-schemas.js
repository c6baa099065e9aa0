#!/usr/bin/env node
// Writes schema/*.schema.json from the zod definitions (run `npm run schema` after changing them; a test
// fails while the committed files are stale).
import { writeFileSync } from 'node:fs';
import { jsonSchemaFor } from '../dist/contract/json-schemas.js';
import { SCHEMA_NAMES } from '../dist/contract/schema-names.js';

for (const name of SCHEMA_NAMES) {
  const file = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(jsonSchemaFor(name), null, 2) + '\n');
  console.log(`wrote schema/${name}.schema.json`);
}
