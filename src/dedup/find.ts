import type { NormalisedItem, StoredItem } from '../model/item.js';
import type { StoreTx } from '../store/index.js';
import { fingerprint, fingerprintOf, storyDate, storyTokens, type Fingerprint } from './fingerprint.js';
import { bandKeys, minhash, passageKeys } from './lsh.js';
import { NEAR_DUP, compareFingerprints, daysApart, jaccard } from './near-duplicate.js';

/**
 * Fingerprints of stored items by id and version, least recently used evicted first. A store
 * transaction hands out fresh copies of items, so entries are keyed by identity, not by object; the
 * bound keeps memory flat (a fingerprint is a few hundred bytes of hashes). One memo per store,
 * built at start-up with it: fingerprinting a stored item again is the main cost of a lookup.
 */
export class FingerprintMemo {
  readonly #entries = new Map<string, Fingerprint>();

  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.#entries.size;
  }

  static #key(item: StoredItem): string {
    return `${item.id}|${item.modified}|${item.contentHash}`;
  }

  /** The fingerprint of a stored item, computed once per version. */
  of(item: StoredItem): Fingerprint {
    const key = FingerprintMemo.#key(item);
    const fp = this.#entries.get(key) ?? fingerprint(item);
    this.#set(key, fp);
    return fp;
  }

  /** Remember the fingerprint an item was stored with (its boilerplate already left out). */
  remember(item: StoredItem, fp: Fingerprint): void {
    this.#set(FingerprintMemo.#key(item), fp);
  }

  #set(key: string, fp: Fingerprint): void {
    this.#entries.delete(key);
    this.#entries.set(key, fp);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value ?? '');
  }
}

/**
 * At most this many candidates are verified, those sharing the most similarity keys with the
 * incoming item (a copy shares about 32·J² bands and most passage keys, an unrelated story one or
 * two by chance): the per-item cost stays flat as the store grows.
 */
const MAX_VERIFIED = 8;

/**
 * An incoming item's fingerprint and similarity keys: whole-text bands and passage keys (none when
 * it is too short to compare).
 */
export function nearDupKeys(
  item: NormalisedItem,
  furniture?: ReadonlySet<string>,
): { fp: Fingerprint; bands: string[] } {
  const story = storyTokens(item, furniture);
  const fp = fingerprintOf(story, storyDate(item));
  const bands =
    fp.words.length >= NEAR_DUP.minWords
      ? // Numbers belong in the MinHash set: templated items differ by little else.
        [...bandKeys(minhash([...fp.words, ...fp.numbers])), ...passageKeys(story.paragraphs)]
      : [];
  return { fp, bands };
}

/**
 * The stored item an incoming one is a near-duplicate of, or null. Candidates come from the
 * similarity keys (at most one item per key, so the cost does not grow with the store); each is verified
 * by comparing fingerprints, and the closest verified one wins. Against an item from the same
 * source the bar is higher: a later version keeps most of its words, whereas two stories from one
 * source share its boilerplate (about-us notes, contacts) however different they are.
 */
export async function findNearDuplicate(
  tx: StoreTx,
  fp: Fingerprint,
  bands: string[],
  sourceKey: string,
  memo: FingerprintMemo,
): Promise<StoredItem | null> {
  if (!bands.length) return null;
  let best: { item: StoredItem; score: number } | null = null;
  for (const candidate of await tx.findSimilar(bands, MAX_VERIFIED)) {
    // The date rule needs no fingerprint: check it before computing one (most chance candidates
    // in a large store are older stories).
    if (daysApart(fp.date, storyDate(candidate))) continue;
    const other = memo.of(candidate);
    const v = compareFingerprints(fp, other);
    if (!v.same) continue;
    const sameSource = candidate.origins.some((o) => o.source === sourceKey);
    if (sameSource && jaccard(fp.words, other.words) < NEAR_DUP.minSameSourceJaccard) continue;
    if (!best || v.score > best.score) best = { item: candidate, score: v.score };
  }
  return best?.item ?? null;
}
