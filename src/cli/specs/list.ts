// `treaty list`: the spec; the work is in ../commands/list.ts.
import type { CommandSpec } from '../command-spec.js';

export const listSpec: CommandSpec = {
  name: 'list',
  description: 'list the treaties in the corpus, with the part of each text the corpus holds',
  options: [{ flags: '--format <format>', description: 'output format', choices: ['table', 'json'], default: 'table' }],
  examples: ['treaty list', "treaty list --format json | jq -r '.treaties[].id'", 'treaty list --data ./my-corpus'],
  handler: async () => (await import('../commands/list.js')).listHandler,
};
