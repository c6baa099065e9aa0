#!/usr/bin/env node
// The last build step: runs each command once so that dist/bundle/boot.cjs saves the compiled code of
// every bundle it loads (FILE.cache beside each bundle). Run after the data has been validated
// (scripts/trust-bundled-data.js), so that the runs take the same paths as a user's. A run writes the
// cache of every bundle it loaded, so the order matters: runs that reach the lazy bundles (plain-text
// files, a user's own JSON that the schema checks, colour) come first, and the headline command runs
// last, so its run is the one that writes main.cjs's and commands/diff.cjs's caches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'treaty-warm-'));
const run = (args) => {
  const result = spawnSync(process.execPath, ['bin/treaty.js', ...args], {
    env: { ...process.env, TREATY_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  // A failed warm-up only costs start-up time later; the build itself must not fail for it.
  if (result.status !== 0) console.warn(`warm-code-cache: \`treaty ${args.join(' ')}\` exited ${result.status}: ${result.stderr}`);
  return result.stdout ?? '';
};

try {
  // Plain text, as `git difftool -x 'treaty diff'` passes it: export writes it, import and diff read it.
  const left = join(scratch, 'left.txt');
  const right = join(scratch, 'right.txt');
  writeFileSync(left, run(['export', '1961']));
  writeFileSync(right, run(['export', '2024']));
  run(['import', left, '--id', 'warm-up', '--out', join(scratch, 'imported.json')]);
  run(['diff', left, right]);
  // A treaty file the build has not validated goes through the schema (lazy/parse-document).
  const own = join(scratch, 'own.json');
  writeFileSync(own, readFileSync('data/treaties/ussr-dprk-1961.json', 'utf8').replace(/\n$/, ' \n'));
  run(['diff', own, '2024', '--color', 'always']);
  for (const args of [
    ['show', '2024', '4'],
    ['list'],
    ['qualifiers', '2024'],
    ['validate'],
    ['schema', 'treaty'],
    ['diff', '1961', '2024', '--side-by-side'],
    ['diff', '1961', '2024'],
  ])
    run(args);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
