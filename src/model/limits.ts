// The sizes treaty accepts, in one place so that the code, the schema and the README agree. Each is far
// beyond any real treaty (UNCLOS, the longest in ../shared/open-treaties, is a 0.6 MB file with 1,165
// clauses in its longest text and paragraphs of at most 18,515 characters) and low enough that the worst
// input within them runs in seconds and bounded memory rather than hanging (see README, "Limits").

/** Bytes in any file treaty reads: treaty JSON, plain-text imports, the qualifier lexicon. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Nesting of arrays and objects in a JSON file; deeper input is refused before a parser recurses into it. */
export const MAX_JSON_DEPTH = 64;

/** Characters (UTF-16 code units) in one paragraph. */
export const MAX_PARAGRAPH_CHARS = 100_000;

/** Clauses (preamble, article and closing paragraphs) of one text that `diff` aligns. */
export const MAX_CLAUSES = 10_000;

/** Characters in one qualifier cue pattern; the longest shipped cue has under 400. */
export const MAX_CUE_PATTERN_CHARS = 10_000;

/**
 * Nodes in one compiled qualifier cue, its lookarounds and whole-word edges included. Matching takes at
 * most a few steps per node and character of text, so this bounds the time per character; the largest
 * shipped cue (domestic-law, English, its counted repetitions spelt out) has under 400.
 */
export const MAX_CUE_SIZE = 1_000;

/**
 * Frames the cue matcher may keep per character of text for one cue (optional or alternative parts it can
 * pass without reading, and the like): this bounds its memory per character. Shipped cues need at most 26.
 */
export const MAX_CUE_FRAMES_PER_POSITION = 64;

/** Groups nested in one cue pattern; the cue compiler recurses on them. No shipped cue nests more than 4. */
export const MAX_CUE_NESTING = 32;

/**
 * Columns output may be wrapped to (`--width`, `$COLUMNS`, the terminal). Below 40 a side-by-side column
 * holds a word or two; above 1000 no screen shows a line whole, and a width taken from a mistyped flag or
 * variable (100,000,000) made the renderers build lines and padding that large until V8 ran out of memory.
 */
export const MIN_WIDTH = 40;
export const MAX_WIDTH = 1000;
