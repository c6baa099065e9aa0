// `treaty import FILE`: the spec; the work is in ../commands/import.ts.
import type { CommandSpec } from '../command-spec.js';

export const importSpec: CommandSpec = {
  name: 'import',
  description: 'turn a plain-text treaty (or an open-treaties document) into treaty data, validated, losing no text',
  arguments: [{ name: '<file>', description: 'the text: UTF-8, headings such as "Article 1" on their own lines, paragraphs separated by blank lines, [...] for a gap' }],
  options: [
    { flags: '--id <id>', description: 'id of the new treaty (kebab-case; also its file name)' },
    { flags: '--into <treaty.json>', description: "replace this language's text of an existing treaty file instead, keeping its metadata, sources and notes (needs --force)" },
    { flags: '--from <format>', description: 'source format', choices: ['text', 'open-treaties'], default: 'text' },
    { flags: '--lang <tag>', description: 'BCP 47 language of the text', default: 'en' },
    { flags: '--out <path>', description: 'write the treaty file here (default: into the --data corpus if given, else to stdout)' },
    { flags: '--force', description: 'replace an existing output file' },
    { flags: '--unplaced <policy>', description: "text that fits nowhere: error (write nothing) or note (keep it in the text's notes)", choices: ['error', 'note'], default: 'error' },
    { flags: '--title <title>', description: 'full title' },
    { flags: '--short-title <title>', description: 'short title' },
    { flags: '--alias <alias>', description: 'an alias users type (repeatable)', parse: 'repeatable', default: [] },
    { flags: '--party <CODE=Name>', description: 'a party, e.g. RUS="Russian Federation" (repeatable)', parse: 'repeatable', default: [] },
    { flags: '--signed <date>', description: 'date of signature (YYYY-MM-DD)' },
    { flags: '--place <place>', description: 'place of signature' },
    { flags: '--article-count <n>', description: 'articles in the treaty: articles after the last one in the text are recorded as not in the corpus', parse: 'count' },
    { flags: '--kind <kind>', description: 'authentic text or translation', choices: ['authentic', 'translation'] },
    { flags: '--translator <who>', description: 'who translated it' },
    { flags: '--source-title <title>', description: 'where the text comes from (default: the file name)' },
    { flags: '--source-url <url>', description: 'its address' },
    { flags: '--publisher <publisher>', description: 'its publisher' },
    { flags: '--retrieved <date>', description: 'when it was retrieved (YYYY-MM-DD)' },
  ],
  notes:
    'Line breaks inside a paragraph are joined with a space (reported); every other character is kept. Text that fits\n' +
    'nowhere (a chapter heading between articles, say) is listed with its line number and nothing is written, unless\n' +
    '--unplaced note. The output is validated first and written atomically; an existing file needs --force.\n' +
    'Exit codes: 0 written, 1 nothing written (invalid result or unplaced text), 2 cannot run.',
  examples: [
    'treaty import treaty.txt --id my-treaty --title "Treaty of …" --party RUS="Russian Federation" --out my-treaty.json',
    'treaty import ../shared/sources/ussr-dprk-1961/en.partial.txt --into data/treaties/ussr-dprk-1961.json --force',
    'treaty import ../shared/open-treaties/un-charter.json --from open-treaties --id un-charter --out un-charter.json',
  ],
  handler: async () => (await import('../commands/import.js')).importHandler,
};
