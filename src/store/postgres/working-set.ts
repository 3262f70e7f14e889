import type { StoredItem } from '../../model/item.js';
import { isBandKey } from '../../dedup/lsh.js';
import { itemDate } from '../retention.js';

/** What one prefetch read: which stored items hold each key, their sort data and (mostly) docs. */
export interface PrefetchRows {
  hits: { key: string; id: string }[];
  items: { id: string; sortMs: number; doc: string | null }[];
  tombstoned: string[];
}

interface Entry {
  sortMs: number;
  /** The item as JSON text (a fresh copy is parsed for each reader), null until loaded. */
  doc: string | null;
  /** Prefetched keys this item holds (kept in step with its writes). */
  keys: Set<string>;
}

/** Band keys rank after identity keys (as in SQL.FIND_SIMILAR): their order starts here. */
const BAND_ORDER = 1_000_000;

const newestFirst = (a: { sortMs: number; id: string }, b: { sortMs: number; id: string }): number =>
  b.sortMs - a.sortMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A transaction's view of the items holding a set of keys, read once (one query for a whole
 * document) and kept in step with the transaction's own writes, which wait here until the next
 * flush. While the transaction holds the items lock nobody else writes items, so dedup lookups
 * over prefetched keys are answered here exactly as the database would answer them after the
 * pending writes: no round trip per item.
 */
export class WorkingSet {
  readonly #covered = new Set<string>();
  readonly #stones = new Set<string>();
  readonly #holders = new Map<string, Set<string>>();
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<string, StoredItem>();

  /** Record what a prefetch of `keys` read. */
  add(keys: readonly string[], rows: PrefetchRows): void {
    for (const k of keys) {
      this.#covered.add(k);
      if (!this.#holders.has(k)) this.#holders.set(k, new Set());
    }
    for (const k of rows.tombstoned) this.#stones.add(k);
    for (const r of rows.items) {
      const had = this.#entries.get(r.id);
      if (had) had.doc ??= r.doc;
      else this.#entries.set(r.id, { sortMs: r.sortMs, doc: r.doc, keys: new Set() });
    }
    for (const h of rows.hits) {
      this.#holders.get(h.key)?.add(h.id);
      this.#entries.get(h.id)?.keys.add(h.key);
    }
  }

  /** Whether every key was prefetched (else the caller asks the database). */
  covers(keys: readonly string[]): boolean {
    return keys.every((k) => this.#covered.has(k));
  }

  /** Keys not prefetched yet, without repeats. */
  missing(keys: readonly string[]): string[] {
    return [...new Set(keys.filter((k) => !this.#covered.has(k)))];
  }

  /** A write: the item replaces what it was, for every prefetched key, until it is flushed. */
  put(item: StoredItem): void {
    const entry = this.#entries.get(item.id);
    for (const k of entry?.keys ?? []) this.#holders.get(k)?.delete(item.id);
    const keys = new Set(item.keys.filter((k) => this.#covered.has(k)));
    for (const k of keys) this.#holders.get(k)?.add(item.id);
    this.#entries.set(item.id, { sortMs: sortMs(item), doc: JSON.stringify(item), keys });
    this.#pending.set(item.id, item);
  }

  /** The writes since the last flush, and forget them (the caller writes them). */
  takePending(): StoredItem[] {
    const items = [...this.#pending.values()];
    this.#pending.clear();
    return items;
  }

  isTombstoned(keys: readonly string[]): boolean {
    return keys.some((k) => this.#stones.has(k));
  }

  /** Ids of the newest item holding each key, in key order, each once (SQL.FIND_BY_KEYS). */
  byKeys(keys: readonly string[]): string[] {
    const ids: string[] = [];
    for (const k of keys) {
      const newest = this.#ranked(this.#holders.get(k) ?? [])[0];
      if (newest && !ids.includes(newest)) ids.push(newest);
    }
    return ids;
  }

  /** Ids of the items holding the most keys, ties by first key, then newest (SQL.FIND_SIMILAR). */
  similar(keys: readonly string[], limit: number): string[] {
    const hits = new Map<string, { n: number; first: number }>();
    let ids = 0;
    let bands = BAND_ORDER;
    for (const k of keys) {
      const ord = isBandKey(k) ? ++bands : ++ids;
      for (const id of this.#holders.get(k) ?? []) {
        const h = hits.get(id);
        if (h) {
          h.n++;
          h.first = Math.min(h.first, ord);
        } else hits.set(id, { n: 1, first: ord });
      }
    }
    return [...hits]
      .map(([id, h]) => ({ id, ...h, sortMs: this.#entries.get(id)?.sortMs ?? 0 }))
      .sort((a, b) => b.n - a.n || a.first - b.first || newestFirst(a, b))
      .slice(0, limit)
      .map((r) => r.id);
  }

  /** Ids among these whose document was not read yet. */
  withoutDoc(ids: readonly string[]): string[] {
    return ids.filter((id) => this.#entries.get(id)?.doc === null);
  }

  setDoc(id: string, doc: string): void {
    const entry = this.#entries.get(id);
    if (entry) entry.doc ??= doc;
  }

  /** Fresh copies of the items, in this order (a reader may change its copy freely). */
  docs(ids: readonly string[]): StoredItem[] {
    return ids.flatMap((id) => {
      const doc = this.#entries.get(id)?.doc;
      return doc ? [JSON.parse(doc) as StoredItem] : [];
    });
  }

  #ranked(ids: Iterable<string>): string[] {
    return [...ids]
      .map((id) => ({ id, sortMs: this.#entries.get(id)?.sortMs ?? 0 }))
      .sort(newestFirst)
      .map((r) => r.id);
  }
}

/** The sort date (published, else first seen) in epoch ms, as the items table keeps it. */
export function sortMs(item: StoredItem): number {
  const t = Date.parse(itemDate(item));
  return Number.isNaN(t) ? 0 : t;
}
