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

/**
 * Columns output may be wrapped to (`--width`, `$COLUMNS`, the terminal). Below 40 a side-by-side column
 * holds a word or two; above 1000 no screen shows a line whole, and a width taken from a mistyped flag or
 * variable (100,000,000) made the renderers build lines and padding that large until V8 ran out of memory.
 */
export const MIN_WIDTH = 40;
export const MAX_WIDTH = 1000;
