// schemaVersion of each JSON output, bumped on any incompatible change. Kept apart from the zod
// contracts so that renderers can stamp their output without loading zod.
export const LIST_SCHEMA_VERSION = 1;
export const SHOW_SCHEMA_VERSION = 1;
export const VALIDATE_SCHEMA_VERSION = 1;
export const QUALIFIERS_SCHEMA_VERSION = 1;
/** 2: qualifiers per link and across the texts compared. */
export const DIFF_SCHEMA_VERSION = 2;
