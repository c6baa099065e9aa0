#!/usr/bin/env node
// CommonJS (see bin/package.json): a CommonJS entry starts faster than an ES module one.
require('../dist/bundle/boot.cjs').run(process.argv.slice(2));
