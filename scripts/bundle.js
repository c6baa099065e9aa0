#!/usr/bin/env node
// Bundles the compiled CLI (dist/) into dist/bundle/ with esbuild, because start-up time is what
// `treaty diff 1961 2024` spends most on. Measured on Node 20: every extra module file an ES module graph
// loads costs about as much as a small comparison, and so does loading a dependency's unused parts. So:
//
// - one self-contained file per lazily loaded piece, no shared chunks: main.js (argv, help), one file per
//   command under commands/, and lazy/ files for what only some runs need (the schema check with zod,
//   colour with chalk). `treaty diff 1961 2024` reads three files: bin, main.js, commands/diff.js.
// - the dynamic import() calls in src/ name those files, so each bundle loads the next by the same
//   relative path it used in dist/ (see LAZY below).
// - commander requires node:child_process at load time for executable subcommands, which treaty does not
//   use; it gets that module only if it ever asks for it.
import { build } from 'esbuild';

const OUT = 'dist/bundle';

/** Every module src/ loads with import(): the specifier as written, and the bundle built for it. */
const LAZY = [
  ...['diff', 'list', 'show', 'validate', 'schema'].map((name) => ({
    specifier: `./commands/${name}.js`,
    entry: `dist/cli/commands/${name}.js`,
    out: `commands/${name}`,
  })),
  { specifier: './parse-treaty.js', entry: 'dist/corpus/parse-treaty.js', out: 'lazy/parse-treaty' },
  { specifier: '../../render/diff-side-by-side.js', entry: 'dist/render/diff-side-by-side.js', out: 'lazy/diff-side-by-side' },
  { specifier: 'chalk', entry: 'chalk', out: 'lazy/chalk' },
];

const lazyImports = {
  name: 'treaty-lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const lazy = LAZY.find((l) => l.specifier === args.path);
      if (lazy) {
        // Bundles sit in OUT/ (main) or one folder below (commands/, lazy/): the path is relative to the importer's bundle.
        const fromMain = args.importer.includes('/dist/cli/') && !args.importer.includes('/dist/cli/commands/');
        return { path: `${fromMain ? './' : '../'}${lazy.out}.js`, external: true };
      }
      throw new Error(`bundle: no bundle declared for import(${JSON.stringify(args.path)}) in ${args.importer}`);
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

const entryPoints = { main: 'dist/cli/main.js', ...Object.fromEntries(LAZY.map((l) => [l.out, l.entry])) };

await build({
  entryPoints,
  outdir: OUT,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.TREATY_BUNDLE_DEBUG ? false : true,
  minifyWhitespace: true,
  minifySyntax: true,
  // jsonc-parser's "main" is a UMD build that loads its parts with a dynamic require(); its ESM build
  // bundles cleanly.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (commander, cli-table3) require Node built-ins; an ES module needs a require().
  banner: { js: "import { createRequire as __treatyRequire } from 'node:module'; const require = __treatyRequire(import.meta.url);" },
  plugins: [lazyImports, deferChildProcess],
  legalComments: 'linked',
  logLevel: 'warning',
});
