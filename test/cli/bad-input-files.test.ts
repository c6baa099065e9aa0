// Broken and hostile files through the real CLI, one table for every command that reads them: each case
// says what every command must answer (exit code, problem code, file and place), and every run is checked
// for a stack trace, a partial result on stdout and any file written or changed (test/helpers/bad-input.ts).
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_CHARS } from '../../src/model/limits.js';
import { type Answer, expectAnswer, snapshotDir, tempDir } from '../helpers/bad-input.js';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

const TREATY = readFileSync(join(ROOT, 'data', 'treaties', 'ussr-dprk-1961.json'), 'utf8');

/** 1-based line and column of a UTF-16 offset, as the CLI reports them. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1] as string).length + 1}`;
}

/** The treaty with a trailing comma after its aliases, and where the parser notices it (the `]`). */
function withTrailingComma(): { text: string; at: string } {
  const text = TREATY.replace(/("ussr-dprk")(\s*\])/, '$1,$2');
  if (text === TREATY) throw new Error('fixture: the aliases of ussr-dprk-1961 changed');
  return { text, at: lineColumn(text, text.indexOf(']', text.indexOf('"ussr-dprk",'))) };
}

/** Invalid UTF-8 (a lone 0xFF) inside the first article's first paragraph. */
function withInvalidByte(): { bytes: Buffer; at: string } {
  const anchor = TREATY.indexOf('Each Contracting Party undertakes');
  const bytes = Buffer.concat([Buffer.from(TREATY.slice(0, anchor)), Buffer.from([0xff]), Buffer.from(TREATY.slice(anchor))]);
  return { bytes, at: lineColumn(TREATY, anchor) };
}

/** A paragraph one character over the limit, and where the schema finds it. */
function withLongParagraph(): { text: string; at: string } {
  const json = JSON.parse(TREATY) as { texts: Array<{ articles: Array<{ paragraphs: string[] }> }> };
  (json.texts[0] as { articles: Array<{ paragraphs: string[] }> }).articles[0]!.paragraphs[0] = 'a'.repeat(MAX_PARAGRAPH_CHARS + 1);
  const text = JSON.stringify(json, null, 2);
  return { text, at: lineColumn(text, text.indexOf('"aaaa')) };
}

interface FileCase {
  readonly name: string;
  /** Writes the broken file at `path`. */
  readonly write: (path: string) => void;
  /** validate's answer. */
  readonly validate: Answer;
  /** The answer of show, qualifiers and diff (either side), which all load the file the same way. */
  readonly load: Answer;
  /** import --from open-treaties, for cases about bytes and JSON syntax rather than our schema. */
  readonly importJson?: Answer;
}

/** 70 levels of arrays in a notes field; the depth limit is crossed at the 64th bracket (1 for the object). */
function withDeepNotes(): { text: string; at: string } {
  const text = TREATY.replace('"formatVersion": 1,', `"formatVersion": 1,\n  "notes": ${'['.repeat(70)}${']'.repeat(70)},`);
  return { text, at: lineColumn(text, text.indexOf('[['.repeat(35)) + 63) };
}

const trailing = withTrailingComma();
const deep = withDeepNotes();
const invalid = withInvalidByte();
const long = withLongParagraph();
const refused = (code: string, at?: string, says?: string | RegExp): Answer => ({ exit: 2, code, ...(at ? { at } : {}), ...(says ? { says } : {}) });
const found = (code: string, at?: string, says?: string | RegExp): Answer => ({ exit: 1, code, ...(at ? { at } : {}), ...(says ? { says } : {}) });

