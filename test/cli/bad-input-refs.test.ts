// Names that do not lead to one readable treaty, and corpora that break their own rules, through the real
// CLI: unknown and ambiguous refs, folders, devices and symlink loops where a file is expected, duplicate
// ids and aliases, dangling supersession links, empty texts, no common language.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, expectAnswer, snapshotDir, tempDir } from '../helpers/bad-input.js';
import { copyCorpus, editFile, positionOf } from '../helpers/corpus-copy.js';
import { runCli, runCliInProcess } from '../helpers/run-cli.js';

/**
 * One test per command in `runs`, each a single CLI run against the corpus `dir` (made when the tests
 * are collected): its answer, and `dir` untouched.
 */
function itAnswers(title: string, dir: string, runs: ReadonlyArray<readonly [readonly string[], Answer]>): void {
  it.each(runs.map(([args, answer]) => [args.join(' '), args, answer] as const))(`${title}: treaty %s`, async (label, args, answer) => {
    const before = snapshotDir(dir);
    expectAnswer(await runCliInProcess([...args, '--data', dir]), answer, label);
    expect(snapshotDir(dir)).toEqual(before);
  });
}

describe('treaty names that match nothing, or more than one treaty', () => {
  {
    const dir = copyCorpus();
    const unknown: Answer = { exit: 2, code: 'ref-unknown', says: 'did you mean ussr-dprk-1961?' };
    itAnswers('an unknown id gets the close matches, from every command', dir, [
      [['show', 'ussr-dprk-1962'], unknown],
      [['qualifiers', 'ussr-dprk-1962'], unknown],
      [['diff', 'ussr-dprk-1962', '2024'], unknown],
      [['diff', '2024', 'ussr-dprk-1962'], unknown],
      [['export', 'ussr-dprk-1962'], unknown],
    ]);
  }

  {
    const dir = copyCorpus();
    const missing = join(dir, 'missing.json');
    const answer: Answer = { exit: 2, code: 'path-not-found', file: missing, says: 'no such file or folder' };
    itAnswers('a path that does not exist is named as such', dir, [
      [['validate', missing], answer],
      [['show', missing], answer],
      [['qualifiers', missing], answer],
      [['diff', missing, '2024'], answer],
      [['import', join(dir, 'missing.txt'), '--id', 'x'], { ...answer, file: join(dir, 'missing.txt') }],
    ]);
  }

  {
    const dir = copyCorpus();
    const ambiguous: Answer = { exit: 2, code: 'ref-ambiguous', says: 'could mean rus-dprk-2000, rus-dprk-2024: use the full id' };
    itAnswers('an ambiguous prefix lists the candidates', dir, [
      [['show', 'rus'], ambiguous],
      [['qualifiers', 'rus'], ambiguous],
      [['diff', 'rus', '1961'], ambiguous],
    ]);
  }
});

describe('paths that are not regular files', () => {
  const dir = tempDir();
  const folder = join(dir, 'folder.json');
  mkdirSync(folder);
  const loop = join(dir, 'loop.json');
  symlinkSync(loop, loop);
  const fifo = join(dir, 'pipe.json');
  const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;

  const notFile = (file: string, code: string, says: string): Answer => ({ exit: 2, code, file, says });
  const cases: Array<[string, string, Answer]> = [
    ['a folder', folder, notFile(folder, 'path-is-directory', 'is a folder, not a treaty file')],
    ['a device (/dev/null)', '/dev/null', notFile('/dev/null', 'path-unreadable', 'not a regular file')],
    ['an endless device (/dev/zero)', '/dev/zero', notFile('/dev/zero', 'path-unreadable', 'not a regular file')],
    ['a symlink loop', loop, notFile(loop, 'path-unreadable', 'symlink loop')],
    ...(hasFifo ? [['a named pipe (would block a naive reader)', fifo, notFile(fifo, 'path-unreadable', 'not a regular file')] as [string, string, Answer]] : []),
  ];

  // validate takes folders (a corpus to check); a folder with no treaty files is an error of its own.
  const runs = cases.flatMap(([name, path, answer]) => [
    ...[['show', path], ['qualifiers', path], ['diff', path, '2024'], ['diff', '1961', path], ['import', path, '--id', 'x', '--out', join(dir, 'x.json')]].map(
      (args) => [name, args[0] as string, args, answer] as const,
    ),
    [name, 'validate', ['validate', path], path === folder ? notFile(folder, 'corpus-empty', '') : answer] as const,
  ]);
  it.each(runs)('%s: treaty %s', (_name, _command, args, answer) => {
    const before = snapshotDir(dir);
    // A reader that opened the pipe would wait for a writer forever: the timeout turns that into a failure.
    expectAnswer(spawnRun(args), answer, args.join(' '));
    expect(snapshotDir(dir)).toEqual(before);
  });
});

