// Start-up loader for the bundled CLI, copied to dist/bundle/boot.cjs by scripts/bundle.js. It loads the
// bundle's CommonJS files through V8's code cache: the build runs each command once and saves the
// compiled code next to each file (FILE.cache); later runs reuse it instead of compiling again, which on
// Node 20 (it has no module compile cache) saves about a tenth of `treaty diff 1961 2024`'s start-up.
// V8 checks every cache against the source and its own version and ignores one that does not fit.
// Nothing is written at run time unless TREATY_WRITE_CODE_CACHE=1 (the build sets it).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const writing = process.env.TREATY_WRITE_CODE_CACHE === '1';
const loaded = new Map();
const scripts = [];

function load(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  if (!writing) {
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (writing) scripts.push({ file, script });
  const mod = { exports: {} };
  loaded.set(file, mod);
  const dir = path.dirname(file);
  // The bundles require only Node built-ins and each other (by relative path).
  const requireFrom = (id) => (id.startsWith('.') ? load(path.resolve(dir, id)) : require(id));
  script.runInThisContext().call(mod.exports, mod.exports, requireFrom, mod, file, dir);
  return mod.exports;
}

if (writing)
  process.on('exit', () => {
    for (const { file, script } of scripts) fs.writeFileSync(`${file}.cache`, script.createCachedData());
  });

exports.run = (argv) => load(path.join(__dirname, 'main.cjs')).main(argv);
