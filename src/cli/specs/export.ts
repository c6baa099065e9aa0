// `treaty export REF`: the spec; the work is in ../commands/export.ts.
import type { CommandSpec } from '../command-spec.js';

export const exportSpec: CommandSpec = {
  name: 'export',
  description: 'write a treaty text as plain text, in the conventions `treaty import` reads',
  arguments: [{ name: '<ref>', description: 'treaty id, alias or path to a treaty JSON file' }],
  options: [
    { flags: '--lang <tag>', description: 'language of the text (default: the first text listed)' },
    { flags: '--out <path>', description: 'write to this file (default: stdout)' },
    { flags: '--force', description: 'replace an existing output file' },
  ],
  examples: ['treaty export 1961', 'treaty export un-charter.json --out un-charter.txt'],
  handler: async () => (await import('../commands/export.js')).exportHandler,
};
