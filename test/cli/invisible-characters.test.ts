// Invisible characters outside the old blocklist (tag characters, Hangul fillers, interlinear annotation
// controls, soft hyphen, grapheme joiner) through the real CLI: validate reports each, show marks each,
// JSON escapes each. One treaty holds them all, one paragraph each; each command runs once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedTreaty } from '../../bench/hostile-cases.js';
import type { ShowOutput } from '../../src/contract/show-output.js';
import type { ValidateOutput } from '../../src/contract/validate-output.js';
import { tempDir } from '../helpers/bad-input.js';
import { type CliRun, runCliInProcess } from '../helpers/run-cli.js';

const CASES: ReadonlyArray<readonly [name: string, char: string, mark: string]> = [
  ['tag characters (ASCII smuggling)', '\u{E0001}\u{E0068}\u{E0069}', '<U+E0001><U+E0068><U+E0069>'],
  ['a Hangul filler', '\u3164', '<U+3164>'],
  ['an interlinear annotation anchor', '\uFFF9', '<U+FFF9>'],
  ['an interlinear annotation separator', '\uFFFA', '<U+FFFA>'],
  ['an interlinear annotation terminator', '\uFFFB', '<U+FFFB>'],
  ['a soft hyphen', '\u00AD', '<U+00AD>'],
  ['a combining grapheme joiner', '\u034F', '<U+034F>'],
];
const paragraphOf = (char: string) => `The Parties${char} shall consult.`;
const codePointOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

let file: string;
let validate: CliRun;
let show: CliRun;
let showJson: CliRun;
beforeAll(async () => {
  const paragraphs = CASES.map(([, char]) => paragraphOf(char));
  file = join(tempDir('treaty-invisible-'), 'invisible.json');
  writeFileSync(file, JSON.stringify(generatedTreaty({ id: 'invisible', articles: [{ number: '1', paragraphs }] }), null, 2));
  validate = await runCliInProcess(['validate', file, '--format', 'json']);
  show = await runCliInProcess(['show', file]);
  showJson = await runCliInProcess(['show', file, '--format', 'json']);
});

describe('invisible characters', () => {
  it('make validate fail, and show succeed', async () => {
    expect(validate.code).toBe(1);
    expect(show).toMatchObject({ code: 0, stderr: '' });
    expect(showJson).toMatchObject({ code: 0, stderr: '' });
  });

  it.each(CASES.map(([name, char, mark], i) => [name, char, mark, i] as const))('%s: validate reports it where it is', async (_name, char, _mark, i) => {
    const output = JSON.parse(validate.stdout) as ValidateOutput;
    const found = output.problems.filter((p) => p.pointer === `/texts/0/articles/0/paragraphs/${i}`);
    expect(found).toMatchObject([{ code: 'invisible-character', severity: 'error', line: expect.any(Number) }]);
    expect(found[0]?.message).toContain(`invisible character ${codePointOf(char)} (`);
  });

  it.each(CASES)('%s: show prints it as a mark', async (_name, char, mark) => {
    expect(show.stdout).toContain(paragraphOf(mark));
    expect(show.stdout).not.toContain(char);
  });

  it.each(CASES.map(([name, char], i) => [name, char, i] as const))('%s: show --format json escapes it and keeps it exact', async (_name, char, i) => {
    expect(showJson.stdout).not.toContain(char);
    const output = JSON.parse(showJson.stdout) as ShowOutput;
    expect(output.articles[0]?.paragraphs[i]?.text).toBe(paragraphOf(char));
  });
});
