// `treaty diff LEFT RIGHT`: the spec; the work is in ../commands/diff.ts.
import type { CommandSpec } from '../command-spec.js';

const TEXT_ONLY = ['json', 'markdown'];

export const diffSpec: CommandSpec = {
  name: 'diff',
  description: 'compare two treaties clause by clause: aligned clauses (across renumbering, moves, splits and merges) with word-level changes',
  arguments: [
    { name: '<left>', description: 'the older or first treaty: id, alias or path; add :ARTICLE or :ARTICLE.PARAGRAPH to compare one part ("1961:1.2", "2024:preamble")' },
    { name: '<right>', description: 'the newer or second treaty, in the same forms' },
  ],
  options: [
    { flags: '--lang <tag>', description: 'language to compare in (default: English if both have it, else the first language both have)' },
    { flags: '--format <format>', description: 'output format', choices: ['text', 'json', 'markdown'], default: 'text' },
    { flags: '--side-by-side', description: 'text format as a two-column table fitted to the terminal' },
    { flags: '--stat', description: 'the summary and the list of links only' },
    { flags: '--exit-code', description: 'exit 1 when the texts differ and 0 when they do not, as git diff --exit-code' },
    { flags: '--unchanged', description: 'also show clauses that are identical and in place (JSON always has them)' },
  ],
  conflicts: [
    { option: 'sideBySide', other: 'stat', because: 'they are two different views of the text format' },
    { option: 'sideBySide', other: 'format', values: TEXT_ONLY, because: 'side by side is a view of the text format' },
    { option: 'stat', other: 'format', values: TEXT_ONLY, because: 'the stat is a view of the text format' },
  ],
  notes:
    'Without colour (piped, NO_COLOR, --color=never) deletions are shown as [-…-] and insertions as {+…+}.\n' +
    'Text that is not in the corpus (see `treaty list`) is never reported as removed or added.',
  examples: [
    'treaty diff 1961 2024',
    'treaty diff 1961:1 2024:4',
    'treaty diff 1961:1.2 2024:4 --side-by-side',
    "treaty diff 1961 2024 --format json | jq '.links[] | {left: .left[0].label, right: .right[0].label, kind}'",
    'treaty diff 1961 2024 --format markdown > changes.md',
  ],
  handler: async () => (await import('../commands/diff.js')).diffHandler,
};
