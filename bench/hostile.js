#!/usr/bin/env node
// Runs every hostile input of bench/hostile-cases.js at full size and prints, for each, the exit code,
// the wall time and the peak memory of the CLI (README, "Input and limits"). Plain Node, no test runner.
//
//   npm run build && node bench/hostile.js [--only ID[,ID…]] [--timeout SECONDS] [--markdown]
//
// The promise it checks: no input within the documented limits takes more than 10 s or 500 MB in any
// command, and nothing exits 3 (internal error) or 134 (V8 abort).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from './hostile-cases.js';
import { WRITE_CASES } from './hostile-writes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const measure = join(root, 'bench', 'measure-cli.js');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only')?.split(',');
const timeoutSeconds = Number(option('--timeout') ?? 60);
const markdown = args.includes('--markdown');

if (!existsSync(join(root, 'dist', 'bundle', 'main.cjs'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}

const LIMIT_SECONDS = 10;
const LIMIT_MB = 500;

/**
 * One run of the CLI through measure-cli.js: exit code, wall time, peak RSS reported by the child. Its
 * stdout goes to a file, not a pipe: spawnSync reads a pipe in small chunks, and a 16 MB diff then spent
 * seconds waiting on the parent (9.97 s here against 6.1 s for the same run into a file).
 */
export function measureRun(invocation, cwd) {
  const outDir = mkdtempSync(join(tmpdir(), 'treaty-hostile-stdout-'));
  const outFile = join(outDir, 'stdout');
  const fd = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  let result;
  try {
    result = spawnSync(process.execPath, [measure, ...invocation.args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...invocation.env },
      input: invocation.input,
      stdio: ['pipe', fd, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      timeout: timeoutSeconds * 1000,
    });
  } finally {
    closeSync(fd);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const last = result.stderr?.trimEnd().split('\n').pop() ?? '';
  let peakMb;
  try {
    peakMb = JSON.parse(last).maxRssKb / 1024;
  } catch {
    peakMb = undefined;
  }
  const code = result.status ?? (result.signal ? `killed (${result.signal})` : 'none');
  const stdout = readFileSync(outFile, 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  return { code, seconds, peakMb, stdout, stderr: result.stderr ?? '' };
}

const rows = [];
for (const c of [...HOSTILE_CASES, ...WRITE_CASES]) {
  if (only && !only.includes(c.id)) continue;
  const dir = mkdtempSync(join(tmpdir(), `treaty-hostile-${c.id}-`));
  try {
    let outcome;
    if (c.run) outcome = await c.run(dir);
    else {
      const run = measureRun(c.prepare(dir), dir);
      const wrong = run.code !== c.exit ? `expected exit ${c.exit}` : c.check?.(run, dir);
      outcome = { code: run.code, seconds: run.seconds, peakMb: run.peakMb, wrong, stderr: run.stderr };
    }
    // The write cases time several runs together; the limits are per run.
    const over = !c.run && (outcome.seconds > LIMIT_SECONDS || (outcome.peakMb ?? 0) > LIMIT_MB);
    rows.push({ c, ...outcome, over });
    const status = outcome.wrong || over ? 'FAIL' : 'ok';
    process.stderr.write(`${status.padEnd(4)} ${c.id.padEnd(40)} exit ${String(outcome.code).padEnd(4)} ${outcome.seconds.toFixed(2).padStart(6)} s ${outcome.peakMb === undefined ? '   ? ' : outcome.peakMb.toFixed(0).padStart(5)} MB${outcome.wrong ? `  (${outcome.wrong})` : ''}\n`);
    if (outcome.wrong && outcome.stderr) process.stderr.write(`     ${outcome.stderr.split('\n').slice(0, 3).join('\n     ')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (markdown) {
  console.log('| case | before | exit | time | peak memory |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const mb = r.peakMb === undefined ? '—' : `${Math.round(r.peakMb)} MB`;
    console.log(`| ${r.c.title} | ${r.c.issue} | ${r.code} | ${r.seconds.toFixed(2)} s | ${mb} |`);
  }
}
const failed = rows.filter((r) => r.wrong || r.over);
process.stderr.write(`\n${rows.length - failed.length} of ${rows.length} cases within the promise (right exit code, ≤ ${LIMIT_SECONDS} s, ≤ ${LIMIT_MB} MB)\n`);
process.exitCode = failed.length ? 1 : 0;
