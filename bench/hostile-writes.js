// The write cases of issue #10 for bench/hostile.js: concurrency and signals, which a single run of the
// CLI cannot show. Each `run` returns what the table reports (exit codes, time, memory) and, when the
// promise is broken, what went wrong. test/cli/write-output.test.ts and test/corpus/write-file-safely.test.ts
// hold the regression tests.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/treaty.js', import.meta.url));
const SOURCE = 'Article 1\n\nThe Parties shall consult each other.\n';

function start(args, onSpawn = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('spawn', () => onSpawn(child.pid));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const temporaries = (dir) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** @type {Array<{ id: string, title: string, issue: string, run: (dir: string) => Promise<{ code: string, seconds: number, peakMb?: number, wrong?: string }> }>} */
export const WRITE_CASES = [
  {
    id: 'write-race',
    title: '20 pairs of concurrent `import --out SAME` (time: all 40 runs)',
    issue: 'both "wrote" in 4 of 20 pairs',
    async run(dir) {
      writeFileSync(join(dir, 'source.txt'), SOURCE);
      const started = process.hrtime.bigint();
      let bothWrote = 0;
      const codes = new Set();
      for (let pair = 0; pair < 20; pair++) {
        const out = join(dir, `race-${pair}.json`);
        const runs = await Promise.all([0, 1].map(() => start(['import', join(dir, 'source.txt'), '--id', `race-${pair}`, '--out', out])));
        runs.forEach((r) => codes.add(r.code));
        if (runs.every((r) => r.code === 0)) bothWrote++;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { code: [...codes].sort().join(' and '), seconds, wrong: bothWrote || temporaries(dir).length ? `both wrote in ${bothWrote} pairs` : undefined };
    },
  },
  {
    id: 'write-dangling-symlink',
    title: '`import --out L` where L is a dangling symlink',
    issue: 'replaced without --force',
    async run(dir) {
      writeFileSync(join(dir, 'source.txt'), SOURCE);
      symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'out.json'));
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [bin, 'import', join(dir, 'source.txt'), '--id', 'out', '--out', join(dir, 'out.json')], { encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const wrong = run.status !== 2 ? `exit ${run.status}` : readdirSync(dir).length !== 2 ? 'a file was written' : undefined;
      return { code: String(run.status), seconds, wrong };
    },
  },
  ...['SIGTERM', 'SIGINT', 'SIGKILL'].map((signal) => ({
    id: `write-${signal.toLowerCase()}`,
    title: `\`import --out\` of a 5 MB text, ${signal} as its temporary file appears${signal === 'SIGKILL' ? ', then a second import' : ''}`,
    issue: 'temporary files left beside the target',
    async run(dir) {
      const big = `Article 1\n\n${Array.from({ length: 60 }, (_, i) => `${'The Parties shall consult each other on every question. '.repeat(1500)}${i}`).join('\n\n')}\n`;
      writeFileSync(join(dir, 'source.txt'), big);
      const args = ['import', join(dir, 'source.txt'), '--id', 'out', '--out', join(dir, 'out.json'), '--force'];
      let pid = 0;
      let sent = false;
      const watcher = watch(dir, (_event, name) => {
        if (!sent && pid && name?.endsWith('.tmp')) {
          sent = true;
          process.kill(pid, signal);
        }
      });
      const started = process.hrtime.bigint();
      const exit = await start(args, (p) => (pid = p));
      watcher.close();
      let left = temporaries(dir);
      if (signal === 'SIGKILL') {
        // SIGKILL cannot be caught: its temporary file stays until the next write of the same target.
        await start(args);
        left = temporaries(dir);
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let whole = true;
      try {
        JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
      } catch {
        whole = signal !== 'SIGKILL' ? false : true;
      }
      const wrong = !sent ? 'the temporary file was never seen' : left.length ? `left ${left.join(', ')}` : !whole ? 'out.json is not whole' : undefined;
      return { code: exit.signal ?? String(exit.code), seconds, wrong };
    },
  })),
];
