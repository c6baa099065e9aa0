// Most of the suite runs the real CLI, so a test worker spends its time waiting for a child process: two
// workers at least keep both cores of a 2-core machine busy (vitest's default there is one), which halves
// the suite's run time. The timeouts only catch a hang: no test may depend on how fast the machine is,
// and a busy 2-core CI machine runs the suite several times slower than an idle one.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
