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
  /**
   * Folder sources: names of the files the last successful run left alone because they are no
   * feed, page or text (images, archives, other XML or JSON). Absent in older states: none.
   */
  skipped?: string[];
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

/** What a store reports as it works, for /metrics: each query it sends, each failure. */
export interface StoreObserver {
  query?(): void;
  error?(err: unknown): void;
}

/** Whether a node should take traffic: its store reachable and at the schema it expects. */
export interface StoreReadiness {
  ready: boolean;
  problem: string | null;
}

/** Read and write access inside one transaction: everything it does lands together or not at all. */
export interface StoreTx {
  /**
   * A hint: the keys this transaction's lookups will ask about (every item of a document at once).
   * An adapter that pays a round trip per lookup reads them all now and answers those lookups
   * without another; lookups of other keys work as before. Optional: in-memory stores skip it.
   */
  prefetch?(keys: string[]): Promise<void>;
  findByKeys(keys: string[]): Promise<StoredItem[]>;
  /** Up to `limit` items that the most of these keys point to, most first (see rankByKeyHits). */
  findSimilar(keys: string[], limit: number): Promise<StoredItem[]>;
  /** Keys of items that were deleted or expired: they must never come back as new items. */
  isTombstoned(keys: string[]): Promise<boolean>;
  putItem(item: StoredItem): Promise<void>;
  /**
   * Remove items for good (an operator's `rm` or `purge`): these ids, or every item that lists the
   * source among its origins (as its source feed lists them). Each leaves tombstones on its
   * identity keys, as retention does, so re-ingesting the same story never brings it back.
   * Resolves with the ids removed; ids the store does not hold are left out.
   */
  removeItems(which: { ids: readonly string[] } | { source: string }): Promise<string[]>;
  getSourceState(id: string): Promise<SourceState>;
  setSourceState(id: string, state: SourceState): Promise<void>;
}

/**
 * The store. Adapters: lowdb (embedded JSON file, the default) and PostgreSQL (several nodes on
 * one database, chosen by FEEDWRIGHT_DATABASE_URL). All methods are safe to call from
 * several processes on the same store at once; writes go through `transaction`.
 */
export interface Store extends StoreTransfer {
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
  /** Ready to serve (`/readyz`): reachable and, for a database, migrated to this version's schema. */
  readiness(): Promise<StoreReadiness>;
  /** Source claims across nodes: only stores that several nodes share have them. */
  readonly claims?: SourceClaims;
  /** The WebSub hub's state, in stores that several nodes share (else the hub keeps a file). */
  readonly websub?: HubStateStore;
  close(): Promise<void>;
}

/** A source claimed by one node: it runs it and holds the lease until it finishes (or lapses). */
export interface Claim {
  id: string;
  /** The instant the run is for (its cron slot, or the retry time after a failure). */
  slot: Date;
  token: string;
  /** When it was claimed (database clock): the run reflects the upstream as of then. */
  claimedAt: Date;
  /** How late the claim came after the slot. */
  lagMs: number;
  /** The previous holder's lease lapsed without it finishing (it died or hung). */
  takeover: boolean;
}

/** What a finished run sets: its next slot and failure count, decided on the database's clock. */
export type ClaimOutcome = (dbNow: Date, failures: number) => { next: Date; failures: number };

/**
 * Source claims shared by every node of a database store: a due source is taken by exactly one
 * node (FOR UPDATE SKIP LOCKED), under a lease it renews while it works; a lapsed lease lets
 * another node take it over. All times are the database's, never a node's clock.
 */
export interface SourceClaims {
  /** Add or update sources; a new one (or one whose schedule changed) is first due at `first(dbNow)`. */
  register(sources: { id: string; schedule: string }[], first: (schedule: string, dbNow: Date) => Date): Promise<void>;
  /** Claim up to `max` of these sources that are due and not held, for `leaseSeconds`. */
  claim(ids: string[], max: number, owner: string, leaseSeconds: number): Promise<Claim[]>;
  /** Extend a held lease; false when it was lost (lapsed and taken over). */
  renew(claim: Claim, leaseSeconds: number): Promise<boolean>;
  /** Release the claim with the run's outcome; false when the lease had been lost. */
  finish(claim: Claim, outcome: ClaimOutcome): Promise<boolean>;
  /** Make a source due now (an operator asked for a run). */
  dueNow(id: string): Promise<void>;
  /** Milliseconds until one of these sources may be claimed (database clock), null if none is known. */
  nextDueInMs(ids: string[]): Promise<number | null>;
}

/** One thing a store holds, as `feedwright store copy` moves it between stores. */
export type StoreRecord =
  | { kind: 'item'; item: StoredItem }
  | { kind: 'tombstone'; key: string; itemId: string }
  | { kind: 'source'; id: string; state: SourceState }
  | { kind: 'raw'; doc: RawDocument };

/** What loading records changed (a second identical copy changes nothing). */
export interface LoadCounts {
  items: number;
  tombstones: number;
  sources: number;
  raw: number;
}

/** Export and import of everything a store holds (items, tombstones, source states, raw documents). */
export interface StoreTransfer {
  /** Everything, items newest first. */
  dump(): AsyncIterable<StoreRecord>;
  /**
   * Add or replace what differs, as given (no retention); the version moves only if items changed.
   * An item this store holds whose id a loaded tombstone names, and that the records do not hold,
   * is removed (it was removed at the origin since an earlier copy); it counts as a changed item.
   */
  load(records: AsyncIterable<StoreRecord>): Promise<LoadCounts>;
}

/** The WebSub hub's state as a store keeps it (the shape of src/websub's HubState). */
export interface HubRecords {
  subscriptions: {
    topic: string;
    callback: string;
    secret: string | null;
    leaseSeconds: number;
    expiresAt: string;
    lastEtag: string | null;
  }[];
  published: Record<string, string>;
}

/** WebSub subscriptions and deliveries kept in a store that several nodes share. */
export interface HubStateStore {
  load(): Promise<HubRecords>;
  /** Write this node's view: its subscriptions added or changed, those it removed deleted. */
  save(state: HubRecords): Promise<void>;
  /** Take the delivery of `etag` to a subscriber: true for exactly one node. */
  claimDelivery(topic: string, callback: string, etag: string): Promise<boolean>;
}
