import type { SourceDef } from '../config/index.js';
import type { StoreTx } from '../store/index.js';
import type { NormalisedItem, Origin } from '../model/item.js';
import { dedupKeys, createStoredItem, mergeIntoStored } from '../dedup/index.js';
import { tagsFor } from '../tagging/index.js';

export interface ApplyCounts {
  seen: number;
  created: number;
  updated: number;
}

export const zero = (): ApplyCounts => ({ seen: 0, created: 0, updated: 0 });
export const add = (a: ApplyCounts, b: ApplyCounts): ApplyCounts => ({
  seen: a.seen + b.seen,
  created: a.created + b.created,
  updated: a.updated + b.updated,
});

/**
 * Dedup, tag and store normalised items inside a transaction. Items already stored (by guid,
 * canonical URL or content hash) are merged, never duplicated; tombstoned ones stay gone.
 */
export async function applyItems(
  tx: StoreTx,
  items: NormalisedItem[],
  origin: { sourceKey: string; source: SourceDef | null; fetchedAt: string },
  now: string,
): Promise<ApplyCounts> {
  const counts = zero();
  const seenInBatch = new Set<string>();
  for (const item of items) {
    const keys = dedupKeys(item, origin.sourceKey);
    // The same entry twice in one document is one entry.
    if (keys[0] && seenInBatch.has(keys[0])) continue;
    if (keys[0]) seenInBatch.add(keys[0]);
    counts.seen++;
    const tags = tagsFor(item, {
      defaultSection: origin.source?.section ?? null,
      sourceTags: origin.source?.tags ?? [],
    });
    const withSection: NormalisedItem = { ...item, section: item.section ?? origin.source?.section ?? null };
    const o: Origin = {
      source: origin.sourceKey,
      guid: item.guid,
      url: item.url,
      fetchedAt: origin.fetchedAt,
    };
    const [existing] = await tx.findByKeys(keys);
    if (existing) {
      const merged = mergeIntoStored(existing, withSection, keys, tags, o, now);
      if (merged) {
        await tx.putItem(merged);
        counts.updated++;
      }
      continue;
    }
    if (await tx.isTombstoned(keys)) continue;
    await tx.putItem(createStoredItem(withSection, keys, tags, o, now));
    counts.created++;
  }
  return counts;
}
