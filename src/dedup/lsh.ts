import { hashSet } from './hash.js';
import type { Token } from './tokens.js';

/**
 * Banded MinHash LSH over an article's whole vocabulary. Each band is a few MinHash values of the
 * word set; two articles share a band with probability J^ROWS (J: Jaccard similarity of their words),
 * so with BANDS bands a pair is a candidate with probability 1 − (1 − J^ROWS)^BANDS: 0.95 at J = 0.3,
 * 0.997 at J = 0.4, 0.12 at J = 0.06 (unrelated stories). Band keys are stored as ordinary item keys
 * (`lsh:<band>:<hex>`), so a lookup is a fixed number of key-index hits whatever the store's size.
 */
export const BANDS = 32;
export const ROWS = 2;
const HASHES = BANDS * ROWS;

/**
 * Passage keys: the same idea per passage (two neighbouring paragraphs) of the first few, with one
 * MinHash value per key. A short version (a radio item, a two-paragraph brief) or a copy under a
 * local intro shares a passage with the original even when their whole vocabularies overlap little:
 * a passage with word Jaccard J shares each key with probability J, so at J = 0.3 one of eight
 * keys with probability 0.94, and a copied passage shares them all.
 */
export const PASSAGE_HASHES = 16;
const PASSAGE_WINDOWS = 5;
const MIN_PASSAGE_WORDS = 6;

/** A 32-bit avalanche mix (murmur3 finaliser): turns one word hash into many independent ones. */
function mix(x: number, seed: number): number {
  let h = (x ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a set of word hashes: per hash function, the smallest value of any word. */
export function minhash(words: Iterable<number>, hashes = HASHES, firstSeed = 1): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const base of words) {
    for (let i = 0; i < hashes; i++) {
      const v = mix(base, firstSeed + i);
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** The band keys of a signature, one per band. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let value = '';
    for (let r = 0; r < ROWS; r++) value += hex(sig[b * ROWS + r] ?? 0);
    keys.push(`lsh:${b}:${value}`);
  }
  return keys;
}

/** Passage keys (`lsh:p<i>:<hex>`) of a text's first passages, without repeats. */
export function passageKeys(paragraphs: readonly (readonly Token[])[]): string[] {
  const keys = new Set<string>();
  const windows = Math.max(1, Math.min(PASSAGE_WINDOWS, paragraphs.length - 1));
  for (let w = 0; w < windows; w++) {
    const words = hashSet([...(paragraphs[w] ?? []), ...(paragraphs[w + 1] ?? [])].map((t) => t.stem));
    if (words.length < MIN_PASSAGE_WORDS) continue;
    minhash(words, PASSAGE_HASHES, HASHES + 1).forEach((v, i) => keys.add(`lsh:p${i}:${hex(v)}`));
  }
  return [...keys];
}

/**
 * Figure keys: one per pair of an item's telling figures (counts, amounts, clock times; see
 * Fingerprint.figures), when it states a few. A rewrite in the outlet's own sentences may share
 * too few words for any band or passage key (a declining language words each sentence anew), but
 * it keeps the report's figures, and two of them single out one event. A results item states many
 * figures (a draw, a table of rates) and gets none: its copies share their text.
 */
const MAX_KEYED_FIGURES = 8;

export function figureKeys(figures: Uint32Array): string[] {
  if (figures.length < 2 || figures.length > MAX_KEYED_FIGURES) return [];
  const keys: string[] = [];
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++)
      keys.push(`lsh:f:${hex(figures[i] ?? 0)}${hex(figures[j] ?? 0)}`);
  return keys;
}

/** Similarity keys (whole-text bands and passage keys) are not identity: never tombstoned. */
export const isBandKey = (key: string): boolean => key.startsWith('lsh:');
