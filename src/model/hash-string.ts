// A fast 32-bit hash of a string's UTF-16 code units, for hash tables over typed arrays (interned terms,
// the buckets of the word diff's edit bound). Not for anything that must resist a chosen collision unless
// seeded at random, as TermTable is.

/** Seeded FNV-1a over UTF-16 code units, then MurmurHash3's final mix, so that the low bits vary too. */
export function hashString(text: string, seed = 0): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