const CASES: readonly FileCase[] = [
  {
    name: 'a trailing comma',
    write: (p) => writeFileSync(p, trailing.text),
    validate: found('json-syntax', trailing.at, 'remove the trailing comma'),
    load: refused('json-syntax', trailing.at, 'remove the trailing comma'),
    importJson: refused('json-syntax', trailing.at),
  },
  {
    name: 'a truncated file',
    write: (p) => writeFileSync(p, TREATY.slice(0, Math.floor(TREATY.length / 2))),
    validate: found('json-syntax', undefined, 'the file may be truncated'),
    load: refused('json-syntax', undefined, 'the file may be truncated'),
    importJson: refused('json-syntax', undefined, 'the file may be truncated'),
  },
  {
    name: 'an array at the top level',
    write: (p) => writeFileSync(p, '[\n  {"id": "ussr-dprk-1961"}\n]\n'),
    validate: found('schema', '1:1', 'expected object, found an array'),
    load: refused('schema', '1:1', 'expected object, found an array'),
    importJson: refused('schema', '1:1', 'expected an object, found an array'),
  },
  {
    name: 'a string at the top level',
    write: (p) => writeFileSync(p, '"ussr-dprk-1961"\n'),
    validate: found('schema', '1:1', 'expected object, found "ussr-dprk-1961"'),
    load: refused('schema', '1:1', 'expected object, found "ussr-dprk-1961"'),
  },
  {
    name: 'null at the top level',
    write: (p) => writeFileSync(p, 'null'),
    validate: found('schema', '1:1', 'expected object, found null'),
    load: refused('schema', '1:1', 'expected object, found null'),
  },
  {
    name: 'invalid UTF-8 bytes',
    write: (p) => writeFileSync(p, invalid.bytes),
    validate: found('file-not-utf8', invalid.at, 'byte 0xFF'),
    load: refused('file-not-utf8', invalid.at, 'save the file as UTF-8'),
    importJson: refused('file-not-utf8', invalid.at),
  },
  {
    name: 'UTF-16 text',
    write: (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TREATY, 'utf16le')])),
    validate: found('file-utf16', '1:1', 'save it as UTF-8'),
    load: refused('file-utf16', '1:1', 'save it as UTF-8'),
    importJson: refused('file-utf16', '1:1'),
  },
  {
    name: 'a binary file',
    write: (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    // The PNG signature has two line feeds before the first NUL.
    validate: found('file-binary', '3:1', 'binary'),
    load: refused('file-binary', '3:1', 'binary'),
    importJson: refused('file-binary', '3:1'),
  },
  {
    name: 'an empty file',
    write: (p) => writeFileSync(p, ''),
    validate: found('file-empty', '1:1'),
    load: refused('file-empty', '1:1'),
    importJson: refused('file-empty', '1:1'),
  },
  {
    name: 'a file of whitespace',
    write: (p) => writeFileSync(p, '\n  \n\t\n'),
    validate: found('file-empty', '1:1'),
    load: refused('file-empty', '1:1'),
  },
  {
    name: 'a 40 MB file',
    // Sparse: the size limit is checked before a byte is read, so the test costs no disk or time.
    write: (p) => {
      writeFileSync(p, '');
      truncateSync(p, 40 * 1024 * 1024);
    },
    validate: found('file-too-large', undefined, 'is 40 MB, over the 8 MB limit'),
    load: refused('file-too-large', undefined, 'is 40 MB, over the 8 MB limit'),
    importJson: refused('file-too-large'),
  },
  {
    name: 'JSON nested 100,000 levels deep',
    write: (p) => writeFileSync(p, `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    validate: found('json-too-deep', '1:65', 'more than 64 levels'),
    load: refused('json-too-deep', '1:65'),
    importJson: refused('json-too-deep', '1:65'),
  },
  {
    name: 'deep nesting inside an otherwise valid treaty',
    write: (p) => writeFileSync(p, deep.text),
    validate: found('json-too-deep', deep.at),
    load: refused('json-too-deep', deep.at),
  },
  {
    name: 'a paragraph over the length limit',
    write: (p) => writeFileSync(p, long.text),
    validate: found('schema', long.at, 'at most 100,000 characters'),
    load: refused('schema', long.at, 'at most 100,000 characters'),
  },
];

describe('broken treaty files, through every command that reads them', () => {
  let corpus: string;
  let original: Record<string, string>;
  beforeAll(async () => {
    // The broken file replaces 1961 in a copy of the corpus, so that the rest of the corpus is valid
    // and every finding is about the case itself.
    corpus = copyCorpus();
    original = snapshotDir(corpus);
  });

  describe.each(CASES)('$name', (c) => {
    const file = () => join(corpus, 'ussr-dprk-1961.json');
    const commands: Array<[string, (f: string) => string[], Answer]> = [
      ['validate', (f) => ['validate', f], c.validate],
      ['show', (f) => ['show', f], c.load],
      ['qualifiers', (f) => ['qualifiers', f], c.load],
      // Both sides of a comparison load through one function: each case takes one side, alternately.
      CASES.indexOf(c) % 2 === 0 ? ['diff (left)', (f) => ['diff', f, '2024'], c.load] : ['diff (right)', (f) => ['diff', '2024', f], c.load],
    ];
    if (c.importJson) commands.push(['import --from open-treaties', (f) => ['import', f, '--from', 'open-treaties', '--id', 'x', '--out', join(corpus, 'x.json')], c.importJson]);

    it.each(commands)('%s', async (_name, args, answer) => {
      c.write(file());
      const before = snapshotDir(corpus);
      const run = await runCliInProcess([...args(file()), '--data', corpus]);
      expectAnswer(run, { ...answer, file: file() }, args(file()).join(' '));
      expect(snapshotDir(corpus)).toEqual(before);
      writeFileSync(file(), TREATY);
      expect(snapshotDir(corpus)).toEqual(original);
    });
  });
});

describe('files that are fine apart from their encoding details', () => {
  const variants: Array<[string, (text: string) => Buffer]> = [
    ['a UTF-8 byte order mark', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['CRLF line endings', (t) => Buffer.from(t.replace(/\n/g, '\r\n'))],
  ];
  const BUNDLED = join(ROOT, 'data', 'treaties', 'ussr-dprk-1961.json');
  const commands = [['show', 'FILE'], ['qualifiers', 'FILE'], ['diff', 'FILE', '2024'], ['show', '1961', '1']];
  // One corpus per variant, checked for changes after all its runs; one CLI run per test.
  const corpora = new Map<string, { corpus: string; file: string; before: Record<string, string> }>();
  const corpusFor = (name: string, encode: (text: string) => Buffer) => {
    let made = corpora.get(name);
    if (!made) {
      const corpus = copyCorpus();
      const file = join(corpus, 'ussr-dprk-1961.json');
      writeFileSync(file, encode(TREATY));
      made = { corpus, file, before: snapshotDir(corpus) };
      corpora.set(name, made);
    }
    return made;
  };
  afterAll(() => {
    for (const { corpus, before } of corpora.values()) expect(snapshotDir(corpus)).toEqual(before);
  });

  const plainOutputs = new Map<string, string>();
  const runs = variants.flatMap(([name, encode]) => commands.map((args) => [name, args.join(' '), encode, args] as const));
  it.each(runs)('%s: treaty %s reads it as if it were not there', async (name, _command, encode, args) => {
    const { corpus, file } = corpusFor(name, encode);
    const run = await runCliInProcess([...args.map((a) => (a === 'FILE' ? file : a)), '--data', corpus]);
    expect(run.code, `${name}: treaty ${args.join(' ')}\n${run.stderr}`).toBe(0);
    expect(run.stderr).toBe('');
    // The same output as the bundled file gives, but for the file name.
    const key = args.join(' ');
    const plain = plainOutputs.get(key) ?? (await runCliInProcess(args.map((a) => (a === 'FILE' ? BUNDLED : a)))).stdout;
    plainOutputs.set(key, plain);
    expect(run.stdout).toBe(plain.replaceAll(BUNDLED, file));
  });

  it.each(variants)('%s: validate accepts it', async (name, encode) => {
    const { file } = corpusFor(name, encode);
    const validated = await runCliInProcess(['validate', file]);
    if (name.includes('byte order mark')) expectAnswer(validated, { exit: 0, code: 'file-bom', file, at: '1:1', says: 'save it without one' }, 'validate');
    else expect(validated).toMatchObject({ code: 0, stdout: '1 file valid\n' });
  });
});

describe('broken plain-text files, for import and diff', () => {
  let source: string;
  let dir: string;
  beforeAll(async () => {
    // The 1961 text as plain text, made from the bundled data, so this runs without ../shared.
    source = (await runCliInProcess(['export', '1961'])).stdout;
    expect(source).toContain('Article 1');
    dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), source);
  });

  const latin1 = (t: string) => Buffer.from(t.replace('Contracting Party undertakes', 'Contracting Party undertakes\u00e9'), 'latin1');
  const cases: Array<[string, (t: string) => Buffer, { import: Answer; diff: Answer }]> = [
    ['a binary file', () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), { import: refused('file-binary', '1:8'), diff: refused('file-binary', '1:8') }],
    ['Latin-1 bytes', latin1, { import: refused('file-not-utf8', undefined, 'byte 0xE9'), diff: refused('file-not-utf8', undefined, 'byte 0xE9') }],
    ['UTF-16 text', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), { import: refused('file-utf16', '1:1'), diff: refused('file-utf16', '1:1') }],
    ['an empty file', () => Buffer.alloc(0), { import: found('import-no-articles'), diff: refused('text-empty') }],
    ['text without article headings', () => Buffer.from('We the peoples.\n\nAnd more words.\n'), { import: found('import-no-articles', undefined, 'no article headings found'), diff: { exit: 0 } }],
  ];

  it.each(cases)('%s', async (_name, bytes, answers) => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, bytes(source));
    const out = join(dir, 'out.json');
    const before = snapshotDir(dir);
    const imported = await runCliInProcess(['import', file, '--id', 'x', '--out', out]);
    if (answers.import.exit === 1) {
      // import reports findings on stderr as "FILE  CODE  message", then says it wrote nothing.
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain(`${file}  ${answers.import.code}  `);
      expect(imported.stderr).toContain('treaty: nothing written');
    } else expectAnswer(imported, { ...answers.import, file }, 'import');
    const diffed = await runCliInProcess(['diff', file, join(dir, 'good.txt'), '--stat']);
    expectAnswer(diffed, { ...answers.diff, ...(answers.diff.exit === 2 ? { file } : {}) }, 'diff');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('refuses a 40 MB text without reading it', async () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 40 * 1024 * 1024);
    const before = snapshotDir(dir);
    expectAnswer(await runCliInProcess(['import', file, '--id', 'x', '--out', join(dir, 'out.json')]), { exit: 2, code: 'file-too-large', file }, 'import');
    expectAnswer(await runCliInProcess(['diff', file, join(dir, 'good.txt')]), { exit: 2, code: 'file-too-large', file }, 'diff');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it.each([
    ['a UTF-8 byte order mark', (t: string) => `\ufeff${t}`, /byte order mark/],
    ['CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n'), /CRLF line endings were read as line breaks/],
  ])('imports a text with %s exactly as without', async (_name, encode, noted) => {
    // Each output in a folder of its own: import checks a new file against the treaties beside it.
    const plainOut = join(tempDir(), 'x.json');
    const variantFile = join(dir, `variant-${_name.length}.txt`);
    const variantOut = join(tempDir(), 'x.json');
    writeFileSync(variantFile, encode(source));
    expect((await runCliInProcess(['import', join(dir, 'good.txt'), '--id', 'x', '--out', plainOut])).code).toBe(0);
    const run = await runCliInProcess(['import', variantFile, '--id', 'x', '--out', variantOut]);
    expect(run.code, run.stderr).toBe(0);
    // The same text, paragraph for paragraph; the source's notes record what was normalised.
    type Texts = { texts: Array<{ preamble?: unknown; articles: unknown; closing?: unknown; provenance: { notes?: string[] } }> };
    const read = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as Texts).texts[0]!;
    const [plain, variant] = [read(plainOut), read(variantOut)];
    expect([variant.preamble, variant.articles, variant.closing]).toEqual([plain.preamble, plain.articles, plain.closing]);
    expect(JSON.stringify(variant)).not.toMatch(/\\r|\\ufeff/i);
    expect(variant.provenance.notes?.join(' ')).toMatch(noted);
  });
});
