// Names of the published JSON Schemas, kept apart from their zod definitions so that the CLI can list them
// without loading zod.
export const SCHEMA_NAMES = ['treaty', 'lexicon', 'list', 'show', 'validate', 'diff', 'qualifiers'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
