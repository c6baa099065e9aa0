// `treaty validate [PATH...]`: the spec; the work is in ../commands/validate.ts.
import type { CommandSpec } from '../command-spec.js';

export const validateSpec: CommandSpec = {
  name: 'validate',
  description: 'check treaty files against the format and its invariants (for CI); exit 1 when there are errors',
  arguments: [{ name: '[paths...]', description: 'treaty JSON files or corpus folders (default: the corpus)' }],
  options: [
    {
      flags: '--format <format>',
      description: 'output format: text (FILE:LINE:COL  CODE  message), json, or github (Actions annotations)',
      choices: ['text', 'json', 'github'],
      default: 'text',
    },
  ],
  notes: 'Exit codes: 0 valid (warnings allowed), 1 problems found, 2 cannot run (bad usage, unreadable path).',
  examples: ['treaty validate', 'treaty validate data/treaties/my-treaty.json', 'treaty validate ./my-corpus --format github'],
  handler: async () => (await import('../commands/validate.js')).validateHandler,
};
