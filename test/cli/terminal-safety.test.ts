// Nothing from treaty text or file names reaches the terminal as a control sequence: every text output of
// the real CLI, with colour off and forced on, run on the hostile fixture and on hostile file names.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiffOutput } from '../../src/contract/diff-output.js';
import type { ListOutput } from '../../src/contract/list-output.js';
import type { QualifiersOutput } from '../../src/contract/qualifiers-output.js';
import type { ShowOutput } from '../../src/contract/show-output.js';
import type { ValidateOutput } from '../../src/contract/validate-output.js';
import { HOSTILE_DIR, hostileLexicon, hostileTreaty, showsEscapedText, terminalLeaks, writeHostilePlainTexts } from '../helpers/hostile.js';
import { runCliInProcess } from '../helpers/run-cli.js';

// Hostile file names, made in a temporary folder: ESC sequences, an OSC title, C1 CSI and bidi overrides.
const TMP = mkdtempSync(join(tmpdir(), 'treaty-hostile-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const name = (stem: string, ext: string) => `${stem}\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e${ext}`;

const plain = writeHostilePlainTexts(TMP, { old: name('old', '.txt'), new: 'hostile-new.txt' });
const MISSING_JSON = join(TMP, name('missing', '.json'));
const MISSING_TXT = join(TMP, name('missing', '.txt'));
const BROKEN = join(TMP, name('broken', '.json'));
writeFileSync(BROKEN, '{ "formatVersion": 1, "id": "broken",\n');
// A corpus folder with a hostile name, holding one good treaty and a broken file with a hostile name.
const CORPUS = join(TMP, name('corpus', ''));
mkdirSync(CORPUS);
copyFileSync(join(HOSTILE_DIR, 'treaties', 'hostile-old.json'), join(CORPUS, 'hostile-old.json'));
writeFileSync(join(CORPUS, name('bad', '.json')), '[1, 2,');
const NO_CORPUS = join(TMP, name('nowhere', ''));
// Valid JSON that fails the schema with hostile values and keys, which problem messages quote.
const SCHEMA_BAD = join(TMP, name('schema', '.json'));
writeFileSync(
  SCHEMA_BAD,
  JSON.stringify({ formatVersion: 1, id: 'schema-bad', title: 't', shortTitle: 's', parties: [], signed: {}, texts: [], articleCount: '\u001b[2J\u202e', '\u001b[31mkey\u202e': 1 }),
);
// A clean text whose import succeeds, so the message naming the file written is shown.
const CLEAN = join(TMP, 'clean.txt');
writeFileSync(CLEAN, 'Article 1\n\nThe Parties shall consult each other.\n');

const D = ['--data', HOSTILE_DIR];

interface Run {
  readonly args: readonly string[];
  readonly code: number;
  /** The stream the hostile text is printed on (escaped): the run proves nothing unless it shows up. */
  readonly shows: 'stdout' | 'stderr' | 'both';
}

const RUNS: Record<string, Run> = {
  'list': { args: ['list', ...D], code: 0, shows: 'stdout' },
  'list, a corpus folder with a broken file (hostile names)': { args: ['list', '--data', CORPUS], code: 0, shows: 'both' },
  'show a treaty': { args: ['show', 'old', ...D], code: 0, shows: 'stdout' },
  'show another treaty': { args: ['show', 'new', ...D], code: 0, shows: 'stdout' },
  'show an article': { args: ['show', 'old', '1', ...D], code: 0, shows: 'stdout' },
  'show an editorially numbered article': { args: ['show', 'new', '2', ...D], code: 0, shows: 'stdout' },
  'show an article with a hostile number': { args: ['show', 'old', '3\u001b[2J', ...D], code: 0, shows: 'stdout' },
  'show a missing article with a hostile number': { args: ['show', 'old', '4\u202e', ...D], code: 0, shows: 'stdout' },
  'diff': { args: ['diff', 'old', 'new', ...D], code: 0, shows: 'stdout' },
  'diff --unchanged': { args: ['diff', 'old', 'new', '--unchanged', ...D], code: 0, shows: 'stdout' },
  'diff --side-by-side': { args: ['diff', 'old', 'new', '--side-by-side', '--unchanged', ...D], code: 0, shows: 'stdout' },
  'diff --format markdown': { args: ['diff', 'old', 'new', '--format', 'markdown', '--unchanged', ...D], code: 0, shows: 'stdout' },
  'diff --stat': { args: ['diff', 'old', 'new', '--stat', ...D], code: 0, shows: 'stdout' },
  'diff of addressed articles': { args: ['diff', 'old:1', 'new:1', ...D], code: 0, shows: 'stdout' },
  'diff of addressed articles --side-by-side': { args: ['diff', 'old:1.2', 'new:1', '--side-by-side', ...D], code: 0, shows: 'stdout' },
  'diff of plain-text files': { args: ['diff', plain.old, plain.new, ...D], code: 0, shows: 'stdout' },
  'diff of plain-text files --side-by-side': { args: ['diff', plain.old, plain.new, '--side-by-side', ...D], code: 0, shows: 'stdout' },
  'diff of plain-text files --format markdown': { args: ['diff', plain.old, plain.new, '--format', 'markdown', ...D], code: 0, shows: 'stdout' },
  'diff of plain-text files --stat': { args: ['diff', plain.old, plain.new, '--stat', ...D], code: 0, shows: 'stdout' },
  'qualifiers': { args: ['qualifiers', 'new', ...D], code: 0, shows: 'stdout' },
  'qualifiers of an article': { args: ['qualifiers', 'old', '1', ...D], code: 0, shows: 'stdout' },
  'validate the fixture': { args: ['validate', HOSTILE_DIR], code: 1, shows: 'stdout' },
  'validate --format github': { args: ['validate', HOSTILE_DIR, '--format', 'github'], code: 1, shows: 'stdout' },
  'validate a broken file with a hostile name': { args: ['validate', BROKEN], code: 1, shows: 'stdout' },
  'validate a broken file with a hostile name --format github': { args: ['validate', BROKEN, '--format', 'github'], code: 1, shows: 'stdout' },
  'validate a file failing the schema with hostile values': { args: ['validate', SCHEMA_BAD], code: 1, shows: 'stdout' },
  'validate a file failing the schema with hostile values --format github': { args: ['validate', SCHEMA_BAD, '--format', 'github'], code: 1, shows: 'stdout' },
  'validate a missing file with a hostile name': { args: ['validate', MISSING_JSON], code: 2, shows: 'stderr' },
  'import: unplaced text': { args: ['import', plain.old, '--id', 'hostile'], code: 1, shows: 'stderr' },
  'import: an invalid result': { args: ['import', plain.old, '--id', 'hostile', '--unplaced', 'note'], code: 1, shows: 'stderr' },
  'import: an invalid result (new)': { args: ['import', plain.new, '--id', 'hostile', '--title', 'T\u001b[2J\u202e'], code: 1, shows: 'stderr' },
  'error: a missing treaty file': { args: ['show', MISSING_JSON], code: 2, shows: 'stderr' },
  'error: a missing plain-text file': { args: ['diff', MISSING_TXT, 'old', ...D], code: 2, shows: 'stderr' },
  'error: an unknown treaty': { args: ['show', 'x\u001b[2J\u202e', ...D], code: 2, shows: 'stderr' },
  'error: a missing corpus folder': { args: ['list', '--data', NO_CORPUS], code: 2, shows: 'stderr' },
  'error: a broken treaty file': { args: ['show', BROKEN], code: 2, shows: 'stderr' },
  'error: a treaty file failing the schema': { args: ['show', SCHEMA_BAD], code: 2, shows: 'stderr' },
  'error: an unknown article': { args: ['show', 'old', '9\u001b[2J\u202e', ...D], code: 2, shows: 'stderr' },
  'error: a bad option value': { args: ['show', 'old', '--format', '\u001b[2J\u202e', ...D], code: 2, shows: 'stderr' },
  'error: an unknown command': { args: ['\u001b[2J\u202e'], code: 2, shows: 'stderr' },
  'error: an unknown option': { args: ['list', '--\u001b[2J\u202e'], code: 2, shows: 'stderr' },
  'error: a bad import option': { args: ['import', CLEAN, '--id', 'clean', '--party', 'x\u001b[2J\u202e'], code: 2, shows: 'stderr' },
};

for (const colour of ['never', 'always'] as const) {
  // Messages on stderr are made safe the same way with or without colour, so they run once, coloured (our
  // own escapes beside the hostile text); renderers take other paths without colour, so they run twice.
  const runs = Object.entries(RUNS).filter(([, run]) => colour === 'always' || run.shows !== 'stderr');
  describe(`every text output is inert on a terminal (--color=${colour})`, () => {
    it.each(runs)('%s', async (_name, run) => {
      const result = await runCliInProcess([...run.args, `--color=${colour}`]);
      expect(result.code, result.stderr).toBe(run.code);
      expect(terminalLeaks(result.stdout, colour === 'always')).toEqual([]);
      expect(terminalLeaks(result.stderr, colour === 'always')).toEqual([]);
      if (run.shows !== 'stderr') expect(showsEscapedText(result.stdout), result.stdout).toBe(true);
      if (run.shows !== 'stdout') expect(showsEscapedText(result.stderr), result.stderr).toBe(true);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it('names a file written, and refuses to replace it, with a hostile name', async () => {
      // A folder of its own: the file joins the treaties beside it, and ids must be unique.
      const dir = join(TMP, `import-${colour}`);
      mkdirSync(dir);
      const out = join(dir, name('imported', '.json'));
      const first = await runCliInProcess(['import', CLEAN, '--id', 'clean', '--out', out, `--color=${colour}`]);
      expect(first.code, first.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      const again = await runCliInProcess(['import', CLEAN, '--id', 'clean', '--out', out, `--color=${colour}`]);
      expect(again.code).toBe(2);
      for (const run of [first, again]) {
        expect(terminalLeaks(run.stderr, colour === 'always')).toEqual([]);
        expect(showsEscapedText(run.stderr), run.stderr).toBe(true);
      }
    });
  });
}

describe('JSON output escapes what could drive a terminal, and keeps every value exact', () => {
  const json = async <T>(args: readonly string[], code = 0): Promise<T> => {
    const run = await runCliInProcess(args);
    expect(run.code, run.stderr).toBe(code);
    // JSON escapes C0; C1, DEL, bidi, zero-width characters and U+2028/2029 are escaped as \uXXXX too.
    expect(terminalLeaks(run.stdout, false)).toEqual([]);
    expect(run.stdout).toContain('\\u001b[2J');
    return JSON.parse(run.stdout) as T;
  };
  const old = hostileTreaty('hostile-old');
  const oldText = old.texts[0]!;

  it('list', async () => {
    const out = await json<ListOutput>(['list', '--format', 'json', ...D]);
    expect(out.treaties.map((t) => t.shortTitle)).toEqual([hostileTreaty('hostile-new').shortTitle, old.shortTitle]);
    expect(out.treaties[1]!.parties.map((p) => p.name)).toEqual(old.parties.map((p) => p.name));
  });

  it('list, with a hostile corpus folder and a skipped file', async () => {
    const out = await json<ListOutput>(['list', '--format', 'json', '--data', CORPUS]);
    expect(out.corpus).toBe(CORPUS);
    expect(out.skipped.map((p) => p.file)).toEqual([join(CORPUS, name('bad', '.json'))]);
  });

  it('show', async () => {
    const out = await json<ShowOutput>(['show', 'old', '--format', 'json', ...D]);
    expect(out.treaty.title).toBe(old.title);
    expect(out.treaty.signed.signatories).toEqual(old.signed.signatories);
    expect(out.text?.sources[0]?.url).toBe(oldText.provenance.sources[0]!.url);
    expect(out.articles.map((a) => a.number)).toEqual(oldText.articles.map((a) => a.number));
    expect(out.articles[0]?.paragraphs.map((p) => p.text)).toEqual(oldText.articles[0]!.paragraphs);
    expect(out.closing?.paragraphs[0]?.text).toBe(oldText.closing!.paragraphs![0]);
  });

  it('diff', async () => {
    const out = await json<DiffOutput>(['diff', 'old', 'new', '--format', 'json', ...D]);
    expect(out.left.shortTitle).toBe(old.shortTitle);
    expect(out.onlyLeft.map((u) => u.text)).toContain(oldText.articles[1]!.paragraphs![1]);
    // The word diff keeps every character: the left side of a link is its text exactly.
    const link = out.links.find((l) => l.left[0]?.label === 'Art. 1 ¶1')!;
    expect(link.diff.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(oldText.articles[0]!.paragraphs![0]);
  });

  it('diff of plain-text files with a hostile name', async () => {
    const out = await json<DiffOutput>(['diff', plain.old, plain.new, '--format', 'json', ...D]);
    expect(out.left.title).toBe(name('old', ''));
  });

  it('qualifiers', async () => {
    const out = await json<QualifiersOutput>(['qualifiers', 'new', '--format', 'json', ...D]);
    const labels = out.clauses.flatMap((c) => c.qualifiers.map((q) => q.category));
    expect(labels).toContain(hostileLexicon().categories[0]!.label);
  });

  it('validate', async () => {
    // The fixture loads (it passes the schema) but validate reports every kind of hostile character in it.
    const out = await json<ValidateOutput>(['validate', HOSTILE_DIR, '--format', 'json'], 1);
    expect(out.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['ansi-escape', 'control-character', 'bidi-control', 'zero-width']));
    const broken = await json<ValidateOutput>(['validate', BROKEN, '--format', 'json'], 1);
    expect(broken.problems.map((p) => p.file)).toEqual([BROKEN]);
    const schema = await json<ValidateOutput>(['validate', SCHEMA_BAD, '--format', 'json'], 1);
    expect(schema.problems.map((p) => p.pointer)).toContain('/\u001b[31mkey\u202e');
  });
});

describe('export', () => {
  it('writes hostile characters as visible marks, to stdout and to a file alike, and says so', async () => {
    const out = join(TMP, name('export', '.txt'));
    const toFile = await runCliInProcess(['export', 'old', '--out', out, ...D]);
    expect(toFile.code, toFile.stderr).toBe(0);
    const toStdout = await runCliInProcess(['export', 'old', ...D]);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(toStdout.stdout);
    expect(terminalLeaks(written, false)).toEqual([]);
    expect(written).toContain('This Treaty shall be ratified<U+2028> and enter into force<U+2029> on');
    expect(written).toContain('DONE at Pyong␛[2Jyang␇ in two copies␛[31m.');
    for (const run of [toFile, toStdout]) {
      expect(run.stderr).toMatch(/^treaty: warning: .*visible marks/);
      expect(terminalLeaks(run.stderr, false)).toEqual([]);
    }
  });

  it('leaves a text without such characters exactly as it is', async () => {
    const run = await runCliInProcess(['export', '1961']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});
