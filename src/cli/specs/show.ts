// `treaty show REF [ARTICLE]`: the spec; the work is in ../commands/show.ts.
import type { CommandSpec } from '../command-spec.js';

export const showSpec: CommandSpec = {
  name: 'show',
  description: 'print a treaty, or one article of it, with provenance and coverage notes',
  arguments: [
    { name: '<ref>', description: 'treaty id, alias or path to a treaty JSON file' },
    { name: '[article]', description: 'article number as written ("4", "IV", "4 bis"); "1" also finds "Article I"' },
  ],
  options: [
    { flags: '--lang <tag>', description: 'language of the text to show (default: the first text listed)' },
    { flags: '--format <format>', description: 'output format', choices: ['text', 'json'], default: 'text' },
  ],
  examples: ['treaty show 1961', 'treaty show 1961 1', 'treaty show 2024 4 --format json', 'treaty show ./my-treaty.json 12 --lang fr'],
  handler: async () => (await import('../commands/show.js')).showHandler,
};
