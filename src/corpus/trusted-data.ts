// Files that the build already validated in full can skip the schema at run time: loading zod costs
// more start-up time than the whole of `treaty diff 1961 2024` may take. The build records a fingerprint
// of every bundled treaty file that passed `treaty validate` (dist/trusted-data.json); a file whose text
// still has that fingerprint is read with JSON.parse alone. Any edit changes the fingerprint, and the file
// goes through the schema again like any user's file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Treaty } from '../model/treaty.js';
import { packageRoot } from '../package-root.js';
import { applyDefaults, type DefaultRule } from './schema-defaults.js';

interface Trusted {
  readonly fingerprints: ReadonlySet<string>;
  /** Cue patterns of the bundled lexicon, each found usable by the build's full check. */
  readonly cuePatterns: readonly string[];
  /** Byte lengths of the trusted files: a file of any other length is not hashed at all. */
  readonly lengths: ReadonlySet<number>;
  /** The treaty schema's defaults, derived from it by the build (schema-defaults.ts). */
  readonly defaults: readonly DefaultRule[];
}

let trusted: Trusted | undefined;

function trustedFingerprints(): Trusted {
  if (trusted) return trusted;
  let fingerprints: string[] = [];
  let cuePatterns: string[] = [];
  let defaults: DefaultRule[] = [];
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string') : []);
  try {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'trusted-data.json'), 'utf8')) as { fingerprints?: unknown; cuePatterns?: unknown; defaults?: unknown };
    // Without the schema's defaults a trusted file could not be read as the schema reads it: trust nothing.
    if (Array.isArray(manifest.defaults)) {
      defaults = manifest.defaults as DefaultRule[];
      fingerprints = strings(manifest.fingerprints);
    }
    cuePatterns = strings(manifest.cuePatterns);
  } catch {
    // No manifest (a build without one, or a library user's copy): nothing is trusted.
  }
  trusted = { fingerprints: new Set(fingerprints), cuePatterns, defaults, lengths: new Set(fingerprints.map((f) => Number.parseInt(f.split('-')[0] ?? '', 16))) };
  return trusted;
}

/**
 * Two 32-bit multiplicative hashes of the UTF-8 bytes, four bytes at a time, and the length: enough to
 * notice any edit (this guards against accidents, not attackers: whoever can edit the file can edit the
 * manifest too). Word-at-a-time because this runs cold, before the JIT has warmed up, on every start.
 */
export function fingerprint(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const words = new Uint32Array(bytes.buffer, 0, bytes.length >>> 2);
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as number;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ (w >>> 7), 0x5bd1e995) ^ (b >>> 13);
  }
  for (let i = words.length << 2; i < bytes.length; i++) {
    a = Math.imul(a ^ (bytes[i] as number), 0x01000193);
    b = Math.imul(b ^ (bytes[i] as number), 0x5bd1e995) ^ (b >>> 13);
  }
  return `${bytes.length.toString(16)}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;
}

/** Cue patterns the build checked in full and found usable (see trustCuePatterns in compile-lexicon.ts). */
export function trustedCuePatterns(): readonly string[] {
  return trustedFingerprints().cuePatterns;
}

/** The text's fingerprint if the build validated exactly this text, else undefined. */
export function trustedFingerprint(text: string): string | undefined {
  const { fingerprints, lengths } = trustedFingerprints();
  // The fingerprint starts with the byte length, and counting bytes is cheaper than hashing them: a
  // corpus of 5,000 files of the user's own spends no time hashing.
  if (!lengths.has(Buffer.byteLength(text, 'utf8'))) return undefined;
  const print = fingerprint(text);
  return fingerprints.has(print) ? print : undefined;
}

/**
 * A validated file's JSON as a Treaty: the schema's defaults, as the build derived them from the schema,
 * filled in. test/corpus/trusted-data.test.ts checks this against the schema's own output.
 */
export function readTrusted(text: string): Treaty {
  return applyDefaults(JSON.parse(text) as Treaty, trustedFingerprints().defaults);
}
