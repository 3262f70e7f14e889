import { copyFile, mkdir, readFile, rm, stat, writeFile, rename, readdir, rmdir, unlink, utimes } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { StoredItem } from '../model/item.js';
import { isBandKey } from '../dedup/lsh.js';
import { mostKeysShared } from './similar.js';
import type { SearchIndex } from '../search/index.js';
import { StoreError, UsageError, errorMessage } from '../errors/index.js';
import {
  emptySourceState,
  type ItemQuery,
  type RawDocument,
  type SearchQuery,
  type SearchResult,
  type SourceState,
  type StoreHealth,
  type StoreObserver,
  type StoreRecord,
  type LoadCounts,
  type StoreReadiness,
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

/** Only identity keys are tombstoned: similarity bands are shared by unrelated stories. */
function tombstone(data: DbData, item: StoredItem): void {
  for (const k of item.keys) if (!isBandKey(k)) data.tombstones[k] = item.id;
}

export interface LowdbStoreOptions {
  dir: string;
  retention: RetentionPolicy;
  now?: () => Date;
  observer?: StoreObserver;
}

/** In-memory view of the file, with indexes rebuilt on every load. */
class Snapshot {
  readonly byId = new Map<string, StoredItem>();
  readonly byKey = new Map<string, string>();
  /** The version as text, made once: every cached poll compares it. */
  readonly version: string;
  constructor(readonly data: DbData) {
    this.version = String(data.version);
    // Items are newest first: when several share a key (an LSH band), the newest keeps it, as it
    // would have in the process that wrote them.
    for (const item of data.items) {
      this.byId.set(item.id, item);
      for (const key of item.keys) if (!this.byKey.has(key)) this.byKey.set(key, item.id);
    }
  }

  /** The distinct items these keys point to, in key order. */
  itemsByKeys(keys: readonly string[]): StoredItem[] {
    const ids = new Set(keys.map((k) => this.byKey.get(k)).filter((id): id is string => !!id));
    return [...ids].map((id) => this.byId.get(id)).filter((i): i is StoredItem => !!i);
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
  readonly #observer: StoreObserver | undefined;
  #snapshot: Snapshot | null = null;
  #stamp = '';
  #lastStatAt = 0;
  #queue: Promise<unknown> = Promise.resolve();
  /** Built on the first search, then kept in step with the snapshot. */
  #search: SearchIndex | null = null;
  /** The last write of this process failed (disk full, read-only): reads still work. */
  #writeFailure: { at: string; message: string } | null = null;

  private constructor(readonly dir: string, options: LowdbStoreOptions) {
    this.#file = path.join(dir, 'db.json');
    this.#rawDir = path.join(dir, 'raw');
    this.#db = new Low<DbData>(new JSONFile<DbData>(this.#file), emptyDb());
    this.#retention = options.retention;
    this.#now = options.now ?? (() => new Date());
    this.#observer = options.observer;
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
    return (await this.#fresh()).version;
  }

  knownVersion(): string | null {
    return this.#snapshot?.version ?? null;
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

  async searchItems(query: SearchQuery): Promise<SearchResult> {
    const items = (await this.#fresh()).data.items;
    // Loaded on the first search, not with the store: CLI commands and a front nobody searches
    // never pay for the index or the stopword lists it reads.
    this.#search ??= new (await import('../search/index.js')).SearchIndex();
    await this.#search.sync(items);
    const hits = this.#search.search(query.text, query.order);
    const offset = Math.max(0, query.offset ?? 0);
    return { items: hits.slice(offset, offset + query.limit), total: hits.length };
  }

  async sourceStates(): Promise<Record<string, SourceState>> {
    return { ...(await this.#fresh()).data.sources };
  }

  /**
   * Throws StoreError when the store cannot be read, or when this process's last write failed and
   * a probe write (the same file, rewritten unchanged) still fails; a passing probe clears it.
   */
  async check(): Promise<StoreHealth> {
    await this.#fresh(true);
    const failure = this.#writeFailure;
    if (!failure) return { writable: true, problem: null };
    const probe = this.#queue.then(() =>
      this.#withFileLock(async (lock) => this.#write((await this.#fresh(true)).data, lock)),
    );
    this.#queue = probe.catch(() => undefined);
    try {
      await probe;
      return { writable: true, problem: null };
    } catch {
      return {
        writable: false,
        problem:
          `the store ${this.dir} cannot be written (failing since ${failure.at}): ` +
          `${this.#writeFailure?.message ?? failure.message}; stored items are still served`,
      };
    }
  }

  /** Ready when the file can be read (a folder store has no schema to migrate). */
  async readiness(): Promise<StoreReadiness> {
    try {
      await this.#fresh(true);
      return { ready: true, problem: null };
    } catch (err) {
      return { ready: false, problem: errorMessage(err) };
    }
  }

  /** Serialise transactions inside this process; the file lock serialises them across processes. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => this.#locked(fn));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #withFileLock<T>(fn: (lock: HeldLock) => Promise<T>): Promise<T> {
    const lock = await acquireStoreLock(this.dir);
    try {
      return await fn(lock);
    } finally {
      await lock.release();
    }
  }

  async #locked<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.#withFileLock(async (lock) => {
      const snap = await this.#fresh(true);
      // Work on a copy so a failing transaction leaves the in-memory view as the file is.
      const draft = new Snapshot(structuredClone(snap.data));
      let itemsChanged = false;
      let sourcesChanged = false;
      const tx: StoreTx = {
        findByKeys: async (keys) => draft.itemsByKeys(keys),
        findSimilar: async (keys, limit) => mostKeysShared(draft.itemsByKeys(keys), keys, limit),
        isTombstoned: async (keys) => keys.some((k) => k in draft.data.tombstones),
        putItem: async (item) => {
          const old = draft.byId.get(item.id);
          if (old) for (const k of old.keys) draft.byKey.delete(k);
          draft.byId.set(item.id, item);
          for (const k of item.keys) draft.byKey.set(k, item.id);
          itemsChanged = true;
        },
        removeItems: async (which) => {
          const doomed =
            'ids' in which
              ? which.ids.map((id) => draft.byId.get(id)).filter((i): i is StoredItem => !!i)
              : [...draft.byId.values()].filter((i) => i.origins.some((o) => o.source === which.source));
          // Keys left in byKey point at no item now: findByKeys skips them, as it should.
          for (const item of doomed) {
            draft.byId.delete(item.id);
            tombstone(draft.data, item);
          }
          if (doomed.length) itemsChanged = true;
          return doomed.map((i) => i.id);
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
        for (const item of removed) tombstone(data, item);
        data.items = kept;
        data.version += 1;
        data.itemsModified = this.#now().toISOString();
      }
      await this.#write(data, lock);
      return result;
    });
  }

  async #write(data: DbData, lock: HeldLock): Promise<void> {
    // A lock lost while we worked (heartbeat missed, or broken by another process) means our
    // snapshot may be stale: writing now could undo someone else's write.
    lock.assertHeld();
    try {
      // Keep the previous good file as a backup the operator can restore; copied to a temp name
      // and renamed, so a crash mid-copy never leaves a half-written backup either.
      if ((await this.#fileStamp()) !== 'absent') {
        await copyFile(this.#file, `${this.#file}.bak.tmp`);
        await rename(`${this.#file}.bak.tmp`, `${this.#file}.bak`);
      }
      this.#db.data = data;
      await this.#db.write();
    } catch (err) {
      this.#snapshot = null; // re-read the file as it is on the next access
      this.#writeFailure = { at: this.#now().toISOString(), message: describeFsError(err) };
      this.#observer?.error?.(err);
      throw new StoreError(`cannot write the store file ${this.#file}: ${describeFsError(err)}`, { cause: err });
    }
    this.#writeFailure = null;
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
      throw new StoreError(`cannot write a raw document to ${this.#rawDir}: ${describeFsError(err)}`);
    }
    await this.#withFileLock(async (lock) => {
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
      await this.#write(data, lock);
      await this.#pruneRaw(data.raw);
    });
  }

  async #pruneRaw(raw: RawMeta[]): Promise<void> {
    const live = new Set(raw.map((r) => `${r.sha256}.raw`));
    for (const name of await readdir(this.#rawDir).catch(() => [] as string[])) {
      const file = path.join(this.#rawDir, name);
      if (name.endsWith('.raw') && !live.has(name)) await rm(file, { force: true });
      // A temp copy left by a writer killed mid-write; old enough that no live writer owns it.
      if (name.endsWith('.raw.tmp') && (await isOlderThan(file, 10 * 60_000))) await rm(file, { force: true });
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

  async *dump(): AsyncIterable<StoreRecord> {
    const { data } = await this.#fresh(true);
    for (const item of data.items) yield { kind: 'item', item };
    for (const [key, itemId] of Object.entries(data.tombstones)) yield { kind: 'tombstone', key, itemId };
    for (const [id, state] of Object.entries(data.sources)) yield { kind: 'source', id, state };
    for (const meta of data.raw) {
      const bytes = await readFile(path.join(this.#rawDir, `${meta.sha256}.raw`)).catch(() => null);
      if (bytes) yield { kind: 'raw', doc: { ...meta, bytes } };
    }
  }

  /** One locked write with everything that differs; raw blobs are written before it. */
  async load(records: AsyncIterable<StoreRecord>): Promise<LoadCounts> {
    const items: StoredItem[] = [];
    const tombstones: [string, string][] = [];
    const sources: [string, SourceState][] = [];
    const raw: RawMeta[] = [];
    for await (const r of records) {
      if (r.kind === 'item') items.push(r.item);
      else if (r.kind === 'tombstone') tombstones.push([r.key, r.itemId]);
      else if (r.kind === 'source') sources.push([r.id, r.state]);
      else {
        const sha256 = createHash('sha256').update(r.doc.bytes).digest('hex');
        const blob = path.join(this.#rawDir, `${sha256}.raw`);
        if (!(await stat(blob).catch(() => null))) {
          await writeFile(`${blob}.tmp`, r.doc.bytes);
          await rename(`${blob}.tmp`, blob);
        }
        const { bytes: _bytes, ...meta } = r.doc;
        raw.push({ ...meta, sha256 });
      }
    }
    const counts: LoadCounts = { items: 0, tombstones: 0, sources: 0, raw: 0 };
    const result = this.#queue.then(() =>
      this.#withFileLock(async (lock) => {
        const data = structuredClone((await this.#fresh(true)).data);
        const byId = new Map(data.items.map((i) => [i.id, i]));
        for (const item of items) {
          const old = byId.get(item.id);
          if (old && JSON.stringify(old) === JSON.stringify(item)) continue;
          byId.set(item.id, item);
          counts.items++;
        }
        const loaded = new Set(items.map((i) => i.id));
        for (const [key, id] of tombstones) {
          // An item removed at the origin after an earlier copy: removed here too.
          if (!loaded.has(id) && byId.delete(id)) counts.items++;
          if (data.tombstones[key] === id) continue;
          data.tombstones[key] = id;
          counts.tombstones++;
        }
        for (const [id, state] of sources) {
          if (JSON.stringify(data.sources[id]) === JSON.stringify(state)) continue;
          data.sources[id] = state;
          counts.sources++;
        }
        for (const meta of raw) {
          const old = data.raw.find((m) => m.key === meta.key && m.location === meta.location);
          if (old && JSON.stringify(old) === JSON.stringify(meta)) continue;
          data.raw = [...data.raw.filter((m) => m !== old), meta];
          counts.raw++;
        }
        if (!counts.items && !counts.tombstones && !counts.sources && !counts.raw) return counts;
        if (counts.items) {
          data.items = [...byId.values()].sort(compareNewestFirst);
          data.version += 1;
          data.itemsModified = this.#now().toISOString();
        }
        await this.#write(data, lock);
        return counts;
      }),
    );
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.#queue;
  }
}

const isOlderThan = async (file: string, ms: number): Promise<boolean> =>
  stat(file).then(
    (st) => Date.now() - st.mtimeMs > ms,
    () => false,
  );

/** An fs error as an operator reads it: the cause in words, then the system's own message. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const hint: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exhausted',
    EROFS: 'the file system is read-only',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'a folder is in the way of the file',
  };
  const words = code ? hint[code] : undefined;
  return words ? `${words} (${errorMessage(err)})` : errorMessage(err);
}

/**
 * How long a lock whose holder stopped refreshing it counts as held. The holder refreshes it
 * (mtime heartbeat) every LOCK_UPDATE_MS; a holder killed outright on this host is detected at
 * once by its pid (see `ownerIsDead`), so this only bounds the wait for a holder on another host
 * (a shared volume) or one killed in the instant between taking the lock and naming itself.
 */
const LOCK_STALE_MS = 10_000;
const LOCK_UPDATE_MS = 2_000;
/** Give up waiting for a live holder after this long. */
const LOCK_WAIT_MS = 60_000;
const OWNER_FILE = 'owner';

interface HeldLock {
  /** Throws StoreError when the lock was lost (compromised) since it was taken. */
  assertHeld(): void;
  release(): Promise<void>;
}

const lockPath = (dir: string): string => path.join(dir, 'db.lock');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the lock names a holder on this host whose process no longer exists. */
async function ownerIsDead(dir: string): Promise<boolean> {
  const text = await readFile(path.join(lockPath(dir), OWNER_FILE), 'utf8').catch(() => null);
  const m = text ? /^(\d+) (.+)$/.exec(text.trim()) : null;
  if (!m || m[2] !== os.hostname()) return false;
  try {
    process.kill(Number(m[1]), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Name this process as the lock's holder, inside the lock folder. Creating the file changes the
 * folder's mtime, which proper-lockfile's heartbeat would take for another process's lock: put
 * back the mtime it recorded.
 */
async function nameOwner(lockDir: string, owner: string): Promise<void> {
  try {
    const { mtime } = await stat(lockDir);
    await writeFile(owner, `${process.pid} ${os.hostname()}\n`);
    await utimes(lockDir, mtime, mtime);
  } catch {
    // Without an owner file the lock is still valid; it just falls back to the stale period.
  }
}

/** Remove a dead holder's lock (its owner file, then the folder proper-lockfile made). */
async function breakLock(dir: string): Promise<void> {
  await rm(path.join(lockPath(dir), OWNER_FILE), { force: true });
  await rmdir(lockPath(dir)).catch(() => undefined);
}

/**
 * The cross-process store lock: proper-lockfile's mkdir lock with an mtime heartbeat, plus an
 * owner file (pid and host) so that a holder killed with SIGKILL does not block the next writer
 * for the whole stale period. A compromised lock (heartbeat lost, e.g. a frozen process) fails the
 * holder's write with a StoreError instead of being thrown from a timer (that would crash it).
 */
async function acquireStoreLock(dir: string): Promise<HeldLock> {
  // Loaded on the first write, not with the store: proper-lockfile installs exit hooks on 18
  // signals (signal-exit), which cost a process that only reads, like the HTTP front, about a fifth of
  // its requests per second.
  const { default: lockfile } = await import('proper-lockfile');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      let lost: Error | null = null;
      const release = await lockfile.lock(dir, {
        lockfilePath: lockPath(dir),
        stale: LOCK_STALE_MS,
        update: LOCK_UPDATE_MS,
        retries: 0,
        // The default throws from a timer, which would crash the server: remember it instead.
        onCompromised: (err) => {
          lost = err;
        },
      });
      const owner = path.join(lockPath(dir), OWNER_FILE);
      await nameOwner(lockPath(dir), owner);
      return {
        assertHeld: () => {
          if (lost) throw new StoreError(`lost the lock on the store ${dir}: ${errorMessage(lost)}`);
        },
        release: async () => {
          // proper-lockfile removes the folder with rmdir: it must be empty. Should its heartbeat
          // have seen the unlink as a foreign change, its release fails: remove our folder here.
          await unlink(owner).catch(() => undefined);
          await release().catch(() => rmdir(lockPath(dir)).catch(() => undefined));
        },
      };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A stale lock that names its owner: proper-lockfile's rmdir cannot remove it; we can.
      if (code === 'ENOTEMPTY' && Date.now() <= deadline) {
        await breakLock(dir);
        continue;
      }
      if (code !== 'ELOCKED' || Date.now() > deadline) {
        throw new StoreError(`cannot lock the store ${dir}: ${errorMessage(err)}`, { cause: err });
      }
      if (await ownerIsDead(dir)) await breakLock(dir);
      else await sleep(Math.min(20 * 1.3 ** attempt, 250) * (0.5 + Math.random()));
    }
  }
}
