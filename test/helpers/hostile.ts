// The hostile fixture (test/fixtures/hostile) and the check that output is inert on a terminal. The fixture's
// treaties pass the schema but carry escape sequences, control, bidi and zero-width characters in every string
// a user sees; its plain texts are kept as JSON strings (so the fixture itself is safe to print) and written
// out as .txt files when a test needs them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TreatyInput } from '../../src/model/treaty.js';
import { ROOT } from './run-cli.js';

export const HOSTILE_DIR = `${ROOT}test/fixtures/hostile`;

export function hostileTreaty(id: 'hostile-old' | 'hostile-new'): TreatyInput {
  return JSON.parse(readFileSync(join(HOSTILE_DIR, 'treaties', `${id}.json`), 'utf8')) as TreatyInput;
}

export function hostileLexicon(): { categories: Array<{ label: string; cues: Record<string, Array<{ label?: string }>> }> } {
  return JSON.parse(readFileSync(join(HOSTILE_DIR, 'qualifiers.json'), 'utf8')) as ReturnType<typeof hostileLexicon>;
}

/** Writes the hostile plain texts into `dir` under the given names; returns their paths. */
export function writeHostilePlainTexts(dir: string, names = { old: 'hostile-old.txt', new: 'hostile-new.txt' }): { old: string; new: string } {
  const texts = JSON.parse(readFileSync(join(HOSTILE_DIR, 'plain-texts.json'), 'utf8')) as Record<string, string>;
  const paths = { old: join(dir, names.old), new: join(dir, names.new) };
  writeFileSync(paths.old, texts['hostile-old.txt'] as string);
  writeFileSync(paths.new, texts['hostile-new.txt'] as string);
  return paths;
}

// The colour codes our styles emit (chalk, level 1): bold, dim, underline, strikethrough, red, green,
// yellow, cyan and their resets. The fixture's own SGR sequences use other codes (blink, 256 colours,
// reset-all), so stripping exactly these cannot hide a leak; a leaked ESC of any kind is found below.
const OUR_SGR = /\u001b\[(?:1|2|4|9|22|24|29|31|32|33|36|39)m/g;

// C0 controls except line feed (tab included: its width depends on the cursor position, so it breaks
// wrapping and tables, and no renderer emits one), DEL, C1, the Unicode line and paragraph separators, and
// every invisible character: Default_Ignorable_Code_Point (zero-width and bidi formatting, tag characters,
// Hangul fillers …) and U+FFF9–FFFB. The fixture holds no variation selector, which may stand after a
// visible character.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}]/gu;

/**
 * What in `output` could drive a terminal: each offending character as U+XXXX with a little context.
 * Empty when the output is inert. With `colour`, our own style codes are allowed and nothing else is.
 */
export function terminalLeaks(output: string, colour: boolean): string[] {
  const text = colour ? output.replace(OUR_SGR, '') : output;
  return [...text.matchAll(UNSAFE)].map((m) => {
    const code = `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `${code} after ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index))}`;
  });
}

/**
 * The output has hostile text in it, made visible: ESC as a control picture (or as the JSON escape problem
 * messages quote it with) and an override as its code point. Proof that a run printed hostile strings at all.
 */
export function showsEscapedText(output: string): boolean {
  return (output.includes('␛') || output.includes('\\u001b')) && output.includes('U+202E');
}
