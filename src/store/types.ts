import type { StoredItem, Tag } from '../model/item.js';

/** What the scheduler and `feedwright sources` know about one source's runs. */
export interface SourceState {
  lastRunAt: string | null;
  lastResult: 'ok' | 'not-modified' | 'error' | null;
  lastError: string | null;
  /** Items the last successful run saw, and how many of them were new. */
  lastSeen: number;
  lastNew: number;
  consecutiveFailures: number;
  /** When a failing source will be retried (backoff), if it is failing. */
  retryAt: string | null;
  /** HTTP validators of the last successful fetch, for conditional requests. */
  etag: string | null;
  lastModified: string | null;
  /** Folder sources: file path → content hash of what was ingested. */
  files: Record<string, string>;
  /**
   * When an operator disabled the source from the sources page or `POST /admin/sources/<id>/disable`
   * (ISO), or null. Kept in the store, not in the definition files (often read-only), so it survives
   * restarts and reloads and holds on every node; it overrides `enabled: true` until enabled again.
   * Absent in states written before it existed: read a missing value as null.
   */
  disabledAt?: string | null;
}

export const emptySourceState = (): SourceState => ({
  lastRunAt: null,
  lastResult: null,
  lastError: null,
  lastSeen: 0,
  lastNew: 0,
  consecutiveFailures: 0,
  retryAt: null,
  etag: null,
  lastModified: null,
  files: {},
  disabledAt: null,
});

/** A fetched document as kept for re-normalising without refetching. */
export interface RawDocument {
  /** The source id, or the location for ad-hoc ingests. */
  key: string;
  location: string;
  url: string | null;
  contentType: string | null;
  fetchedAt: string;
  bytes: Buffer;
}

/** Whether the store can take writes; reads work whenever `check` resolves. */
export interface StoreHealth {
  writable: boolean;
  /** Why writes fail, when they do. */
  problem: string | null;
}

export interface ItemQuery {
  tag?: string;
  source?: string;
  limit?: number;
  /** Paging: only items strictly older than this cursor (see `itemCursor`). */
  before?: string;
  /** Paging: only items strictly newer than this cursor; the `limit` nearest to it. */
  after?: string;
}

/** A full-text query over stored items (see `Store.searchItems`). */
export interface SearchQuery {
  /** What the reader typed: words in any case, with or without accents. */
  text: string;
  /** At most this many items in `items`. */
  limit: number;
  /** Matching items to skip first (paging: 0, limit, 2 × limit, …). */
  offset?: number;
  /** `relevance` (default): best match first; `newest`: newest first, as feeds list items. */
  order?: 'relevance' | 'newest';
}

export interface SearchResult {
  /** One page of matching items, in the requested order. */
  items: StoredItem[];
  /** How many items match in all (for "N results" and the last page). */
  total: number;
}

export interface TagCount {
  tag: Tag;
  count: number;
}

/** Read and write access inside one transaction: everything it does lands together or not at all. */
export interface StoreTx {
  findByKeys(keys: string[]): Promise<StoredItem[]>;
  /** Up to `limit` items that the most of these keys point to, most first (see rankByKeyHits). */
  findSimilar(keys: string[], limit: number): Promise<StoredItem[]>;
  /** Keys of items that were deleted or expired: they must never come back as new items. */
  isTombstoned(keys: string[]): Promise<boolean>;
  putItem(item: StoredItem): Promise<void>;
  getSourceState(id: string): Promise<SourceState>;
  setSourceState(id: string, state: SourceState): Promise<void>;
}

/**
 * The store. Adapters: lowdb (embedded JSON file, the default). All methods are safe to call from
 * several processes on the same store at once; writes go through `transaction`.
 */
export interface Store {
  /** Changes whenever items change; caches key on it. */
  version(): Promise<string>;
  /**
   * The version as this process last saw it, without I/O: this process's own writes show at once,
   * other processes' only after the next `version()`. Null when nothing was read yet.
   */
  knownVersion(): string | null;
  /** Items, newest first (published, else first seen). */
  listItems(query?: ItemQuery): Promise<StoredItem[]>;
  getItem(id: string): Promise<StoredItem | null>;
  listTags(): Promise<TagCount[]>;
  /** When items last changed (ISO), or null for an empty store. */
  lastModified(): Promise<string | null>;
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  sourceStates(): Promise<Record<string, SourceState>>;
  /**
   * Full-text search over the title, standfirst (summary) and body paragraphs of stored items.
   * - Matching: an item matches when every searchable word of `text` occurs in it (AND). Words are
   *   compared without case or accents; an adapter may also match other forms of a word (a prefix,
   *   a stem: "flood" may find "flooding"). Function words ("the", "und") are not searchable.
   * - A query with no searchable word (empty, punctuation, only function words) matches nothing:
   *   `{ items: [], total: 0 }`, never an error and never every item.
   * - `relevance` order: a match in the title weighs more than one in the standfirst, which weighs
   *   more than one in the body; equal scores are ordered newest first (as `listItems`), then by
   *   id, so paging with `offset` is stable while the store does not change.
   * - `total` counts every match, not only this page; `offset` past the end gives no items.
   * The embedded store keeps an in-memory index (src/search); the PostgreSQL store answers with
   * its own full-text search (e.g. a weighted tsvector: title A, summary B, body C; ts_rank).
   */
  searchItems(query: SearchQuery): Promise<SearchResult>;
  putRaw(doc: RawDocument): Promise<void>;
  getRaw(key: string): Promise<RawDocument[]>;
  /** Throws StoreError when the store cannot be read. */
  check(): Promise<StoreHealth>;
  close(): Promise<void>;
}
