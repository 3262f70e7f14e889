import type { StoredItem } from '../../model/item.js';
import { isBandKey } from '../../dedup/lsh.js';
import { itemDate } from '../retention.js';

/** What one prefetch read: which stored items hold each key, their sort data and (mostly) docs. */
export interface PrefetchRows {
  hits: { key: string; id: string }[];
  items: { id: string; sortMs: number; doc: string | null }[];
  tombstoned: string[];
}

/** Band keys rank after identity keys (as in SQL.FIND_SIMILAR): their order starts here. */
const BAND_ORDER = 1_000_000;

/**
 * A transaction's view of the items holding a set of keys, read once (one query for a whole
 * document) and kept in step with the transaction's own writes, which wait here until the next
 * flush. While the transaction holds the items lock nobody else writes items, so dedup lookups
 * over prefetched keys are answered here exactly as the database would answer them after the
 * pending writes: no round trip per item. Items are numbered (handles) so that counting shared
 * keys, which runs over thousands of holders when many stories share bands, allocates nothing.
 */
export class WorkingSet {
  readonly #covered = new Set<string>();
  readonly #stones = new Set<string>();
  /** Key → handles of the items holding it. */
  readonly #holders = new Map<string, Set<number>>();
  readonly #handles = new Map<string, number>();
  readonly #ids: string[] = [];
  readonly #sortMs: number[] = [];
  /** The item as JSON text (a fresh copy is parsed for each reader), null until loaded. */
  readonly #docs: (string | null)[] = [];
  /** Prefetched keys each item holds (kept in step with its writes). */
  readonly #keys: Set<string>[] = [];
  readonly #pending = new Map<string, StoredItem>();
  #count = new Int32Array(0);
  #first = new Int32Array(0);

  #handle(id: string, sortMs: number, doc: string | null): number {
    let h = this.#handles.get(id);
    if (h === undefined) {
      h = this.#ids.push(id) - 1;
      this.#handles.set(id, h);
      this.#sortMs[h] = sortMs;
      this.#docs[h] = doc;
      this.#keys[h] = new Set();
    } else this.#docs[h] ??= doc;
    return h;
  }

  /** Record what a prefetch of `keys` read. */
  add(keys: readonly string[], rows: PrefetchRows): void {
    for (const k of keys) {
      this.#covered.add(k);
      if (!this.#holders.has(k)) this.#holders.set(k, new Set());
    }
    for (const k of rows.tombstoned) this.#stones.add(k);
    for (const r of rows.items) this.#handle(r.id, r.sortMs, r.doc);
    for (const hit of rows.hits) {
      const h = this.#handles.get(hit.id);
      if (h === undefined) continue;
      this.#holders.get(hit.key)?.add(h);
      this.#keys[h]?.add(hit.key);
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
    const h = this.#handle(item.id, 0, null);
    for (const k of this.#keys[h] ?? []) this.#holders.get(k)?.delete(h);
    const keys = new Set(item.keys.filter((k) => this.#covered.has(k)));
    for (const k of keys) this.#holders.get(k)?.add(h);
    this.#keys[h] = keys;
    this.#sortMs[h] = sortMs(item);
    this.#docs[h] = JSON.stringify(item);
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
    const found: number[] = [];
    for (const k of keys) {
      let newest = -1;
      for (const h of this.#holders.get(k) ?? []) if (newest < 0 || this.#newer(h, newest)) newest = h;
      if (newest >= 0 && !found.includes(newest)) found.push(newest);
    }
    return found.map((h) => this.#ids[h] ?? '');
  }

  /** Ids of the items holding the most keys, ties by first key, then newest (SQL.FIND_SIMILAR). */
  similar(keys: readonly string[], limit: number): string[] {
    if (this.#count.length < this.#ids.length) {
      this.#count = new Int32Array(this.#ids.length * 2);
      this.#first = new Int32Array(this.#ids.length * 2);
    }
    const [count, first] = [this.#count, this.#first];
    const touched: number[] = [];
    let ids = 0;
    let bands = BAND_ORDER;
    for (const k of keys) {
      const ord = isBandKey(k) ? ++bands : ++ids;
      for (const h of this.#holders.get(k) ?? []) {
        if (count[h] === 0) {
          touched.push(h);
          first[h] = ord;
        } else if (ord < (first[h] ?? ord)) first[h] = ord;
        count[h] = (count[h] ?? 0) + 1;
      }
    }
    const before = (a: number, b: number): boolean =>
      (count[a] ?? 0) !== (count[b] ?? 0)
        ? (count[a] ?? 0) > (count[b] ?? 0)
        : (first[a] ?? 0) !== (first[b] ?? 0)
          ? (first[a] ?? 0) < (first[b] ?? 0)
          : this.#newer(a, b);
    // The best `limit`, kept in order as they come (limit is small): no sort of every holder.
    const best: number[] = [];
    for (const h of touched) {
      let at = best.length;
      while (at > 0 && before(h, best[at - 1] ?? 0)) at--;
      if (at < limit) {
        best.splice(at, 0, h);
        if (best.length > limit) best.pop();
      }
    }
    for (const h of touched) count[h] = 0;
    return best.map((h) => this.#ids[h] ?? '');
  }

  /** Ids among these whose document was not read yet. */
  withoutDoc(ids: readonly string[]): string[] {
    return ids.filter((id) => {
      const h = this.#handles.get(id);
      return h !== undefined && this.#docs[h] === null;
    });
  }

  setDoc(id: string, doc: string): void {
    const h = this.#handles.get(id);
    if (h !== undefined) this.#docs[h] ??= doc;
  }

  /** Fresh copies of the items, in this order (a reader may change its copy freely). */
  docs(ids: readonly string[]): StoredItem[] {
    return ids.flatMap((id) => {
      const h = this.#handles.get(id);
      const doc = h === undefined ? null : this.#docs[h];
      return doc ? [JSON.parse(doc) as StoredItem] : [];
    });
  }

  /** Newest first, then by id (the feeds' order): is `a` before `b`? */
  #newer(a: number, b: number): boolean {
    const [ma, mb] = [this.#sortMs[a] ?? 0, this.#sortMs[b] ?? 0];
    return ma !== mb ? ma > mb : (this.#ids[a] ?? '') < (this.#ids[b] ?? '');
  }
}

/** The sort date (published, else first seen) in epoch ms, as the items table keeps it. */
export function sortMs(item: StoredItem): number {
  const t = Date.parse(itemDate(item));
  return Number.isNaN(t) ? 0 : t;
}
