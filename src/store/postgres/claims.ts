import type pg from 'pg';
import type { Claim, ClaimOutcome, SourceClaims } from '../types.js';

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>;
type InTransaction = <T>(fn: (q: Query) => Promise<T>) => Promise<T>;

/** Namespace (first key) of the advisory locks that say a node is alive: 'fwpr'. */
const PRESENCE = 0x66777072;

/**
 * Claim due sources not held: never leased, lease lapsed, or leased by a node whose presence lock
 * is gone (its session ended: killed, crashed, cut off). $5: this node's presence key, or null.
 */
const CLAIM = `
  WITH due AS (
    SELECT id, lease_owner AS previous FROM source_claims c
    WHERE id = ANY($1::text[]) AND next_run_at <= now()
      AND (lease_until IS NULL OR lease_until < now()
           OR (lease_presence IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM pg_locks l
             WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${PRESENCE}
               AND l.objid = (c.lease_presence::bigint & 4294967295)::oid AND l.objsubid = 2
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))))
    ORDER BY next_run_at LIMIT $2
    FOR UPDATE SKIP LOCKED)
  UPDATE source_claims c
  SET lease_owner = $3, lease_token = nextval('source_claim_tokens'),
      lease_until = now() + make_interval(secs => $4), lease_presence = $5
  FROM due WHERE c.id = due.id
  RETURNING c.id, c.next_run_at, c.lease_token::text AS token, now() AS claimed_at,
    (extract(epoch FROM now() - c.next_run_at) * 1000)::float8 AS lag_ms, due.previous IS NOT NULL AS takeover`;

/**
 * A session of its own holding this node's presence lock while the node lives; the key
 * is a hash of the owner name. Reopened after a drop; null while it cannot be held (then leases
 * count by time alone).
 */
class Presence {
  #client: pg.Client | null = null;
  #key: number | null = null;
  #opening: Promise<number | null> | null = null;
  #closed = false;

  constructor(private readonly connect: () => Promise<pg.Client>) {}

  async key(owner: string): Promise<number | null> {
    if (this.#client && this.#key !== null) return this.#key;
    this.#opening ??= this.#open(owner).finally(() => (this.#opening = null));
    return this.#opening;
  }

  async #open(owner: string): Promise<number | null> {
    if (this.#closed) return null;
    let client: pg.Client | null = null;
    try {
      client = await this.connect();
      const c = client;
      c.on('error', () => undefined);
      c.on('end', () => {
        if (this.#client === c) [this.#client, this.#key] = [null, null];
      });
      const { rows } = await c.query<{ held: boolean; key: number }>(
        `SELECT pg_try_advisory_lock(${PRESENCE}, hashtext($1)) AS held, hashtext($1) AS key`,
        [owner],
      );
      // Another live session holds the same key (a hash collision): go without presence.
      if (!rows[0]?.held || this.#closed) {
        await c.end().catch(() => undefined);
        return null;
      }
      [this.#client, this.#key] = [c, rows[0].key];
      return this.#key;
    } catch {
      await client?.end().catch(() => undefined);
      return null;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#opening;
    const c = this.#client;
    [this.#client, this.#key] = [null, null];
    await c?.end().catch(() => undefined);
  }
}

/** Source claims on the PostgreSQL store (table source_claims). */
export class PostgresClaims implements SourceClaims {
  readonly #presence: Presence;

  constructor(
    private readonly q: Query,
    private readonly inTransaction: InTransaction,
    /** A dedicated session (not from the pool) for this node's presence lock. */
    connect: () => Promise<pg.Client>,
  ) {
    this.#presence = new Presence(connect);
  }

  /** Let go of the presence lock: this node's leases may then be taken over at once. */
  close(): Promise<void> {
    return this.#presence.close();
  }

  async register(
    sources: { id: string; schedule: string }[],
    first: (schedule: string, dbNow: Date) => Date,
  ): Promise<void> {
    if (!sources.length) return;
    const [row] = await this.q<{ now: Date }>('SELECT now() AS now');
    const now = row?.now ?? new Date();
    await this.q(
      `INSERT INTO source_claims (id, schedule, next_run_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
       ON CONFLICT (id) DO UPDATE SET schedule = EXCLUDED.schedule,
         next_run_at = CASE WHEN source_claims.schedule = EXCLUDED.schedule THEN source_claims.next_run_at
                            ELSE EXCLUDED.next_run_at END`,
      [sources.map((s) => s.id), sources.map((s) => s.schedule), sources.map((s) => first(s.schedule, now))],
    );
  }

  async claim(ids: string[], max: number, owner: string, leaseSeconds: number): Promise<Claim[]> {
    if (!ids.length || max <= 0) return [];
    const rows = await this.q<{
      id: string;
      next_run_at: Date;
      token: string;
      claimed_at: Date;
      lag_ms: number;
      takeover: boolean;
    }>(
      CLAIM,
      [ids, max, owner, leaseSeconds, await this.#presence.key(owner)],
    );
    return rows.map((r) => ({
      id: r.id,
      slot: r.next_run_at,
      token: r.token,
      claimedAt: r.claimed_at,
      lagMs: Math.max(0, r.lag_ms),
      takeover: r.takeover,
    }));
  }

  async renew(claim: Claim, leaseSeconds: number): Promise<boolean> {
    const rows = await this.q(
      `UPDATE source_claims SET lease_until = now() + make_interval(secs => $3)
       WHERE id = $1 AND lease_token = $2 RETURNING 1`,
      [claim.id, claim.token, leaseSeconds],
    );
    return rows.length > 0;
  }

  finish(claim: Claim, outcome: ClaimOutcome): Promise<boolean> {
    return this.inTransaction(async (q) => {
      const [row] = await q<{ now: Date; failures: number }>(
        `SELECT now() AS now, failures FROM source_claims WHERE id = $1 AND lease_token = $2 FOR UPDATE`,
        [claim.id, claim.token],
      );
      if (!row) return false;
      const { next, failures } = outcome(row.now, row.failures);
      await q(
        `UPDATE source_claims SET next_run_at = $3, failures = $4,
           lease_owner = NULL, lease_token = NULL, lease_until = NULL
         WHERE id = $1 AND lease_token = $2`,
        [claim.id, claim.token, next, failures],
      );
      return true;
    });
  }

  async dueNow(id: string): Promise<void> {
    await this.q('UPDATE source_claims SET next_run_at = now() WHERE id = $1', [id]);
  }

  async nextDueInMs(ids: string[]): Promise<number | null> {
    if (!ids.length) return null;
    const [row] = await this.q<{ ms: number | null }>(
      `SELECT (extract(epoch FROM min(greatest(next_run_at, coalesce(lease_until, next_run_at))) - now()) * 1000)::float8 AS ms
       FROM source_claims WHERE id = ANY($1::text[])`,
      [ids],
    );
    return row?.ms ?? null;
  }
}
