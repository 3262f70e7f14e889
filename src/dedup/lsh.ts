/**
 * Banded MinHash LSH. Each band is a few MinHash values of an article's word set; two articles
 * share a band with probability J^ROWS (J: Jaccard similarity of their words), so with BANDS bands
 * a pair is a candidate with probability 1 − (1 − J^ROWS)^BANDS: 0.95 at J = 0.3, 0.997 at J = 0.4,
 * 0.12 at J = 0.06 (unrelated stories). Band keys are stored as ordinary item keys
 * (`lsh:<band>:<hex>`), so a lookup is BANDS key-index hits whatever the store's size.
 */
export const BANDS = 32;
export const ROWS = 2;
const HASHES = BANDS * ROWS;

/** A 32-bit avalanche mix (murmur3 finaliser): turns one word hash into HASHES independent ones. */
function mix(x: number, seed: number): number {
  let h = (x ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => i + 1);

/** The MinHash signature of a set of word hashes: per hash function, the smallest value of any word. */
export function minhash(words: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const base of words) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(base, SEEDS[i] ?? 0);
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

/** The band keys of a signature, one per band. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let hex = '';
    for (let r = 0; r < ROWS; r++) hex += (sig[b * ROWS + r] ?? 0).toString(16).padStart(8, '0');
    keys.push(`lsh:${b}:${hex}`);
  }
  return keys;
}

export const isBandKey = (key: string): boolean => key.startsWith('lsh:');
