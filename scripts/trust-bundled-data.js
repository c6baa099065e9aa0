#!/usr/bin/env node
// Validates the bundled corpus in full and records the fingerprint of every file that passed, so the
// CLI can skip the schema for them at run time (see src/corpus/trusted-data.ts). A file with errors is
// simply not trusted: at run time it is checked and its problems reported as for any other file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fingerprint } from '../dist/corpus/trusted-data.js';
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
writeFileSync(new URL('../dist/trusted-data.json', import.meta.url), JSON.stringify({ fingerprints }, null, 2) + '\n');
if (failed.size > 0) console.warn(`trust-bundled-data: not trusted (run treaty validate): ${[...failed].join(', ')}`);
