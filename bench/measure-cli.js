#!/usr/bin/env node
// Runs the treaty CLI in this process and reports its peak memory on stderr's last line as JSON, so
// bench/run.js can read both wall time (from outside) and peak resident memory (from inside).
import { createRequire } from 'node:module';

const { main } = createRequire(import.meta.url)('../dist/bundle/main.cjs');
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
await main(process.argv.slice(2));
