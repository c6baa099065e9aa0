#!/usr/bin/env node
// Validates the bundled corpus in full and records the fingerprint of every file that passed, so the
// CLI can skip the schema for them at run time (see src/corpus/trusted-data.ts). A file with errors is
// simply not trusted: at run time it is checked and its problems reported as for any other file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsonSchemaFor } from '../dist/contract/json-schemas.js';
import { PRECOMPUTED_FILE } from '../dist/corpus/load-qualifier-source.js';
import { defaultsOf } from '../dist/corpus/schema-defaults.js';
import { fingerprint } from '../dist/corpus/trusted-data.js';
import { treatySchema } from '../dist/model/treaty.js';
import { compileLexicon, cuePatternProblem } from '../dist/qualifiers/compile-lexicon.js';
import { precomputeQualifiers } from '../dist/qualifiers/precomputed-qualifiers.js';
import { validateDocuments } from '../dist/validate/validate-documents.js';

const dir = new URL('../data/treaties/', import.meta.url);
const documents = [
  ...readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(new URL(name, dir), 'utf8') })),
  { file: 'qualifiers.json', text: readFileSync(new URL('../data/qualifiers.json', import.meta.url), 'utf8') },
];
const problems = validateDocuments(documents).filter((p) => p.severity === 'error');
const failed = new Set(problems.map((p) => p.file));
const fingerprints = documents.filter((d) => !failed.has(d.file)).map((d) => fingerprint(d.text));
// With a valid lexicon, its cue patterns passed the cue grammar check just now: `treaty validate` need not
// compile them again (the check depends on the pattern alone).
const lexicon = documents.find((d) => d.file === 'qualifiers.json');
const cuePatterns =
  lexicon && !failed.has(lexicon.file)
    ? [...new Set(JSON.parse(lexicon.text).categories.flatMap((c) => Object.values(c.cues).flatMap((cues) => cues.map((cue) => cue.pattern))))].filter((p) => cuePatternProblem(p) === undefined)
    : [];
// The schema's defaults, so that the fast path fills in what the schema would (src/corpus/schema-defaults.ts).
const defaults = defaultsOf(jsonSchemaFor('treaty'));
writeFileSync(new URL('../dist/trusted-data.json', import.meta.url), JSON.stringify({ fingerprints, cuePatterns, defaults }, null, 2) + '\n');
// With a valid lexicon, the qualifiers of the trusted treaties are worked out now rather than on every run.
if (lexicon && !failed.has(lexicon.file)) {
  const treaties = documents
    .filter((d) => d !== lexicon && !failed.has(d.file))
    .map((d) => ({ fingerprint: fingerprint(d.text), treaty: treatySchema.parse(JSON.parse(d.text)) }));
  const precomputed = precomputeQualifiers(compileLexicon(JSON.parse(lexicon.text)), fingerprint(lexicon.text), treaties);
  writeFileSync(new URL(`../dist/${PRECOMPUTED_FILE}`, import.meta.url), JSON.stringify(precomputed) + '\n');
}
if (failed.size > 0) console.warn(`trust-bundled-data: not trusted (run treaty validate): ${[...failed].join(', ')}`);
