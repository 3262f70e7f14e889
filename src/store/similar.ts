import type { StoredItem } from '../model/item.js';

/**
 * The items holding the most of the given keys, most first, at most `limit`; ties keep the
 * candidates' order. This ranks near-duplicate candidates: an item sharing many similarity bands
 * with a new story is a likelier copy than one sharing a single band by chance. Counting uses the
 * item's own keys, not the index, whose band entries newer stories overwrite as the store grows
 * (a SQL adapter answers the same with GROUP BY item ORDER BY count(*) LIMIT n).
 */
export function mostKeysShared(
  candidates: Iterable<StoredItem>,
  keys: readonly string[],
  limit: number,
): StoredItem[] {
  const wanted = new Set(keys);
  const ranked: { item: StoredItem; n: number }[] = [];
  for (const item of candidates) {
    let n = 0;
    for (const k of item.keys) if (wanted.has(k)) n++;
    ranked.push({ item, n });
  }
  // Array.prototype.sort is stable: equal counts stay in candidate order.
  return ranked
    .sort((a, b) => b.n - a.n)
    .slice(0, limit)
    .map((r) => r.item);
}
