// Characters that take no space and show nothing: Unicode's Default_Ignorable_Code_Point property (UAX #44,
// DerivedCoreProperties.txt) plus the interlinear annotation controls U+FFF9–FFFB, which are invisible
// format characters too. Text can hide in them: tag characters (U+E0020–E007F) spell ASCII no one sees,
// a run of variation selectors carries arbitrary bytes after one emoji, a Hangul filler (U+3164) is a
// "blank" name. One definition serves validation (src/validate/check-strings.ts), terminal output
// (src/render/terminal-text.ts), JSON output (src/render/stringify-json.ts) and export.
//
// The ranges are written out rather than matched with \p{Default_Ignorable_Code_Point}: V8 spends about a
// millisecond building a property class, and terminal-text.ts is on every command's start-up path.
// test/model/invisible-characters.test.ts checks the list against the property in the running Node.

/** Every Default_Ignorable_Code_Point and U+FFF9–FFFB, as the body of a character class (for the `u` flag). */
export const INVISIBLE_CLASS =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164' +
  '\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFFB\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E0FFF}';

/**
 * Groups of invisible characters with their own rule. Those not listed are errors wherever they are; the
 * first four groups already have codes of their own (`zero-width`, `bidi-control`).
 */
export type InvisibleKind =
  | 'zero-width' // U+200B, U+2060–2064, U+206A–206F, U+FEFF, U+180E: `zero-width` errors
  | 'joiner' // ZWNJ U+200C, ZWJ U+200D: Persian, Indic scripts, emoji sequences need them (warnings)
  | 'bidi-format' // embeddings, overrides, isolates: `bidi-control` errors
  | 'bidi-mark' // LRM, RLM, ALM: Arabic and Hebrew text needs them (warnings)
  | 'variation-selector' // U+FE00–FE0F, U+E0100–E01EF
  | 'mongolian-selector' // free variation selectors U+180B–180D, U+180F: Mongolian needs them (warnings)
  | 'tag' // U+E0001, U+E0020–E007F
  | 'hangul-filler' // U+115F, U+1160, U+3164, U+FFA0
  | 'soft-hyphen' // U+00AD
  | 'grapheme-joiner' // U+034F
  | 'khmer-inherent-vowel' // U+17B4, U+17B5: discouraged by Unicode itself
  | 'annotation' // U+FFF9–FFFB
  | 'format' // shorthand and musical format controls
  | 'unassigned'; // reserved default-ignorable code points

export function invisibleKind(cp: number): InvisibleKind {
  if (cp === 0x200b || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206a && cp <= 0x206f) || cp === 0xfeff || cp === 0x180e) return 'zero-width';
  if (cp === 0x200c || cp === 0x200d) return 'joiner';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi-format';
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi-mark';
  if (isVariationSelector(cp)) return 'variation-selector';
  if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) return 'mongolian-selector';
  if (cp === 0xe0001 || (cp >= 0xe0020 && cp <= 0xe007f)) return 'tag';
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return 'hangul-filler';
  if (cp === 0x00ad) return 'soft-hyphen';
  if (cp === 0x034f) return 'grapheme-joiner';
  if (cp === 0x17b4 || cp === 0x17b5) return 'khmer-inherent-vowel';
  if (cp >= 0xfff9 && cp <= 0xfffb) return 'annotation';
  if ((cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a)) return 'format';
  return 'unassigned';
}

export function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** Kinds a valid text may contain, with a warning: scripts need them. */
export function isNeededByScripts(kind: InvisibleKind): boolean {
  return kind === 'joiner' || kind === 'bidi-mark' || kind === 'mongolian-selector';
}

/**
 * A variation selector has a job only straight after the character it selects a form of (VS16 makes ❤
 * an emoji, VS1–VS256 pick a glyph of a CJK ideograph): one there is kept everywhere. One with nothing
 * to select — at the start, after a space, a control, an invisible character or another selector — is
 * invisible padding, or a payload (bytes hidden as a run of selectors after one emoji).
 */
export function isSelectingVariation(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const before = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? (text.codePointAt(index - 2) ?? low) : low;
  if (before <= 0x20 || (before >= 0x7f && before <= 0xa0) || /\s/u.test(String.fromCodePoint(before))) return false;
  return !isInvisibleCodePoint(before);
}

/** Whether `cp` is one of {@link INVISIBLE_CLASS}. */
export function isInvisibleCodePoint(cp: number): boolean {
  return (
    cp === 0x00ad || cp === 0x034f || cp === 0x061c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfffb) || (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** Whether the invisible character at `index` (code point `cp`) may stand in a valid text: a selector in place, or one scripts need. */
export function isAllowedInvisible(text: string, index: number, cp: number): boolean {
  const kind = invisibleKind(cp);
  return isNeededByScripts(kind) || (kind === 'variation-selector' && isSelectingVariation(text, index));
}
