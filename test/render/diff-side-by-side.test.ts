// The side-by-side diff, exactly: a small synthetic comparison with and without colour, and the headline
// comparison against its output from before the table was drawn without cli-table3 (golden/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStyles } from '../../src/cli/terminal.js';
import { compareTreaties } from '../../src/index.js';
import { renderDiffSideBySide } from '../../src/render/diff-side-by-side.js';
import { plainStyles } from '../../src/render/styles.js';
import { displayWidth } from '../../src/render/terminal-text.js';
import { lexiconOrThrow, loadOrThrow, smallTreaty } from '../helpers/library.js';

const golden = (name: string) => readFileSync(new URL(`golden/${name}`, import.meta.url), 'utf8');

async function synthetic(colour: boolean, width: number): Promise<string> {
  const c = compareTreaties(
    smallTreaty('old', [['The Parties shall immediately consult each other on any matter.'], ['Each Party shall notify the other in writing.']]),
    smallTreaty('new', [['The Parties shall consult each other without delay on any matter.'], ['Each Party shall notify the other in writing.'], ['Either Party may denounce this Treaty.']]),
    { lexicon: await lexiconOrThrow() },
  );
  if (!c.ok) throw new Error('comparison failed');
  return renderDiffSideBySide(c.value, { styles: colour ? await createStyles(true) : plainStyles, colour, width });
}

describe('renderDiffSideBySide', () => {
  it('draws a small comparison exactly', async () => {
    expect(await synthetic(false, 60)).toBe(
      [
        '--- old = old: old [en, authentic]',
        '+++ new = new: new [en, authentic]',
        '',
        '2 linked · 1 identical · 1 modified · 0 only in old · 1 only',
        'in new · overlap 0.52',
        '1 identical clause in place not shown (--unchanged shows',
        'them)',
        '┌────────────────────────────┬────────────────────────────┐',
        '│ old                        │ new                        │',
        '├────────────────────────────┼────────────────────────────┤',
        '│ Art. 1                     │ Art. 1 (modified · overlap │',
        '│ The Parties shall          │ 0.52)                      │',
        '│ [-immediately-] consult    │ The Parties shall consult  │',
        '│ each other on any matter.  │ each other {+without       │',
        '│                            │ delay+} on any matter.     │',
        '│ · timing reworded (immediately → without delay)         │',
        '│ · procedure kept — consultation: “consult”              │',
        '│                            │                            │',
        '│ (no counterpart found)     │ Art. 3                     │',
        '│                            │ Either Party may denounce  │',
        '│                            │ this Treaty.               │',
        '└────────────────────────────┴────────────────────────────┘',
      ].join('\n') + '\n',
    );
  });

  it('keeps a wrapped style on each of its lines and out of the borders', async () => {
    expect(await synthetic(true, 60)).toBe(
      [
        '\u001b[31m\u001b[9m--- old = old: old [en, authentic]\u001b[29m\u001b[39m',
        '\u001b[32m+++ new = new: new [en, authentic]\u001b[39m',
        '',
        '2 linked · 1 identical · 1 modified · 0 only in old · 1 only',
        'in new · overlap 0.52',
        '\u001b[2m1 identical clause in place not shown (--unchanged shows\u001b[22m',
        '\u001b[2mthem)\u001b[22m',
        '┌────────────────────────────┬────────────────────────────┐',
        '│ \u001b[1mold\u001b[22m                        │ \u001b[1mnew\u001b[22m                        │',
        '├────────────────────────────┼────────────────────────────┤',
        '│ \u001b[1mArt. 1\u001b[22m                     │ \u001b[1mArt. 1\u001b[22m \u001b[2m(modified · overlap\u001b[22m │',
        '│ The Parties shall          │ \u001b[2m0.52)\u001b[22m                      │',
        '│ \u001b[31m\u001b[9m\u001b[4mimmediately\u001b[24m\u001b[29m\u001b[39m \u001b[4mconsult\u001b[24m each   │ The Parties shall \u001b[4mconsult\u001b[24m  │',
        '│ other on any matter.       │ each other \u001b[32m\u001b[4mwithout\u001b[24m\u001b[39m \u001b[32m\u001b[4mdelay\u001b[24m\u001b[39m   │',
        '│                            │ on any matter.             │',
        '│ · timing reworded (immediately → without delay)         │',
        '│ · procedure kept — consultation: “consult”              │',
        '│                            │                            │',
        '│ \u001b[2m(no counterpart found)\u001b[22m     │ \u001b[1mArt. 3\u001b[22m                     │',
        '│                            │ Either Party may denounce  │',
        '│                            │ this Treaty.               │',
        '└────────────────────────────┴────────────────────────────┘',
      ].join('\n') + '\n',
    );
  });

  it.each([
    [80, false, 'side-by-side-1961-2024-w80.txt'],
    [40, true, 'side-by-side-1961-2024-w40-unchanged.txt'],
  ])('draws 1961 → 2024 at %i columns as before', async (width, unchanged, file) => {
    const [left, right, lexicon] = await Promise.all([loadOrThrow('1961'), loadOrThrow('2024'), lexiconOrThrow()]);
    const c = compareTreaties(left, right, { lexicon });
    if (!c.ok) throw new Error('comparison failed');
    const out = renderDiffSideBySide(c.value, { styles: plainStyles, colour: false, width, unchanged });
    expect(out).toBe(golden(file));
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});
