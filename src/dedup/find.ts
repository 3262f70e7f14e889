import type { NormalisedItem, StoredItem } from '../model/item.js';
import type { StoreTx } from '../store/index.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { bandKeys, minhash } from './lsh.js';
import { NEAR_DUP, compareFingerprints, jaccard } from './near-duplicate.js';

/**
 * Fingerprints of stored items by id and version, most recently used last. A store transaction
 * hands out fresh copies of items, so the cache is keyed by identity, not by object; a bounded
 * size keeps memory flat (a fingerprint is a few hundred bytes of hashes).
 */
const CACHE_SIZE = 20_000;
const cache = new Map<string, Fingerprint>();
const cacheKey = (item: StoredItem): string => `${item.id}|${item.modified}|${item.contentHash}`;

function remember(key: string, fp: Fingerprint): void {
  cache.delete(key);
  cache.set(key, fp);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
}

function storedFingerprint(item: StoredItem): Fingerprint {
  const key = cacheKey(item);
  const fp = cache.get(key) ?? fingerprint(item);
  remember(key, fp);
  return fp;
}

/** Remember the fingerprint a new item was stored with (its boilerplate already left out). */
export function rememberFingerprint(item: StoredItem, fp: Fingerprint): void {
  remember(cacheKey(item), fp);
}

/** At most this many candidates are verified: the per-item cost stays flat as the store grows. */
const MAX_VERIFIED = 8;

/**
 * Candidates ranked by how many band keys they share with the incoming item (an estimate of
 * their word overlap: a copy shares about 32·J² bands, an unrelated story one by chance), cut to
 * MAX_VERIFIED. The sort is stable, so among equals the key index's order is kept.
 */
function mostSimilarFirst(candidates: StoredItem[], bands: string[]): StoredItem[] {
  if (candidates.length <= MAX_VERIFIED) return candidates;
  const wanted = new Set(bands);
  const shared = (item: StoredItem): number => item.keys.reduce((n, k) => n + (wanted.has(k) ? 1 : 0), 0);
  return candidates
    .map((item) => ({ item, n: shared(item) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_VERIFIED)
    .map((c) => c.item);
}

/** An incoming item's fingerprint and LSH band keys (none when it is too short to compare). */
export function nearDupKeys(
  item: NormalisedItem,
  furniture?: ReadonlySet<string>,
): { fp: Fingerprint; bands: string[] } {
  const fp = fingerprint(item, furniture);
  const bands = fp.words.length >= NEAR_DUP.minWords ? bandKeys(minhash(fp.words)) : [];
  return { fp, bands };
}

/**
 * The stored item an incoming one is a near-duplicate of, or null. Candidates come from the LSH
 * band keys (at most one item per band, so the cost does not grow with the store); each is verified
 * by comparing fingerprints, and the closest verified one wins. Against an item from the same
 * source the bar is higher: a later version keeps most of its words, whereas two stories from one
 * source share its boilerplate (about-us notes, contacts) however different they are.
 */
export async function findNearDuplicate(
  tx: StoreTx,
  fp: Fingerprint,
  bands: string[],
  sourceKey: string,
): Promise<StoredItem | null> {
  if (!bands.length) return null;
  let best: { item: StoredItem; score: number } | null = null;
  for (const candidate of mostSimilarFirst(await tx.findByKeys(bands), bands)) {
    const other = storedFingerprint(candidate);
    const v = compareFingerprints(fp, other);
    if (!v.same) continue;
    const sameSource = candidate.origins.some((o) => o.source === sourceKey);
    if (sameSource && jaccard(fp.words, other.words) < NEAR_DUP.minSameSourceJaccard) continue;
    if (!best || v.score > best.score) best = { item: candidate, score: v.score };
  }
  return best?.item ?? null;
}
