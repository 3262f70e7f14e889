import type pg from 'pg';
import type { HubRecords, HubStateStore } from '../types.js';

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>;
type Sub = HubRecords['subscriptions'][number];
const keyOf = (s: { topic: string; callback: string }): string => `${s.topic}\n${s.callback}`;

/**
 * WebSub subscriptions and announced ETags in tables shared by every node. Each node writes only
 * what it changed (a subscription another node added meanwhile is never deleted by its save), and
 * a delivery is claimed by setting the subscriber's last ETag, so one node pushes each change.
 */
export class PostgresHubState implements HubStateStore {
  /** Subscriptions this node last read or wrote: what its saves may delete. */
  #known = new Set<string>();

  constructor(private readonly q: Query) {}

  async load(): Promise<HubRecords> {
    const subs = await this.q<{
      topic: string;
      callback: string;
      secret: string | null;
      lease_seconds: number;
      expires_at: string;
      last_etag: string | null;
    }>('SELECT * FROM websub_subscriptions ORDER BY topic, callback');
    const published = await this.q<{ topic: string; etag: string }>('SELECT topic, etag FROM websub_published');
    const subscriptions: Sub[] = subs.map((r) => ({
      topic: r.topic,
      callback: r.callback,
      secret: r.secret,
      leaseSeconds: r.lease_seconds,
      expiresAt: r.expires_at,
      lastEtag: r.last_etag,
    }));
    this.#known = new Set(subscriptions.map(keyOf));
    return { subscriptions, published: Object.fromEntries(published.map((r) => [r.topic, r.etag])) };
  }

  async save(state: HubRecords): Promise<void> {
    const current = new Set(state.subscriptions.map(keyOf));
    const gone = [...this.#known].filter((k) => !current.has(k)).map((k) => k.split('\n'));
    if (gone.length)
      await this.q(
        `DELETE FROM websub_subscriptions w USING unnest($1::text[], $2::text[]) AS g(topic, callback)
         WHERE w.topic = g.topic AND w.callback = g.callback`,
        [gone.map((g) => g[0]), gone.map((g) => g[1])],
      );
    const subs = state.subscriptions;
    if (subs.length)
      await this.q(
        `INSERT INTO websub_subscriptions (topic, callback, secret, lease_seconds, expires_at, last_etag)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
         ON CONFLICT (topic, callback) DO UPDATE SET secret = EXCLUDED.secret, lease_seconds = EXCLUDED.lease_seconds,
           expires_at = EXCLUDED.expires_at, last_etag = EXCLUDED.last_etag`,
        [
          subs.map((s) => s.topic),
          subs.map((s) => s.callback),
          subs.map((s) => s.secret),
          subs.map((s) => s.leaseSeconds),
          subs.map((s) => s.expiresAt),
          subs.map((s) => s.lastEtag),
        ],
      );
    const published = Object.entries(state.published);
    if (published.length)
      await this.q(
        `INSERT INTO websub_published (topic, etag) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (topic) DO UPDATE SET etag = EXCLUDED.etag`,
        [published.map((p) => p[0]), published.map((p) => p[1])],
      );
    this.#known = current;
  }

  async claimDelivery(topic: string, callback: string, etag: string): Promise<boolean> {
    const rows = await this.q(
      `UPDATE websub_subscriptions SET last_etag = $3
       WHERE topic = $1 AND callback = $2 AND last_etag IS DISTINCT FROM $3 RETURNING 1`,
      [topic, callback, etag],
    );
    return rows.length > 0;
  }
}
