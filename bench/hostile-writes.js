// Placeholder: the write cases (no-clobber race, signals, --into) are added with their fixes.
export const WRITE_CASES = [];
