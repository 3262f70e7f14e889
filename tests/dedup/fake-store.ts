import { FingerprintMemo } from '../../src/dedup/index.js';
import type { NormalisedItem, StoredItem } from '../../src/model/item.js';
import { applyItems } from '../../src/pipeline/apply.js';
import { emptySourceState, mostKeysShared, type SourceState, type StoreTx } from '../../src/store/index.js';

/** An in-memory StoreTx with lowdb's indexes: id → item, key → id, tombstoned keys. */
export class MemoryTx implements StoreTx {
  readonly byId = new Map<string, StoredItem>();
  readonly byKey = new Map<string, string>();
  readonly tombstones = new Set<string>();
  readonly states = new Map<string, SourceState>();

  async findByKeys(keys: string[]): Promise<StoredItem[]> {
    const ids = new Set(keys.map((k) => this.byKey.get(k)).filter((id): id is string => !!id));
    return [...ids].map((id) => this.byId.get(id)).filter((i): i is StoredItem => !!i);
  }
  async findSimilar(keys: string[], limit: number): Promise<StoredItem[]> {
    return mostKeysShared(await this.findByKeys(keys), keys, limit);
  }
  async isTombstoned(keys: string[]): Promise<boolean> {
    return keys.some((k) => this.tombstones.has(k));
  }
  async putItem(item: StoredItem): Promise<void> {
    this.byId.set(item.id, item);
    for (const k of item.keys) this.byKey.set(k, item.id);
  }
  async removeItems(which: { ids: readonly string[] } | { source: string }): Promise<string[]> {
    const ids =
      'ids' in which
        ? which.ids.filter((id) => this.byId.has(id))
        : this.items()
            .filter((i) => i.origins.some((o) => o.source === which.source))
            .map((i) => i.id);
    for (const id of ids) this.remove(id);
    return ids;
  }
  async getSourceState(id: string): Promise<SourceState> {
    return this.states.get(id) ?? emptySourceState();
  }
  async setSourceState(id: string, state: SourceState): Promise<void> {
    this.states.set(id, state);
  }
  /** Expire an item as retention does: gone, its keys tombstoned. */
  remove(id: string): void {
    const item = this.byId.get(id);
    if (!item) return;
    this.byId.delete(id);
    for (const k of item.keys) {
      this.tombstones.add(k);
      if (this.byKey.get(k) === id) this.byKey.delete(k);
    }
  }
  items(): StoredItem[] {
    return [...this.byId.values()];
  }
}

/**
 * Feeds each source's batch through the pipeline into a fresh store, in order, at `now`; the
 * stored stories as lists of "source#guid" of the items merged into each.
 */
export async function storyIds(batches: [string, NormalisedItem[]][], now: string): Promise<string[][]> {
  const tx = new MemoryTx();
  const memo = new FingerprintMemo();
  for (const [source, items] of batches)
    await applyItems(tx, items, { sourceKey: source, source: null, fetchedAt: now }, now, memo);
  return tx.items().map((s) => s.origins.map((o) => `${o.source}#${o.guid}`));
}
