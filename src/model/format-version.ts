// The treaty file format's version, kept apart from the zod schema so that code writing treaty data
// does not have to load zod.

/** Bumped when a data file written for an older version would no longer be read the same way. */
export const FORMAT_VERSION = 1;
