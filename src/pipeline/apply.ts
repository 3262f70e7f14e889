import type { SourceDef } from '../config/index.js';
import type { StoreTx } from '../store/index.js';
import type { NormalisedItem, Origin, StoredItem } from '../model/item.js';
import {
  alsoCarriedBy,
  dedupKeys,
  createStoredItem,
  mergeIntoStored,
  findNearDuplicates,
  keepingReplaced,
  nearDupKeys,
  type FingerprintMemo,
  repeatedParagraphs,
  withEvidence,
} from '../dedup/index.js';
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

type Outcome = 'created' | 'updated' | 'unchanged' | 'tombstoned';

/**
 * The layers, in order of trust: the source's guid, the canonical URL and the exact content hash
 * (identity keys: one index hit each); then, for an item none of them knows, near-duplicate
 * detection across sources (MinHash LSH band keys, verified by comparing fingerprints). Band keys
 * are stored as item keys after the identity keys, so the item's id (from its first key) never
 * depends on them.
 */
interface Batch {
  tx: StoreTx;
  now: string;
  /** Paragraphs repeated across the document's items: boilerplate, left out of fingerprints. */
  furniture: ReadonlySet<string>;
  memo: FingerprintMemo;
  /** The newest sort date in the store before this batch: undated items never sort above it. */
  newest: string | null;
}

/** An incoming item with its identity keys and similarity keys, worked out before any lookup. */
interface Prepared {
  item: NormalisedItem;
  keys: string[];
  near: ReturnType<typeof nearDupKeys>;
}

async function applyOne(
  { tx, now, furniture, memo, newest }: Batch,
  { item, keys, near: probe }: Prepared,
  tags: StoredItem['tags'],
  origin: Origin,
): Promise<Outcome> {
  const allKeys = [...keys, ...probe.bands.filter((k) => !keys.includes(k))];
  const [known] = await tx.findByKeys(keys);
  // Deleted or expired stories stay gone: their identity keys are tombstoned.
  if (!known && (await tx.isTombstoned(keys))) return 'tombstoned';
  const found = known
    ? { closest: known, carriedBy: [], joined: [] }
    : await findNearDuplicates(tx, probe, origin.source, memo);
  if (found) {
    const { closest: existing, carriedBy, joined } = found;
    // Stories stored apart that this item carries too list it among their sources (ids stay).
    for (const other of carriedBy) {
      const listed = alsoCarriedBy(other, [origin]);
      if (listed) await tx.putItem(listed);
    }
    // Stories stored apart that this item shows to be one list each other's sources too.
    for (const other of joined) {
      const listed = alsoCarriedBy(other, [...existing.origins, origin]);
      if (listed) await tx.putItem(listed);
    }
    const merged = mergeIntoStored(existing, item, allKeys, tags, origin, now);
    const joinedOrigins = joined.flatMap((o) => o.origins);
    if (!merged) {
      const listed = alsoCarriedBy(existing, joinedOrigins);
      if (!listed) return 'unchanged';
      await tx.putItem(listed);
      return 'updated';
    }
    // Another source's wording is kept, and a replaced version's: the next copy may share its text
    // with that one only.
    const kept = withEvidence(keepingReplaced(existing, merged), item, origin.source, furniture);
    await tx.putItem(alsoCarriedBy(kept, joinedOrigins) ?? kept);
    return 'updated';
  }
  const created = createStoredItem(item, allKeys, tags, origin, now, newest);
  memo.remember(created, probe.fp);
  await tx.putItem(created);
  return 'created';
}

/**
 * Dedup, tag and store normalised items inside a transaction. Items already stored (by guid,
 * canonical URL, content hash or as a near-duplicate) are merged, never duplicated; tombstoned ones
 * stay gone.
 */
export async function applyItems(
  tx: StoreTx,
  items: NormalisedItem[],
  origin: { sourceKey: string; source: SourceDef | null; fetchedAt: string },
  now: string,
  memo: FingerprintMemo,
  newest: string | null = null,
): Promise<ApplyCounts> {
  const counts = zero();
  const seenInBatch = new Set<string>();
  // Paragraphs repeated across this document's items are boilerplate, not story.
  const batch: Batch = { tx, now, furniture: repeatedParagraphs(items), memo, newest };
  const prepared = items.map((item) => ({
    item,
    keys: dedupKeys(item, origin.sourceKey),
    near: nearDupKeys(item, batch.furniture),
  }));
  // Every lookup of this document in one read, where the store pays a round trip per lookup.
  await tx.prefetch?.(prepared.flatMap((p) => [...p.keys, ...p.near.bands]));
  for (const p of prepared) {
    const { item, keys } = p;
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
    const outcome = await applyOne(batch, { ...p, item: withSection }, tags, o);
    if (outcome === 'created') counts.created++;
    if (outcome === 'updated') counts.updated++;
  }
  return counts;
}
