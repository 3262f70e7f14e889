import { createHash } from 'node:crypto';
import pg from 'pg';
import type { StoredItem } from '../../model/item.js';
import { isBandKey } from '../../dedup/lsh.js';
import { StoreError, UsageError, errorMessage } from '../../errors/index.js';
import {
  emptySourceState,
  type ItemQuery,
  type RawDocument,
  type SourceState,
  type HubStateStore,
  type StoreRecord,
  type SearchQuery,
  type SearchResult,
  type LoadCounts,
  type Store,
  type StoreHealth,
  type StoreObserver,
  type StoreTx,
  type TagCount,
} from '../types.js';
import { parseCursor, type RetentionPolicy } from '../retention.js';
import { createPool, describeDatabase, isRetryable, storeError } from './connection.js';
import { migrationStatus, schemaProblem } from './migrate.js';
import * as SQL from './sql.js';
import { VersionWatch, type VersionState } from './version-watch.js';
import { PostgresClaims } from './claims.js';
import { PostgresHubState } from './websub.js';
import { WorkingSet, sortMs, type PrefetchRows } from './working-set.js';

export interface PostgresStoreOptions {
  url: string;
  retention: RetentionPolicy;
  /** Retention by age uses this clock when given; the database's otherwise. */
  now?: () => Date;
  observer?: StoreObserver;
  /** Connections per process (default 4). */
  poolSize?: number;
  /** Backstop re-read of the version while notifications flow (default 10 s). */
  versionPollMs?: number;
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** A transaction that hit a deadlock or a serialisation failure runs again, at most this often. */
const MAX_ATTEMPTS = 5;

/** Documents of items found only by a band are read with a prefetch up to this many items. */
const PREFETCH_DOCS = 5_000;

/**
 * Statements sent often, prepared once per connection (by name): a lookup's CTE costs more to
 * parse and plan than to run, and a document's write more still.
 */
const PREPARED = new Map<string, string>([
  [SQL.PREFETCH, 'feedwright_prefetch'],
  [SQL.DOCS_BY_ID, 'feedwright_docs_by_id'],
  [SQL.PUT_ITEMS, 'feedwright_put_items'],
  [SQL.ITEMS_LOCK, 'feedwright_items_lock'],
  [SQL.SOURCE_LOCK, 'feedwright_source_lock'],
  [SQL.BUMP_VERSION, 'feedwright_bump_version'],
  [SQL.READ_VERSION, 'feedwright_read_version'],
]);

/** Identity keys and band keys, apart (the SQL looks them up in different tables). */
const splitKeys = (keys: string[]): [string[], string[]] => [
  keys.filter((k) => !isBandKey(k)),
  keys.filter((k) => isBandKey(k)),
];

/** Case and accents folded, as the search index of the embedded store folds them. */
const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const toVersion = (row: { version: string; items_modified: Date | null }): VersionState => ({
  version: row.version,
  itemsModified: row.items_modified?.toISOString() ?? null,
});

/**
 * The PostgreSQL store: items as json documents with indexed side tables (keys, LSH bands, tags,
 * sources), for several feedwright nodes on one database. Writers serialise their dedup decisions
 * on one advisory lock per transaction; every committed change of items bumps the version row and
 * NOTIFYs every node, whose caches key on it (see VersionWatch).
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #watch: VersionWatch;
  readonly claims: PostgresClaims;
  readonly websub: HubStateStore;
  #tags: { version: string; tags: TagCount[] } | null = null;

  private constructor(
    readonly url: string,
    private readonly options: PostgresStoreOptions,
  ) {
    this.#pool = createPool(url, options.poolSize ?? 4);
    this.#watch = new VersionWatch(url, () => this.#readVersion(), options.versionPollMs ?? 10_000);
    this.websub = new PostgresHubState((text, values) => this.#q(this.#pool, text, values));
    this.claims = new PostgresClaims(
      (text, values) => this.#q(this.#pool, text, values),
      (fn) => this.#plain((client) => fn((text, values) => this.#q(client, text, values))),
      async () => {
        const client = new pg.Client({ connectionString: url, application_name: 'feedwright presence' });
        await client.connect();
        return client;
      },
    );
  }

  /** A connection from the pool; failing to get one is reported and thrown as the store's error. */
  async #connect(): Promise<pg.PoolClient> {
    try {
      return await this.#pool.connect();
    } catch (err) {
      this.options.observer?.error?.(err);
      throw storeError(this.url, err);
    }
  }

  /** A transaction on one connection, for statements outside the item transaction's rules. */
  async #plain<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    try {
      await this.#q(client, 'BEGIN');
      const result = await fn(client);
      await this.#q(client, 'COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Connect and check the schema is current (else a StoreError naming `feedwright migrate`). */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const store = new PostgresStore(options.url, options);
    try {
      const problem = schemaProblem(options.url, await migrationStatus(store.#pool));
      if (problem) throw new StoreError(problem);
      store.#watch.observe(await store.#readVersion());
    } catch (err) {
      await store.#pool.end().catch(() => undefined);
      throw storeError(options.url, err);
    }
    return store;
  }

  /** One query, counted (a cached poll must cost none) and with driver errors as StoreErrors. */
  async #q<R extends pg.QueryResultRow>(db: Queryable, text: string, values: unknown[] = []): Promise<R[]> {
    this.options.observer?.query?.();
    try {
      const name = PREPARED.get(text);
      return (await (name ? db.query<R>({ name, text, values }) : db.query<R>(text, values))).rows;
    } catch (err) {
      this.options.observer?.error?.(err);
      throw storeError(this.url, err);
    }
  }

  async #readVersion(): Promise<VersionState> {
    const [row] = await this.#q<{ version: string; items_modified: Date | null }>(this.#pool, SQL.READ_VERSION);
    if (!row) throw new StoreError(`the database ${describeDatabase(this.url)} has no store_version row`);
    const state = toVersion(row);
    this.#watch.observe(state);
    return state;
  }

  /** Without a query while this node listens for version changes (started on first use). */
  async version(): Promise<string> {
    this.#watch.start();
    return (this.#watch.current() ?? (await this.#readVersion())).version;
  }

  knownVersion(): string | null {
    return this.#watch.last()?.version ?? null;
  }

  async lastModified(): Promise<string | null> {
    return (await this.#readVersion()).itemsModified;
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const before = query.before !== undefined ? parseCursor(query.before) : null;
    const after = query.after !== undefined ? parseCursor(query.after) : null;
    if ((query.before !== undefined && !before) || (query.after !== undefined && !after)) {
      throw new UsageError('invalid paging cursor');
    }
    const scope: SQL.Scope =
      query.tag !== undefined
        ? { kind: 'tag', slug: query.tag }
        : query.source !== undefined
          ? { kind: 'source', id: query.source }
          : { kind: 'all' };
    const page: SQL.Page = before
      ? { kind: 'before', ...before }
      : after
        ? { kind: 'after', ...after }
        : { kind: 'first' };
    const limit = query.limit === undefined || !Number.isFinite(query.limit) ? null : query.limit;
    let items: StoredItem[];
    if (query.tag !== undefined && query.source !== undefined) {
      // Both filters (no feed asks for this): the tag's items, filtered by source.
      const all = await this.listItems({ tag: query.tag, before: query.before, after: query.after });
      const of = all.filter((i) => i.origins.some((o) => o.source === query.source));
      return after ? of.slice(Math.max(0, of.length - (limit ?? of.length))) : of.slice(0, limit ?? of.length);
    }
    const { text, values } = SQL.listItemsQuery(scope, page, limit);
    items = (await this.#q<{ doc: StoredItem }>(this.#pool, text, values)).map((r) => r.doc);
    if (page.kind === 'after') items = items.reverse();
    return items;
  }

  async getItem(id: string): Promise<StoredItem | null> {
    const [row] = await this.#q<{ doc: StoredItem }>(this.#pool, 'SELECT doc FROM items WHERE id = $1', [id]);
    return row?.doc ?? null;
  }

  /** Counted once per store version (every tag feed's title needs it). */
  async listTags(): Promise<TagCount[]> {
    const version = await this.version();
    if (this.#tags?.version === version) return this.#tags.tags;
    const rows = await this.#q<{ tag: TagCount['tag']; n: number }>(this.#pool, SQL.LIST_TAGS);
    // Sorted here, with the embedded store's comparison (the database's collation may differ).
    const tags = rows
      .map((r) => ({ tag: r.tag, count: r.n }))
      .sort((a, b) => b.count - a.count || a.tag.slug.localeCompare(b.tag.slug));
    this.#tags = { version, tags };
    return tags;
  }

  /** PostgreSQL full-text search (GIN index over folded headline, standfirst and body). */
  async searchItems(query: SearchQuery): Promise<SearchResult> {
    const { searchableWords } = await import('../../search/index.js');
    const words = searchableWords(query.text);
    if (!words.length) return { items: [], total: 0 };
    const rows = await this.#q<{ doc: StoredItem; total: number }>(
      this.#pool,
      SQL.searchSql(query.order ?? 'relevance'),
      [words, query.limit, Math.max(0, query.offset ?? 0)],
    );
    return { items: rows.map((r) => r.doc), total: rows[0]?.total ?? 0 };
  }

  async sourceStates(): Promise<Record<string, SourceState>> {
    const rows = await this.#q<{ id: string; state: SourceState }>(
      this.#pool,
      'SELECT id, state FROM source_states ORDER BY id',
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.state]));
  }

  putRaw(doc: RawDocument): Promise<void> {
    return this.#putRawOn(this.#pool, doc);
  }

  async #putRawOn(db: Queryable, doc: RawDocument): Promise<void> {
    const sha256 = createHash('sha256').update(doc.bytes).digest('hex');
    await this.#q(
      db,
      `INSERT INTO raw_documents (key, location, url, content_type, fetched_at, sha256, bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (key, location) DO UPDATE SET url = EXCLUDED.url, content_type = EXCLUDED.content_type,
         fetched_at = EXCLUDED.fetched_at, sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes,
         put_seq = nextval(pg_get_serial_sequence('raw_documents', 'put_seq'))`,
      [doc.key, doc.location, doc.url, doc.contentType, doc.fetchedAt, sha256, doc.bytes],
    );
  }

  async getRaw(key: string): Promise<RawDocument[]> {
    const rows = await this.#q<{
      key: string;
      location: string;
      url: string | null;
      content_type: string | null;
      fetched_at: string;
      bytes: Buffer;
    }>(
      this.#pool,
      'SELECT key, location, url, content_type, fetched_at, bytes FROM raw_documents WHERE key = $1 ORDER BY put_seq',
      [key],
    );
    return rows.map((r) => ({
      key: r.key,
      location: r.location,
      url: r.url,
      contentType: r.content_type,
      fetchedAt: r.fetched_at,
      bytes: r.bytes,
    }));
  }

  async check(): Promise<StoreHealth> {
    const [row] = await this.#q<{ ro: string }>(this.#pool, `SELECT current_setting('transaction_read_only') AS ro`);
    if (row?.ro === 'on')
      return {
        writable: false,
        problem: `the database ${describeDatabase(this.url)} is read-only (a standby?); stored items are still served`,
      };
    return { writable: true, problem: null };
  }

  /** Ready to serve: reachable, and its schema is the one this version of feedwright expects. */
  async readiness(): Promise<{ ready: boolean; problem: string | null }> {
    try {
      const problem = schemaProblem(this.url, await migrationStatus(this.#pool));
      return { ready: problem === null, problem };
    } catch (err) {
      return { ready: false, problem: errorMessage(storeError(this.url, err)) };
    }
  }

  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#attempt(fn);
      } catch (err) {
        if (attempt < MAX_ATTEMPTS && isRetryable(err)) continue;
        throw err;
      }
    }
  }

  async #attempt<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const client = await this.#connect();
    let locked = false;
    let itemsChanged = false;
    const lockItems = async (): Promise<void> => {
      if (locked) return;
      await this.#q(client, SQL.ITEMS_LOCK);
      locked = true;
    };
    // Reads of prefetched keys are answered from here; writes wait here until a read that needs
    // the database, or the commit, writes them all in one statement.
    const work = new WorkingSet();
    const flush = async (): Promise<void> => this.#putItems(client, work.takePending());
    const fromDb = async (text: string, values: unknown[]): Promise<StoredItem[]> => {
      await lockItems();
      await flush();
      return (await this.#q<{ doc: StoredItem }>(client, text, values)).map((r) => r.doc);
    };
    const docs = async (ids: string[]): Promise<StoredItem[]> => {
      const missing = work.withoutDoc(ids);
      if (missing.length)
        for (const r of await this.#q<{ id: string; doc: string }>(client, SQL.DOCS_BY_ID, [missing]))
          work.setDoc(r.id, r.doc);
      return work.docs(ids);
    };
    const tx: StoreTx = {
      prefetch: async (keys) => {
        await lockItems();
        const wanted = work.missing(keys);
        if (wanted.length) work.add(wanted, await this.#prefetch(client, wanted));
      },
      findByKeys: async (keys) => {
        if (work.covers(keys)) return docs(work.byKeys(keys));
        const seen = new Set<string>();
        return (await fromDb(SQL.FIND_BY_KEYS, splitKeys(keys))).filter(
          (item) => !seen.has(item.id) && !!seen.add(item.id),
        );
      },
      findSimilar: async (keys, limit) => {
        if (work.covers(keys)) return docs(work.similar(keys, limit));
        return fromDb(SQL.FIND_SIMILAR, [...splitKeys(keys), limit]);
      },
      isTombstoned: async (keys) => {
        if (work.covers(keys)) return work.isTombstoned(keys);
        await lockItems();
        return (await this.#q(client, SQL.IS_TOMBSTONED, [keys])).length > 0;
      },
      putItem: async (item) => {
        await lockItems();
        work.put(item);
        itemsChanged = true;
      },
      removeItems: async (which) => {
        await lockItems();
        const byIds = 'ids' in which;
        const gone = await this.#q<{ id: string }>(client, SQL.removeItemsSql(byIds ? 'ids' : 'source'), [
          byIds ? which.ids : which.source,
        ]);
        if (gone.length) itemsChanged = true;
        return gone.map((r) => r.id);
      },
      getSourceState: async (id) => {
        await this.#q(client, SQL.SOURCE_LOCK, [id]);
        const [row] = await this.#q<{ state: SourceState }>(client, 'SELECT state FROM source_states WHERE id = $1', [
          id,
        ]);
        return { ...emptySourceState(), ...row?.state };
      },
      setSourceState: async (id, state) => {
        await this.#q(
          client,
          `INSERT INTO source_states (id, state) VALUES ($1, $2)
           ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state`,
          [id, JSON.stringify(state)],
        );
      },
    };
    try {
      await this.#q(client, 'BEGIN');
      const result = await fn(tx);
      let version: VersionState | null = null;
      if (itemsChanged) {
        await flush();
        await this.#applyRetention(client);
        const [row] = await this.#q<{ version: string; items_modified: Date | null }>(client, SQL.BUMP_VERSION);
        version = row ? toVersion(row) : null;
      }
      await this.#q(client, 'COMMIT');
      if (version) this.#watch.observe(version);
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Write items (each id once) and their side rows: one statement per call. */
  async #putItems(db: Queryable, items: StoredItem[]): Promise<void> {
    if (!items.length) return;
    const cols = { id: [] as string[], ms: [] as number[], doc: [] as string[], a: [] as string[], b: [] as string[], c: [] as string[] };
    const pairs = (): [string[], string[]] => [[], []];
    const [keyIds, keys] = pairs();
    const [bandIds, bands] = pairs();
    const [tagIds, slugs] = pairs();
    const tagJson: string[] = [];
    const [sourceIds, sources] = pairs();
    for (const item of items) {
      cols.id.push(item.id);
      cols.ms.push(sortMs(item));
      cols.doc.push(JSON.stringify(item));
      cols.a.push(fold(item.title ?? ''));
      cols.b.push(fold(item.summary ?? ''));
      cols.c.push(fold(item.body.join('\n')));
      for (const k of new Set(item.keys)) {
        const [ids, values] = isBandKey(k) ? [bandIds, bands] : [keyIds, keys];
        ids.push(item.id);
        values.push(k);
      }
      const tags = new Map<string, string>();
      for (const t of item.tags) if (!tags.has(t.slug)) tags.set(t.slug, JSON.stringify(t));
      for (const [slug, json] of tags) {
        tagIds.push(item.id);
        slugs.push(slug);
        tagJson.push(json);
      }
      for (const source of new Set(item.origins.map((o) => o.source))) {
        sourceIds.push(item.id);
        sources.push(source);
      }
    }
    await this.#q(db, SQL.PUT_ITEMS, [
      cols.id, cols.ms, cols.doc, cols.a, cols.b, cols.c,
      keyIds, keys, bandIds, bands, tagIds, slugs, tagJson, sourceIds, sources,
    ]);
  }

  /** One round trip: what the working set needs to answer lookups of these keys. */
  async #prefetch(db: Queryable, keys: string[]): Promise<PrefetchRows> {
    const rows = await this.#q<{
      kind: 'h' | 'i' | 't';
      key: string | null;
      seq: string | null;
      id: string | null;
      sort_ms: string | null;
      doc: string | null;
    }>(db, SQL.PREFETCH, [...splitKeys(keys), PREFETCH_DOCS]);
    const ids = new Map<string, string>();
    const out: PrefetchRows = { hits: [], items: [], tombstoned: [] };
    for (const r of rows) {
      if (r.kind === 'i' && r.seq && r.id) {
        ids.set(r.seq, r.id);
        out.items.push({ id: r.id, sortMs: Number(r.sort_ms), doc: r.doc });
      } else if (r.kind === 't' && r.key) out.tombstoned.push(r.key);
    }
    for (const r of rows) {
      const id = r.kind === 'h' && r.seq ? ids.get(r.seq) : undefined;
      if (id && r.key) out.hits.push({ key: r.key, id });
    }
    return out;
  }

  async #applyRetention(db: Queryable): Promise<void> {
    const { maxItems, maxAgeDays } = this.options.retention;
    if (maxItems <= 0 && maxAgeDays <= 0) return;
    let cutoff: number | null = null;
    if (maxAgeDays > 0) {
      const now = this.options.now
        ? this.options.now().getTime()
        : Number((await this.#q<{ ms: string }>(db, 'SELECT (extract(epoch FROM now()) * 1000)::bigint AS ms'))[0]?.ms);
      cutoff = now - maxAgeDays * 86_400_000;
    }
    await this.#q(db, SQL.APPLY_RETENTION, [maxItems, cutoff]);
  }

  async *dump(): AsyncIterable<StoreRecord> {
    let after: { ms: string; id: string } | null = null;
    for (;;) {
      const rows: { doc: StoredItem; sort_ms: string; id: string }[] = await this.#q(
        this.#pool,
        `SELECT doc, sort_ms::text, id FROM items
         WHERE $1::bigint IS NULL OR sort_ms < $1::bigint OR (sort_ms = $1::bigint AND id > $2)
         ORDER BY sort_ms DESC, id LIMIT 1000`,
        [after?.ms ?? null, after?.id ?? ''],
      );
      for (const r of rows) yield { kind: 'item', item: r.doc };
      const last = rows[rows.length - 1];
      if (!last || rows.length < 1000) break;
      after = { ms: last.sort_ms, id: last.id };
    }
    const stones = await this.#q<{ key: string; item_id: string }>(
      this.#pool,
      'SELECT key, item_id FROM tombstones ORDER BY key',
    );
    for (const t of stones) yield { kind: 'tombstone', key: t.key, itemId: t.item_id };
    for (const [id, state] of Object.entries(await this.sourceStates())) yield { kind: 'source', id, state };
    const keys = await this.#q<{ key: string }>(this.#pool, 'SELECT DISTINCT key FROM raw_documents ORDER BY key');
    for (const { key } of keys) for (const doc of await this.getRaw(key)) yield { kind: 'raw', doc };
  }

  /** One transaction: items compared by their json text, only what differs written. */
  async load(records: AsyncIterable<StoreRecord>): Promise<LoadCounts> {
    const counts: LoadCounts = { items: 0, tombstones: 0, sources: 0, raw: 0 };
    const version = await this.#plain(async (client) => {
      await this.#q(client, SQL.ITEMS_LOCK);
      let batch: StoredItem[] = [];
      const loaded = new Set<string>();
      const flush = async (): Promise<void> => {
        const existing = new Map(
          (
            await this.#q<{ id: string; doc: string }>(client, 'SELECT id, doc::text AS doc FROM items WHERE id = ANY($1)', [
              batch.map((i) => i.id),
            ])
          ).map((r) => [r.id, r.doc]),
        );
        const changed = [...new Map(batch.map((i) => [i.id, i])).values()].filter(
          (item) => existing.get(item.id) !== JSON.stringify(item),
        );
        await this.#putItems(client, changed);
        counts.items += changed.length;
        batch = [];
      };
      for await (const r of records) {
        if (r.kind === 'item') {
          batch.push(r.item);
          loaded.add(r.item.id);
          if (batch.length >= 500) await flush();
        } else if (r.kind === 'tombstone') {
          // An item removed at the origin after an earlier copy: removed here too.
          if (!loaded.has(r.itemId))
            counts.items += (await this.#q(client, 'DELETE FROM items WHERE id = $1 RETURNING 1', [r.itemId])).length;
          const changed = await this.#q(
            client,
            `INSERT INTO tombstones (key, item_id) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET item_id = EXCLUDED.item_id WHERE tombstones.item_id <> EXCLUDED.item_id
             RETURNING 1`,
            [r.key, r.itemId],
          );
          counts.tombstones += changed.length;
        } else if (r.kind === 'source') {
          const changed = await this.#q(
            client,
            `INSERT INTO source_states (id, state) VALUES ($1, $2)
             ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state WHERE source_states.state::text <> EXCLUDED.state::text
             RETURNING 1`,
            [r.id, JSON.stringify(r.state)],
          );
          counts.sources += changed.length;
        } else {
          const [same] = await this.#q(
            client,
            `SELECT 1 FROM raw_documents WHERE key = $1 AND location = $2 AND sha256 = $3
               AND url IS NOT DISTINCT FROM $4 AND content_type IS NOT DISTINCT FROM $5 AND fetched_at = $6`,
            [
              r.doc.key,
              r.doc.location,
              createHash('sha256').update(r.doc.bytes).digest('hex'),
              r.doc.url,
              r.doc.contentType,
              r.doc.fetchedAt,
            ],
          );
          if (same) continue;
          await this.#putRawOn(client, r.doc);
          counts.raw++;
        }
      }
      if (batch.length) await flush();
      if (!counts.items) return null;
      const [row] = await this.#q<{ version: string; items_modified: Date | null }>(client, SQL.BUMP_VERSION);
      return row ? toVersion(row) : null;
    });
    if (version) this.#watch.observe(version);
    return counts;
  }

  async close(): Promise<void> {
    await this.claims.close();
    await this.#watch.close();
    await this.#pool.end().catch(() => undefined);
  }
}
