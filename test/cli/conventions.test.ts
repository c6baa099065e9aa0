// Conventions every command shares: help, version, exit codes, colour, width, corpus selection, pipes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyCorpus } from '../helpers/corpus-copy.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const ESC = '\u001b[';

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
  it('exits quietly when the reader closes the pipe early', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; node ${BIN} show 1961 | head -1`], { encoding: 'utf8', cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('schema', () => {
  it('prints the published schema of the data format', () => {
    const run = runCli(['schema', 'treaty']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}schema/treaty.schema.json`, 'utf8')));
  });
});
