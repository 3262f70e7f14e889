import pg from 'pg';
import { READ_VERSION, VERSION_CHANNEL } from './sql.js';
import { schemaOf } from './connection.js';

export interface VersionState {
  version: string;
  itemsModified: string | null;
}

const newer = (a: string, b: string): boolean => BigInt(a) > BigInt(b);

/**
 * This node's view of the store version, kept current without a query per request: a dedicated
 * connection LISTENs for the NOTIFY every committing writer sends, and a slow poll re-reads the
 * row as the backstop for a notification lost while the connection was down. While the listener
 * is not connected, `current()` is null and callers read the row themselves.
 */
export class VersionWatch {
  #state: VersionState | null = null;
  #client: pg.Client | null = null;
  #listening = false;
  #closed = false;
  #retryMs = 500;
  #pollTimer: NodeJS.Timeout | null = null;
  #retryTimer: NodeJS.Timeout | null = null;
  readonly #schema: string;

  constructor(
    private readonly url: string,
    private readonly read: () => Promise<VersionState>,
    private readonly pollMs: number,
  ) {
    this.#schema = schemaOf(url);
  }

  /**
   * Connect the listener; a failure is retried in the background (reads fall back to queries).
   * Its connection never keeps the process alive: a server's listening socket does that.
   */
  start(): void {
    if (this.#pollTimer || this.#closed) return;
    void this.#connect();
    this.#pollTimer = setInterval(() => void this.#poll(), this.pollMs);
    this.#pollTimer.unref();
  }

  /** The version as last seen; null while the listener is down (then it may be stale). */
  current(): VersionState | null {
    return this.#listening ? this.#state : null;
  }

  /** The last version seen, connected or not (no I/O). */
  last(): VersionState | null {
    return this.#state;
  }

  /** Record a version read or written by this process; versions only move forward. */
  observe(state: VersionState): void {
    if (!this.#state || newer(state.version, this.#state.version)) this.#state = state;
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#pollTimer) clearInterval(this.#pollTimer);
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    const client = this.#client;
    this.#client = null;
    this.#listening = false;
    await client?.end().catch(() => undefined);
  }

  async #poll(): Promise<void> {
    try {
      this.observe(await this.read());
    } catch {
      // The store is unreachable: requests report it; the listener reconnects on its own.
    }
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'feedwright-listen' });
    client.on('notification', (msg) => {
      // The payload is `schema:version`; items_modified comes with the next read.
      const m = msg.channel === VERSION_CHANNEL ? /^(\w+):(\d+)$/.exec(msg.payload ?? '') : null;
      if (m?.[1] === this.#schema && m[2] && (!this.#state || newer(m[2], this.#state.version)))
        this.#state = { version: m[2], itemsModified: null };
    });
    const lost = (): void => {
      if (this.#client !== client) return;
      this.#client = null;
      this.#listening = false;
      client.end().catch(() => undefined);
      this.#retry();
    };
    client.on('error', lost);
    client.on('end', lost);
    this.#client = client;
    try {
      await client.connect();
      unrefSocket(client);
      await client.query(`LISTEN ${VERSION_CHANNEL}`);
      // Anything committed while we were not listening: read it after LISTEN, so nothing falls between.
      const { rows } = await client.query<{ version: string; items_modified: Date | null }>(READ_VERSION);
      const row = rows[0];
      if (row) this.observe({ version: row.version, itemsModified: row.items_modified?.toISOString() ?? null });
      if (this.#closed || this.#client !== client) return;
      this.#listening = true;
      this.#retryMs = 500;
    } catch {
      lost();
    }
  }

  #retry(): void {
    if (this.#closed || this.#retryTimer) return;
    const delay = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, 30_000);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      void this.#connect();
    }, delay);
    this.#retryTimer.unref();
  }
}

/** The driver keeps its socket on `connection.stream`; not unref'd, it would hold a finished command open. */
function unrefSocket(client: pg.Client): void {
  const stream = (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream;
  stream?.unref?.();
}
