// `treaty qualifiers REF [ARTICLE]`: the spec; the work is in ../commands/qualifiers.ts.
import type { CommandSpec } from '../command-spec.js';

export const qualifiersSpec: CommandSpec = {
  name: 'qualifiers',
  description: 'list the qualifiers of a treaty text clause by clause: preconditions, triggers, timing, means …',
  arguments: [
    { name: '<ref>', description: 'treaty id, alias or path to a treaty JSON file' },
    { name: '[article]', description: 'article number ("4"), or "preamble" or "closing"' },
  ],
  options: [
    { flags: '--lang <tag>', description: 'language of the text (default: the first text listed)' },
    { flags: '--format <format>', description: 'output format', choices: ['table', 'json'], default: 'table' },
  ],
  notes: 'The categories and their cue patterns are data: qualifiers.json in the corpus folder, else the bundled one.',
  examples: ['treaty qualifiers 2024', 'treaty qualifiers 1961 1', "treaty qualifiers 2024 --format json | jq '.counts'"],
  handler: async () => (await import('../commands/qualifiers.js')).qualifiersHandler,
};