describe('corpora that break their own rules', () => {
  {
    const dir = copyCorpus();
    const original = join(dir, 'ussr-dprk-1961.json');
    const copy = join(dir, 'copy-of-1961.json');
    writeFileSync(copy, readFileSync(original));
    const ambiguous: Answer = { exit: 2, code: 'ref-ambiguous', says: `${copy} or ${original}: they share an id or alias` };
    itAnswers('duplicate ids: validate names both files; a name that finds both is refused, naming the files', dir, [
      [['validate'], { exit: 1, code: 'duplicate-id', file: copy, at: `${positionOf(copy, '"ussr-dprk-1961"').line}:${positionOf(copy, '"ussr-dprk-1961"').column}` }],
      [['validate'], { exit: 1, code: 'duplicate-id', file: original }],
      [['show', '1961'], ambiguous],
      [['qualifiers', '1961'], ambiguous],
      [['diff', '1961', '2024'], ambiguous],
    ]);
    // The id itself still names the file called after it, which by the format's rule is its owner.
    it('duplicate ids: the id itself still finds the file called after it', async () => {
      const byId = await runCliInProcess(['show', 'ussr-dprk-1961', '--data', dir]);
      expect(byId.code).toBe(0);
    });
  }

  {
    const dir = copyCorpus();
    const ussr = join(dir, 'ussr-dprk-1961.json');
    editFile(ussr, (t) => t.replace('"ussr-dprk"\n', '"ussr-dprk",\n    "2024"\n'));
    const at = positionOf(ussr, '"2024"');
    itAnswers('a duplicate alias: validate reports it where it is; the alias is refused as ambiguous', dir, [
      [['validate'], { exit: 1, code: 'duplicate-alias', file: ussr, at: `${at.line}:${at.column}`, says: 'alias "2024" is also used by rus-dprk-2024' }],
      [['show', '2024'], { exit: 2, code: 'ref-ambiguous', says: join(dir, 'rus-dprk-2024.json') }],
      [['diff', '1961', '2024'], { exit: 2, code: 'ref-ambiguous' }],
    ]);
  }

  {
    const dir = copyCorpus();
    rmSync(join(dir, 'rus-dprk-2000.json'));
    const ussr = join(dir, 'ussr-dprk-1961.json');
    const at = positionOf(ussr, '"rus-dprk-2000"');
    itAnswers('a dangling supersession link: validate reports it; the treaty can still be shown and compared', dir, [
      [['validate'], { exit: 1, code: 'link-unresolved', file: ussr, at: `${at.line}:${at.column}`, says: '"rus-dprk-2000", which is not in the corpus' }],
      [['show', '1961'], { exit: 0 }],
      [['diff', '1961', '2024', '--stat'], { exit: 0 }],
    ]);
  }

  {
    const dir = copyCorpus();
    const csp = join(dir, 'rus-dprk-2024.json');
    const json = JSON.parse(readFileSync(csp, 'utf8')) as { texts: Array<Record<string, unknown>> };
    const text = json.texts[0] as Record<string, unknown>;
    text.articles = [];
    delete text.preamble;
    delete text.closing;
    writeFileSync(csp, JSON.stringify(json, null, 2));
    const empty: Answer = { exit: 2, code: 'text-empty', file: csp, says: 'has no paragraphs in this corpus' };
    itAnswers('a text with no articles: validate says what to add; diff and qualifiers refuse, naming the file', dir, [
      [['validate'], { exit: 1, code: 'text-no-articles', file: csp, says: 'lists no articles' }],
      [['diff', '1961', '2024'], empty],
      [['diff', '2024', '1961'], empty],
      [['qualifiers', '2024'], empty],
      [['show', '2024', '4'], { exit: 2, code: 'article-unknown' }],
    ]);
  }

  {
    const dir = copyCorpus();
    editFile(join(dir, 'rus-dprk-2024.json'), (t) => t.replace('"lang": "en"', '"lang": "ko"'));
    itAnswers('two treaties with no language in common', dir, [
      [['diff', '1961', '2024'], { exit: 2, code: 'no-common-language', says: 'ussr-dprk-1961 (en) and rus-dprk-2024 (ko) have no text in a common language' }],
      [['diff', '1961', '2024', '--lang', 'en'], { exit: 2, code: 'lang-unavailable' }],
    ]);
  }
});

/** A process of its own with a short timeout, for paths that would block a careless reader. */
const spawnRun = (args: readonly string[]) => runCli(args, {}, undefined, 20_000);
