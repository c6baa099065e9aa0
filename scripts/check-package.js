#!/usr/bin/env node
// Checks the package a user would install: `npm pack` holds only what users need, and the tarball,
// installed globally into a temporary prefix, gives a working `treaty` command and an importable,
// typed library. Run after a build (`npm test` builds): `npm run check:package`. CI runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'treaty-package-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
  if (!ok) failures.push(what);
};

try {
  if (!existsSync(join(root, 'dist', 'bundle', 'main.cjs'))) throw new Error('run `npm run build` first');

  // 1. What goes in. --ignore-scripts: the build just ran; packing must not rebuild under our feet.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  const files = packed.files.map((f) => f.path);
  const allowed = /^(package\.json|README\.md|LICENSE|bin\/|dist\/|data\/|schema\/)/;
  const strays = files.filter((f) => !allowed.test(f));
  check(strays.length === 0, `only bin/, dist/, data/, schema/, README.md, LICENSE and package.json are packed${strays.length ? ` (also: ${strays.slice(0, 5).join(', ')})` : ''}`);
  for (const needed of ['LICENSE', 'README.md', 'bin/treaty.js', 'dist/bundle/main.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/trusted-data.json', 'data/qualifiers.json', 'data/treaties/rus-dprk-2024.json', 'schema/treaty.schema.json', 'schema/diff.schema.json']) {
    check(files.includes(needed), `packs ${needed}`);
  }
  // Test and benchmark support (seeded synthetic edits) is built into dist/ for them, not shipped.
  check(!files.some((f) => f.startsWith('dist/synthetic/')), 'test support (dist/synthetic/) is not packed');
  check(packed.size < 2_000_000, `the tarball is small (${(packed.size / 1024).toFixed(0)} KB packed, ${packed.entryCount} files)`);

  // 2. Installed globally into a temporary prefix, as `npm install -g` would.
  const prefix = join(work, 'prefix');
  const tarball = join(work, packed.filename);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', tarball], { stdio: ['ignore', 'ignore', 'inherit'] });
  const bin = join(prefix, 'bin', 'treaty');
  const run = (...args) => spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TREATY_DATA: '' } });
  const version = run('--version');
  check(version.status === 0 && version.stdout.trim() === pkg.version, `treaty --version prints ${pkg.version}`);
  const diff = run('diff', '1961', '2024');
  check(diff.status === 0 && diff.stderr === '' && diff.stdout.includes('1961 Art. 1 ¶2 → 2024 Art. 4'), 'treaty diff 1961 2024 works from the installed package');
  const json = run('diff', '1961', '2024', '--format', 'json');
  check(json.status === 0 && JSON.parse(json.stdout).schemaVersion !== undefined, 'treaty diff --format json prints the contract');
  const validate = run('validate');
  check(validate.status === 0 && validate.stdout.trim() === '5 files valid', 'treaty validate accepts the bundled corpus');

  // 3. The library, imported by name (through package.json "exports") from a project that depends on it.
  const project = join(work, 'project');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(join(prefix, 'lib', 'node_modules', 'treaty'), join(project, 'node_modules', 'treaty'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const program = [
    "import { loadTreaty, loadLexicon, compareTreaties, comparisonToJson } from 'treaty';",
    "const [a, b, lexicon] = await Promise.all([loadTreaty('1961'), loadTreaty('2024'), loadLexicon()]);",
    'if (!a.ok || !b.ok || !lexicon.ok) throw new Error("load failed");',
    'const result = compareTreaties(a.value, b.value, { lexicon: lexicon.value });',
    'if (!result.ok) throw new Error(JSON.stringify(result.problems));',
    'const link = result.value.links.find((l) => result.value.left.clauses[l.left[0]].article === "1" && result.value.right.clauses[l.right[0]].article === "4");',
    'const out = comparisonToJson(result.value);',
    'console.log(JSON.stringify({ linked: Boolean(link), schemaVersion: out.schemaVersion }));',
  ].join('\n');
  writeFileSync(join(project, 'use.ts'), `${program}\n`);
  writeFileSync(join(project, 'use.mjs'), `${program}\n`);
  const used = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
  const answer = used.status === 0 ? JSON.parse(used.stdout) : {};
  check(answer.linked === true && answer.schemaVersion !== undefined, `import { compareTreaties } from 'treaty' links 1961 Art. 1 to 2024 Art. 4${used.status === 0 ? '' : `: ${used.stderr.trim().split('\n')[0]}`}`);
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  const typed = spawnSync(tsc, ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'use.ts'], { cwd: project, encoding: 'utf8' });
  check(typed.status === 0, `the library's types check under strict TypeScript${typed.status === 0 ? '' : `:\n${typed.stdout}`}`);
} catch (error) {
  failures.push(String(error.message ?? error));
  console.error(`check-package: ${error.message ?? error}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\npackage ok');
