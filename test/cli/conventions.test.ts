// Conventions every command shares: help, version, exit codes, colour, width, corpus selection, pipes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledJson } from '../helpers/bundled.js';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const ESC = '\u001b[';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('help and version', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each(['diff', 'list', 'show', 'qualifiers', 'validate', 'schema'])('has help with examples for %s', (command) => {
    const run = runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: treaty ${command}`);
    expect(run.stdout).toContain('Examples:');
  });

  it('exits 2 on bad usage, without a stack trace', () => {
    for (const args of [['frobnicate'], ['show'], ['list', '--format', 'yaml'], ['list', '--width', 'wide']]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^treaty: error: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('colour', () => {
  it('is off when piped, and with --color=never or NO_COLOR even if forced otherwise', () => {
    expect(runCli(['show', '1961', '1']).stdout).not.toContain(ESC);
    expect(runCli(['show', '1961', '1', '--color=never'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(runCli(['show', '1961', '1', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });

  it('is on with --color=always or FORCE_COLOR; NO_COLOR turns auto off', () => {
    expect(runCli(['show', '1961', '1', '--color=always']).stdout).toContain(ESC);
    expect(runCli(['show', '1961', '1'], { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(runCli(['show', '1961', '1', '--color', 'always'], { NO_COLOR: '1' }).stdout).toContain(ESC);
  });
});

describe('width', () => {
  it('wraps text to COLUMNS, to --width, and to 80 by default', () => {
    const longest = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));
    expect(longest(runCli(['show', '1961']).stdout)).toBeLessThanOrEqual(80);
    expect(longest(runCli(['show', '1961'], { COLUMNS: '60' }).stdout)).toBeLessThanOrEqual(60);
    expect(longest(runCli(['show', '1961', '--width', '120']).stdout)).toBeGreaterThan(80);
  });
});

describe('corpus selection', () => {
  it('reads another corpus from --data or TREATY_DATA', () => {
    const dir = copyCorpus();
    const viaFlag = runCli(['list', '--format', 'json', '--data', dir]);
    const viaEnv = runCli(['list', '--format', 'json'], { TREATY_DATA: dir });
    expect((JSON.parse(viaFlag.stdout) as { corpus: string }).corpus).toBe(dir);
    expect((JSON.parse(viaEnv.stdout) as { corpus: string }).corpus).toBe(dir);
  });

  it('says so when the corpus folder does not exist', () => {
    const run = runCli(['list', '--data', '/nonexistent-corpus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/nonexistent-corpus: no such file or folder');
  });
});

describe('pipes', () => {
  // The reader of a pipe may stop at any time (`| head -1`): treaty stops writing, says nothing, and keeps
  // the exit code of the command. pipefail makes the pipeline report treaty's own exit code.
  const headOne = (args: string, env: Record<string, string> = {}) =>
    spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${args} | head -1 >/dev/null`], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    });

  it.each([
    'show 1961',
    'diff 1961 2024',
    'diff 1961 2024 --side-by-side',
    'diff 1961 2024 --format json',
    'diff 1961 2024 --format markdown',
    'diff 1961 2024 --stat',
    'list',
    'qualifiers 2024',
    'qualifiers 2024 --format json',
  ])('exits 0 quietly when the reader closes the pipe early: %s', (args) => {
    const run = headOne(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // Output larger than a pipe's buffer (64 KiB on Linux) is sure to meet the closed pipe while writing.
  const big = bigCorpus();
  it.each([
    ['show big-a', 0],
    ['diff big-a big-b', 0],
    ['diff big-a big-b --side-by-side', 0],
    ['diff big-a big-b --format json', 0],
    ['diff big-a big-b --format markdown', 0],
    ['diff big-a big-b --exit-code', 1],
  ] as const)('with output larger than the pipe: %s exits %i, quietly', (args, code) => {
    const run = headOne(`--data "${big}" ${args}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(code);
  });

  it('keeps quiet when stdout and stderr go to one closed pipe in many writes', () => {
    // Every broken file is a warning line on stderr, then the table follows on stdout.
    const dir = bigCorpus();
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `broken-${i}.json`), '{');
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" list --data "${dir}" 2>&1 | head -1 >/dev/null`], { encoding: 'utf8', cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('keeps the exit code when stderr is closed early', async () => {
    expect(await withClosedStderr(['show', 'nope'])).toEqual({ code: 2, stdout: '' });
    const listed = await withClosedStderr(['list', '--data', big]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('big-a');
  });

  it.skipIf(!existsSync('/dev/full'))('reports a stdout that cannot be written (a full disk) in one line and exits 2', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" show 1961 > /dev/full`], { encoding: 'utf8', cwd: ROOT });
    expect(run.stderr).toBe('treaty: error: cannot write to standard output: ENOSPC\n');
    expect(run.status).toBe(2);
  });
});

/** A corpus of two 300-article treaties that differ in every article: outputs of 170 KB and more (but --stat). */
function bigCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-big-'));
  made.push(dir);
  const source = bundledJson('ussr-dprk-1961');
  const paragraphs = source.texts[0]!.articles.flatMap((a) => a.paragraphs ?? []);
  for (const [id, edit] of [
    ['big-a', (p: string) => p],
    ['big-b', (p: string) => p.replace(/\bthe\b/, 'this')],
  ] as const) {
    const treaty = { ...source, id, aliases: [], supersedes: undefined, supersededBy: undefined, end: undefined, articleCount: 300 };
    const articles = Array.from({ length: 300 }, (_, i) => ({ number: String(i + 1), paragraphs: [edit(`${paragraphs[i % paragraphs.length]} (${i + 1})`)] }));
    treaty.texts = [{ ...source.texts[0]!, articles, closing: undefined }];
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(treaty));
  }
  return dir;
}

/** Runs treaty with the read end of its stderr closed at once; its exit code and stdout. */
function withClosedStderr(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('schema', () => {
  it('prints the published schema of the data format', () => {
    const run = runCli(['schema', 'treaty']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}schema/treaty.schema.json`, 'utf8')));
  });
});
