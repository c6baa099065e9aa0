// The build's output keeps the start-up path light: the bundles the headline command loads must not
// pull in what only other commands need. (Timing itself is measured by bench/run.js, not by tests.)
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const bundle = (name: string) => readFileSync(`${ROOT}dist/bundle/${name}`, 'utf8');

describe('the bundled CLI (npm test builds first)', () => {
  it.each(['main.cjs', 'commands/diff.cjs', 'commands/show.cjs', 'commands/list.cjs', 'commands/qualifiers.cjs'])(
    '%s does not contain zod, which only files from outside the validated corpus need',
    (name) => {
      expect(bundle(name)).not.toMatch(/ZodError|\$ZodType/);
    },
  );

  it('loads the schema check, colour, the table view and the text importer on demand', () => {
    for (const lazy of ['lazy/parse-document.cjs', 'lazy/chalk.cjs', 'lazy/diff-side-by-side.cjs', 'lazy/load-plain-text-file.cjs'])
      expect(existsSync(`${ROOT}dist/bundle/${lazy}`)).toBe(true);
    // The grid's crossing (┼, as esbuild escapes it): in the side-by-side bundle, not in the default view's.
    expect(bundle('lazy/diff-side-by-side.cjs')).toContain('\\u253C');
    expect(bundle('commands/diff.cjs')).not.toContain('\\u253C');
  });

  it('has code caches for the bundles the headline command loads', () => {
    for (const name of ['main.cjs', 'commands/diff.cjs']) expect(existsSync(`${ROOT}dist/bundle/${name}.cache`)).toBe(true);
  });
});
