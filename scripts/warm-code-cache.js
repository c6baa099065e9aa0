#!/usr/bin/env node
// The last build step: runs each command once with the bundled data so that dist/bundle/boot.cjs saves
// the compiled code of every bundle it loads (FILE.cache beside each bundle). Run after the data has been
// validated (scripts/trust-bundled-data.js), so that the runs take the same paths as a user's. The
// headline command runs last, so its run is the one that writes main.cjs's cache.
import { spawnSync } from 'node:child_process';

const runs = [
  ['show', '2024', '4'],
  ['list'],
  ['qualifiers', '2024'],
  ['validate'],
  ['schema', 'treaty'],
  ['diff', '1961', '2024', '--side-by-side'],
  ['diff', '1961', '2024'],
];
for (const args of runs) {
  const run = spawnSync(process.execPath, ['bin/treaty.js', ...args], {
    env: { ...process.env, TREATY_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  // A failed warm-up only costs start-up time later; the build itself must not fail for it.
  if (run.status !== 0) console.warn(`warm-code-cache: \`treaty ${args.join(' ')}\` exited ${run.status}: ${run.stderr}`);
}
