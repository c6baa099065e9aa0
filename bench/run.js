#!/usr/bin/env node
// Benchmarks for treaty: start-up against `node -e 0` (the floor no Node program can beat), every
// output format of `treaty diff 1961 2024`, and how `treaty diff` scales on UNCLOS against a copy with
// renumbered, moved, split, merged and reworded articles. Plain Node, no test runner; prints medians.
//
//   npm run build && node bench/run.js [--runs N] [--skip-scaling]
//
// Targets (issue #3): diff 1961 2024 ≤ 1.5× node -e 0; UNCLOS vs perturbed copy ≤ 1 s and ≤ 250 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'treaty.js');
const measure = join(root, 'bench', 'measure-cli.js');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 21;
const openTreaties = join(root, '..', 'shared', 'open-treaties');

if (!existsSync(join(root, 'dist', 'bundle', 'main.cjs'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each command `n` times, interleaved so that machine noise hits all of them alike. */
function time(commands, n) {
  const samples = commands.map(() => []);
  for (let r = 0; r < n; r++) {
    commands.forEach(({ argv }, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      samples[i].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    });
  }
  return samples.map(median);
}

console.log(`treaty benchmarks — Node ${process.version}, ${runs} runs each, medians\n`);

// --- start-up ---------------------------------------------------------------------------------------
const startup = [
  { label: 'node -e 0 (floor)', argv: [process.execPath, '-e', '0'] },
  { label: 'treaty --version', argv: [process.execPath, bin, '--version'] },
  { label: 'treaty diff 1961 2024', argv: [process.execPath, bin, 'diff', '1961', '2024'] },
  { label: '  --format json', argv: [process.execPath, bin, 'diff', '1961', '2024', '--format', 'json'] },
  { label: '  --format markdown', argv: [process.execPath, bin, 'diff', '1961', '2024', '--format', 'markdown'] },
  { label: '  --side-by-side', argv: [process.execPath, bin, 'diff', '1961', '2024', '--side-by-side'] },
  { label: '  --stat', argv: [process.execPath, bin, 'diff', '1961', '2024', '--stat'] },
  { label: 'treaty show 2024 4', argv: [process.execPath, bin, 'show', '2024', '4'] },
  { label: 'treaty list', argv: [process.execPath, bin, 'list'] },
];
const startupTimes = time(startup, runs);
const floor = startupTimes[0];
console.log('Start-up                          median     × floor');
startup.forEach(({ label }, i) => {
  const ms = startupTimes[i];
  console.log(`  ${label.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / floor).toFixed(2).padStart(6)}×`);
});
const headline = startupTimes[2] / floor;
console.log(`  target: diff 1961 2024 ≤ 1.50× floor — ${headline <= 1.5 ? 'met' : 'NOT met'} (${headline.toFixed(2)}×)\n`);

// --- scaling on UNCLOS -------------------------------------------------------------------------------
if (args.includes('--skip-scaling')) process.exit(0);
if (!existsSync(openTreaties)) {
  console.log('Scaling: skipped (../shared/open-treaties not found)');
  process.exit(0);
}
const { convertOpenTreaty } = await import('../dist/import/from-open-treaties.js');
const { perturbText } = await import('../dist/synthetic/perturb-text.js');
const { treatySchema } = await import('../dist/model/treaty.js');

const converted = convertOpenTreaty(JSON.parse(readFileSync(join(openTreaties, 'unclos.json'), 'utf8')), { id: 'unclos' });
if (!converted.ok) throw new Error('cannot convert UNCLOS');
const unclos = treatySchema.parse(converted.value);
const english = unclos.texts.find((t) => t.lang === 'en');
const dir = mkdtempSync(join(tmpdir(), 'treaty-bench-'));

console.log('Scaling: UNCLOS (first N articles) vs a copy with 10% of articles moved, split, merged, deleted,');
console.log('inserted or reworded (≤15% of words) and the rest renumbered; CLI wall time and peak memory');
console.log('      N   clauses   text (ms)   json (ms)   peak RSS (MB)');
for (const n of [50, 100, 200, 320]) {
  const text = { ...english, articles: english.articles.slice(0, n) };
  const perturbed = perturbText(text, {
    seed: 7,
    touch: 0.1,
    operations: ['move', 'delete', 'insert', 'split', 'merge', 'reword'],
    reword: 0.15,
    renumberFrom: Math.ceil(n / 2),
  });
  const write = (id, t) => {
    const file = join(dir, `${id}.json`);
    const treaty = { ...converted.value, id, aliases: [], articleCount: t.articles.length, texts: [t] };
    writeFileSync(file, JSON.stringify(treaty));
    return file;
  };
  const left = write(`unclos-${n}`, text);
  const right = write(`unclos-${n}-edited`, perturbed.text);
  const cli = (format) => ({ argv: [process.execPath, measure, 'diff', left, right, '--format', format] });
  const [textMs, jsonMs] = time([cli('text'), cli('json')], Math.max(5, Math.floor(runs / 3)));
  const probe = spawnSync(process.execPath, [measure, 'diff', left, right, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const { maxRssKb } = JSON.parse(probe.stderr.toString().trim().split('\n').pop());
  const clauses = text.articles.reduce((k, a) => k + (a.paragraphs?.length ?? 0), 0);
  console.log(`  ${String(n).padStart(5)}   ${String(clauses).padStart(7)}   ${textMs.toFixed(0).padStart(9)}   ${jsonMs.toFixed(0).padStart(9)}   ${(maxRssKb / 1024).toFixed(0).padStart(13)}`);
}
rmSync(dir, { recursive: true, force: true });
console.log('  targets: 320 articles ≤ 1000 ms and ≤ 250 MB');
