import { mkdir, readFile, rm, stat, writeFile, rename, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import lockfile from 'proper-lockfile';
import type { StoredItem } from '../model/item.js';
import { StoreError, UsageError, errorMessage } from '../errors/index.js';
import {
  emptySourceState,
  type ItemQuery,
  type RawDocument,
  type SourceState,
  type Store,
  type StoreTx,
  type TagCount,
} from './types.js';
import {
  compareNewestFirst,
  applyRetention,
  parseCursor,
  compareToCursor,
  type RetentionPolicy,
} from './retention.js';

interface RawMeta {
  key: string;
  location: string;
  url: string | null;
  contentType: string | null;
  fetchedAt: string;
  sha256: string;
}

/** The JSON document under `store/db.json`. */
interface DbData {
  schema: 1;
  /** Bumped on every committed write that changed items. */
  version: number;
  itemsModified: string | null;
  items: StoredItem[];
  sources: Record<string, SourceState>;
  raw: RawMeta[];
  /** Dedup key → id of an item that was removed; such keys never produce a new item. */
  tombstones: Record<string, string>;
}

const emptyDb = (): DbData => ({
  schema: 1,
  version: 0,
  itemsModified: null,
  items: [],
  sources: {},
  raw: [],
  tombstones: {},
});

export interface LowdbStoreOptions {
  dir: string;
  retention: RetentionPolicy;
  now?: () => Date;
}

/** In-memory view of the file, with indexes rebuilt on every load. */
class Snapshot {
  readonly byId = new Map<string, StoredItem>();
  readonly byKey = new Map<string, string>();
  constructor(readonly data: DbData) {
    for (const item of data.items) {
      this.byId.set(item.id, item);
      for (const key of item.keys) this.byKey.set(key, item.id);
    }
  }
}

/**
 * The embedded store: one JSON file written atomically (lowdb/steno: temp file + rename, so a
 * crash never leaves a half-written db.json). Several processes (the server and a CLI ingest) may
 * use one store: every transaction takes a cross-process lock (proper-lockfile), re-reads the file
 * if another process changed it, applies its changes and writes before releasing the lock, so no
 * write is lost. Readers re-read when the file's identity (mtime, size) changes.
 */
export class LowdbStore implements Store {
  readonly #file: string;
  readonly #rawDir: string;
  readonly #db: Low<DbData>;
  readonly #retention: RetentionPolicy;
  readonly #now: () => Date;
  #snapshot: Snapshot | null = null;
  #stamp = '';
  #lastStatAt = 0;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly dir: string, options: LowdbStoreOptions) {
    this.#file = path.join(dir, 'db.json');
    this.#rawDir = path.join(dir, 'raw');
    this.#db = new Low<DbData>(new JSONFile<DbData>(this.#file), emptyDb());
    this.#retention = options.retention;
    this.#now = options.now ?? (() => new Date());
  }

  static async open(options: LowdbStoreOptions): Promise<LowdbStore> {
    try {
      await mkdir(path.join(options.dir, 'raw'), { recursive: true });
    } catch (err) {
      throw new StoreError(`cannot create the store folder ${options.dir}: ${errorMessage(err)}`);
    }
    const store = new LowdbStore(options.dir, options);
    await store.#reload();
    return store;
  }

  async #fileStamp(): Promise<string> {
    try {
      const s = await stat(this.#file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
      throw new StoreError(`cannot read the store file ${this.#file}: ${errorMessage(err)}`);
    }
  }

  async #reload(): Promise<Snapshot> {
    const stamp = await this.#fileStamp();
    try {
      await this.#db.read();
    } catch (err) {
      throw new StoreError(
        `the store file ${this.#file} cannot be read (${errorMessage(err)}); it was left untouched — ` +
          `restore it from ${this.#file}.bak or move it away to start empty`,
      );
    }
    const data = this.#db.data;
    if (!data || data.schema !== 1 || !Array.isArray(data.items)) {
      throw new StoreError(`the store file ${this.#file} is not a feedwright store (schema 1); it was left untouched`);
    }
    data.tombstones ??= {};
    data.raw ??= [];
    data.sources ??= {};
    this.#snapshot = new Snapshot(data);
    this.#stamp = stamp;
    return this.#snapshot;
  }

  /** The current snapshot, re-read when another process has written (checked at most every 200 ms). */
  async #fresh(force = false): Promise<Snapshot> {
    const now = Date.now();
    if (!force && this.#snapshot && now - this.#lastStatAt < 200) return this.#snapshot;
    this.#lastStatAt = now;
    const stamp = await this.#fileStamp();
    if (!this.#snapshot || stamp !== this.#stamp) return this.#reload();
    return this.#snapshot;
  }

  async version(): Promise<string> {
    const snap = await this.#fresh();
    return `${snap.data.version}`;
  }

  async lastModified(): Promise<string | null> {
    return (await this.#fresh()).data.itemsModified;
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const snap = await this.#fresh();
    const limit = query.limit ?? Infinity;
    const before = query.before !== undefined ? parseCursor(query.before) : null;
    const after = query.after !== undefined ? parseCursor(query.after) : null;
    if ((query.before !== undefined && !before) || (query.after !== undefined && !after)) {
      throw new UsageError('invalid paging cursor');
    }
    const matches = (item: StoredItem): boolean =>
      (query.tag === undefined || item.tags.some((t) => t.slug === query.tag)) &&
      (query.source === undefined || item.origins.some((o) => o.source === query.source)) &&
      (!before || compareToCursor(item, before) > 0) &&
      (!after || compareToCursor(item, after) < 0);
    if (after) {
      // The page just newer than the cursor: the `limit` nearest items, still newest first.
      const newer = snap.data.items.filter(matches);
      return newer.slice(Math.max(0, newer.length - limit));
    }
    const out: StoredItem[] = [];
    for (const item of snap.data.items) {
      if (out.length >= limit) break;
      if (matches(item)) out.push(item);
    }
    return out;
  }

  async getItem(id: string): Promise<StoredItem | null> {
    return (await this.#fresh()).byId.get(id) ?? null;
  }

  async listTags(): Promise<TagCount[]> {
    const counts = new Map<string, TagCount>();
    for (const item of (await this.#fresh()).data.items) {
      for (const tag of item.tags) {
        const entry = counts.get(tag.slug);
        if (entry) entry.count++;
        else counts.set(tag.slug, { tag, count: 1 });
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.slug.localeCompare(b.tag.slug));
  }

  async sourceStates(): Promise<Record<string, SourceState>> {
    return { ...(await this.#fresh()).data.sources };
  }

  async check(): Promise<void> {
    await this.#fresh(true);
  }

  /** Serialise transactions inside this process; the file lock serialises them across processes. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => this.#locked(fn));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #withFileLock<T>(fn: () => Promise<T>): Promise<T> {
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(this.dir, {
        lockfilePath: path.join(this.dir, 'db.lock'),
        stale: 15_000,
        retries: { retries: 200, factor: 1.3, minTimeout: 20, maxTimeout: 500 },
      });
    } catch (err) {
      throw new StoreError(`cannot lock the store ${this.dir}: ${errorMessage(err)}`);
    }
    try {
      return await fn();
    } finally {
      await release().catch(() => undefined);
    }
  }

  async #locked<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.#withFileLock(async () => {
      const snap = await this.#fresh(true);
      // Work on a copy so a failing transaction leaves the in-memory view as the file is.
      const draft = new Snapshot(structuredClone(snap.data));
      let itemsChanged = false;
      let sourcesChanged = false;
      const tx: StoreTx = {
        findByKeys: async (keys) => {
          const ids = new Set(keys.map((k) => draft.byKey.get(k)).filter((id): id is string => !!id));
          return [...ids].map((id) => draft.byId.get(id)).filter((i): i is StoredItem => !!i);
        },
        isTombstoned: async (keys) => keys.some((k) => k in draft.data.tombstones),
        putItem: async (item) => {
          const old = draft.byId.get(item.id);
          if (old) for (const k of old.keys) draft.byKey.delete(k);
          draft.byId.set(item.id, item);
          for (const k of item.keys) draft.byKey.set(k, item.id);
          itemsChanged = true;
        },
        getSourceState: async (id) => ({ ...emptySourceState(), ...draft.data.sources[id] }),
        setSourceState: async (id, state) => {
          draft.data.sources[id] = state;
          sourcesChanged = true;
        },
      };
      const result = await fn(tx);
      if (!itemsChanged && !sourcesChanged) return result;
      const data = draft.data;
      if (itemsChanged) {
        const items = [...draft.byId.values()].sort(compareNewestFirst);
        const { kept, removed } = applyRetention(items, this.#retention, this.#now());
        for (const item of removed) for (const k of item.keys) data.tombstones[k] = item.id;
        data.items = kept;
        data.version += 1;
        data.itemsModified = this.#now().toISOString();
      }
      await this.#write(data);
      return result;
    });
  }

  async #write(data: DbData): Promise<void> {
    try {
      // Keep the previous good file as a backup the operator can restore.
      if ((await this.#fileStamp()) !== 'absent') {
        await writeFile(`${this.#file}.bak`, await readFile(this.#file));
      }
      this.#db.data = data;
      await this.#db.write();
    } catch (err) {
      this.#snapshot = null; // re-read the file as it is on the next access
      throw new StoreError(`cannot write the store file ${this.#file}: ${errorMessage(err)}`);
    }
    this.#snapshot = new Snapshot(data);
    this.#stamp = await this.#fileStamp();
  }

  async putRaw(doc: RawDocument): Promise<void> {
    const sha256 = createHash('sha256').update(doc.bytes).digest('hex');
    const blob = path.join(this.#rawDir, `${sha256}.raw`);
    try {
      await writeFile(`${blob}.tmp`, doc.bytes);
      await rename(`${blob}.tmp`, blob);
    } catch (err) {
      throw new StoreError(`cannot write a raw document to ${this.#rawDir}: ${errorMessage(err)}`);
    }
    await this.#withFileLock(async () => {
      const snap = await this.#fresh(true);
      const data = structuredClone(snap.data);
      const meta: RawMeta = {
        key: doc.key,
        location: doc.location,
        url: doc.url,
        contentType: doc.contentType,
        fetchedAt: doc.fetchedAt,
        sha256,
      };
      data.raw = [...data.raw.filter((r) => !(r.key === doc.key && r.location === doc.location)), meta];
      await this.#write(data);
      await this.#pruneRaw(data.raw);
    });
  }

  async #pruneRaw(raw: RawMeta[]): Promise<void> {
    const live = new Set(raw.map((r) => `${r.sha256}.raw`));
    for (const name of await readdir(this.#rawDir).catch(() => [] as string[])) {
      if (name.endsWith('.raw') && !live.has(name)) await rm(path.join(this.#rawDir, name), { force: true });
    }
  }

  async getRaw(key: string): Promise<RawDocument[]> {
    const snap = await this.#fresh(true);
    const out: RawDocument[] = [];
    for (const meta of snap.data.raw.filter((r) => r.key === key)) {
      const bytes = await readFile(path.join(this.#rawDir, `${meta.sha256}.raw`)).catch(() => null);
      if (bytes) out.push({ ...meta, bytes });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.#queue;
  }
}
