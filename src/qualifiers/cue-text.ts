// The text cue patterns are matched against: lower case, plain quotes and dashes, ё read as е, and every
// character where it was, so that a match's offsets are also offsets into the original clause.

import { unifyTypography } from '../align/normalise-text.js';

export function cueText(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing changes the length of a few characters ("İ"): then fall back to character by character.
  const sameLength =
    lower.length === text.length
      ? lower
      : Array.from(text, (c) => {
          const l = c.toLowerCase();
          return l.length === c.length ? l : c;
        }).join('');
  return unifyTypography(sameLength);
}
