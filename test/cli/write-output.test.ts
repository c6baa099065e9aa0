// Output files through the real CLI under concurrency and signals: two imports racing for one --out
// never both write, and an import killed by SIGTERM or SIGINT while it writes leaves no temporary file.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/bad-input.js';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function start(args: readonly string[], onSpawn: (pid: number) => void = () => {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('spawn', () => onSpawn(child.pid as number));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const SOURCE = 'Article 1\n\nThe Parties shall consult each other.\n';

describe('import --out, two at once', () => {
  it('writes exactly one of them, whole, and tells the other the file exists', async () => {
    const dir = tempDir('treaty-race-');
    writeFileSync(join(dir, 'source.txt'), SOURCE);
    // Both start together and do the same work, so they reach the write at nearly the same moment: the
    // check-then-rename writer let both "win" in 4 of 20 such pairs.
    for (let pair = 0; pair < 8; pair++) {
      const out = join(dir, `race-${pair}.json`);
      const runs = await Promise.all(['first', 'second'].map((who) => start(['import', join(dir, 'source.txt'), '--id', `race-${pair}`, '--title', who, '--out', out])));
      const codes = runs.map((r) => r.code).sort();
      expect(codes, runs.map((r) => r.stderr).join('\n')).toEqual([0, 2]);
      const loser = runs.find((r) => r.code === 2) as Exit;
      expect(loser.stderr).toContain('[output-exists]');
      const winner = runs.indexOf(runs.find((r) => r.code === 0) as Exit) === 0 ? 'first' : 'second';
      expect((JSON.parse(readFileSync(out, 'utf8')) as { title: string }).title).toBe(winner);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a dangling symlink at --out without --force, leaving it as it was', () => {
    const dir = tempDir('treaty-race-');
    writeFileSync(join(dir, 'source.txt'), SOURCE);
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'out.json'));
    const run = runCli(['import', join(dir, 'source.txt'), '--id', 'out', '--out', join(dir, 'out.json')]);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('[output-exists]')]);
    expect(existsSync(join(dir, 'elsewhere.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'source.txt']);
  });
});

describe('import --out, interrupted', () => {
  // A source of about 5 MB, so that writing its JSON takes long enough to be interrupted.
  const big = `Article 1\n\n${Array.from({ length: 60 }, (_, i) => `${'The Parties shall consult each other on every question. '.repeat(1500)}${i}`).join('\n\n')}\n`;

  it.each(['SIGTERM', 'SIGINT'] as const)('by %s as the temporary file appears: the file is written whole and no temporary file is left', async (signal) => {
    const dir = tempDir('treaty-signal-');
    writeFileSync(join(dir, 'source.txt'), big);
    let pid = 0;
    let sent = false;
    const watcher = watch(dir, (_event, name) => {
      if (!sent && pid && name?.endsWith('.tmp')) {
        sent = true;
        process.kill(pid, signal);
      }
    });
    try {
      const exit = await start(['import', join(dir, 'source.txt'), '--id', 'out', '--out', join(dir, 'out.json')], (p) => (pid = p));
      expect(sent, 'the temporary file was never seen').toBe(true);
      // Held until the write is done, the signal either ends the process then or, if the process ends
      // first, comes too late to matter: never a crash or another exit code.
      expect(exit.signal === signal || exit.code === 0, `exit ${exit.code} ${exit.signal} ${exit.stderr}`).toBe(true);
    } finally {
      watcher.close();
    }
    const left = readdirSync(dir).filter((f) => f !== 'source.txt');
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The signal waited for the write to finish: the file is there and whole.
    expect(left).toEqual(['out.json']);
    expect(() => JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).not.toThrow();
  });
});
