#!/usr/bin/env node
// Bundles the compiled CLI (dist/) into dist/bundle/ with esbuild, because start-up time is what
// `treaty diff 1961 2024` spends most on. Measured on Node 20:
//
// - CommonJS, not ES modules: an ES module entry costs Node 3–5 ms more to start than a CommonJS one
//   (the ESM loader), so bin/treaty.js and the bundles are CommonJS (.cjs), while src/ stays ESM.
// - one self-contained file per lazily loaded piece, no shared chunks: main.cjs (argv, help), one file
//   per command under commands/, and lazy/ files for what only some runs need (the schema check with
//   zod, colour with chalk, the side-by-side table). The import() calls in src/ name those pieces; each
//   becomes a require() of the matching bundle (see LAZY).
// - V8 code caches: dist/bundle/boot.cjs (from scripts/boot.cjs) loads the bundles with compiled code
//   saved by scripts/warm-code-cache.js, which runs each command once at the end of the build.
// - commander requires node:child_process at load time for executable subcommands, which treaty does
//   not use; it gets that module only if it ever asks for it.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
// Start clean: a bundle (or code cache) left from an earlier layout must not linger.
rmSync(OUT, { recursive: true, force: true });

/** Every module src/ loads with import(): the specifier as written, and the bundle built for it. */
const LAZY = [
  // Handlers are imported by their command's spec (cli/specs/NAME.ts), bundled into main.cjs.
  ...['diff', 'list', 'show', 'qualifiers', 'import', 'export', 'validate', 'schema'].map((name) => ({
    specifier: `../commands/${name}.js`,
    entry: `dist/cli/commands/${name}.js`,
    out: `commands/${name}`,
  })),
  { specifier: './parse-document.js', entry: 'dist/corpus/parse-document.js', out: 'lazy/parse-document' },
  { specifier: './load-plain-text-file.js', entry: 'dist/corpus/load-plain-text-file.js', out: 'lazy/load-plain-text-file' },
  { specifier: '../../render/diff-side-by-side.js', entry: 'dist/render/diff-side-by-side.js', out: 'lazy/diff-side-by-side' },
  { specifier: 'chalk', entry: 'chalk', out: 'lazy/chalk' },
];

const lazyImports = {
  name: 'treaty-lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const lazy = LAZY.find((l) => l.specifier === args.path);
      if (!lazy) throw new Error(`bundle: no bundle declared for import(${JSON.stringify(args.path)}) in ${args.importer}`);
      // Bundles sit in OUT/ (main) or one folder below (commands/, lazy/): the path is relative to the importer's bundle.
      const fromMain = args.importer.includes('/dist/cli/') && !args.importer.includes('/dist/cli/commands/');
      return { path: `${fromMain ? './' : '../'}${lazy.out}.cjs`, external: true };
    });
  },
};

const deferChildProcess = {
  name: 'treaty-defer-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'deferred-child-process', namespace: 'treaty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'treaty' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// import.meta.url (used to find the package root) has no CommonJS equivalent: each bundle gets the URL of
// its own file instead, from this module injected into it.
const IMPORT_META_URL = 'dist/bundle-import-meta-url.js';
writeFileSync(IMPORT_META_URL, "export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;\n");

const debug = process.env.TREATY_BUNDLE_DEBUG !== undefined;
await build({
  entryPoints: { main: 'dist/cli/main.js', ...Object.fromEntries(LAZY.map((l) => [l.out, l.entry])) },
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  splitting: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Turn import() into require() of the lazy bundles: CommonJS all the way.
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: !debug,
  // jsonc-parser's "main" is a UMD build that loads its parts with a dynamic require(); its ESM build
  // bundles cleanly.
  mainFields: ['module', 'main'],
  define: {
    __TREATY_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    'import.meta.url': 'importMetaUrl',
  },
  inject: [IMPORT_META_URL],
  plugins: [lazyImports, deferChildProcess],
  legalComments: 'linked',
  logLevel: 'warning',
});

copyFileSync('scripts/boot.cjs', `${OUT}/boot.cjs`);

