/**
 * `feedwright store copy` (the real CLI) moves a store of 10,000 items with tombstones, source
 * states and raw documents from the embedded store to PostgreSQL and back: every feed is
 * byte-identical before and after, and copying again changes nothing.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { emptySourceState, openStore, type Store } from '../../src/store/index.js';
import { requireBuiltCli, runCli, startServer, tempDirs, testConfig } from '../support/env.js';
import { dropDatabases, freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { item } from './contract.js';

const dirs = tempDirs();
const unavailable = await postgresUnavailable();
afterAll(async () => {
  await dirs.cleanup();
  if (!unavailable) await dropDatabases();
});

const FEEDS = [
  '/feed.rss',
  '/feed.atom',
  '/feed.json?limit=100',
  '/tags/t3/feed.atom',
  '/sources/wire-2/feed.json',
];

/** sha256 of every feed (and the ETag it was served with) of a store, as a reader would fetch them. */
async function feedPrints(store: Store, storeDir: string): Promise<string[]> {
  const config = testConfig(storeDir, storeDir, { BASE_URL: 'http://feeds.test' });
  const sources = [0, 1, 2, 3].map((i) => ({
    id: `wire-${i}`,
    title: `Wire ${i}`,
    kind: 'feed' as const,
    location: `https://wire-${i}.example/rss`,
    isUrl: true,
    schedule: '*/15 * * * *',
    section: null,
    tags: [],
    enabled: true,
  }));
  const app = await startServer({ config: { ...config, databaseUrl: null }, store, sources: sources as never });
  try {
    const prints: string[] = [];
    for (const path of FEEDS) {
      const res = await fetch(`${app.base}${path}`);
      const body = Buffer.from(await res.arrayBuffer());
      prints.push(`${path} ${res.status} ${res.headers.get('etag')} ${createHash('sha256').update(body).digest('hex')}`);
    }
    // A page further down, through the feed's own next link.
    const first = await (await fetch(`${app.base}/feed.json?limit=7`)).json();
    const next = String((first as { next_url?: string }).next_url ?? '').replace('http://feeds.test', app.base);
    const page = Buffer.from(await (await fetch(next)).arrayBuffer());
    prints.push(`next ${createHash('sha256').update(page).digest('hex')}`);
    return prints;
  } finally {
    await app.stop();
  }
}

const suite = unavailable ? describe.skip : describe;
suite(unavailable ? `store copy (skipped: ${unavailable})` : 'store copy', () => {
  it('round-trips 10k items, tombstones and raw documents with byte-identical feeds', { timeout: 240_000 }, async () => {
    requireBuiltCli();
    const from = await dirs.make();
    const keepAll = { maxItems: 0, maxAgeDays: 0 };
    // 10,200 items into a store that keeps 10,000: the oldest 200 leave tombstones.
    const seed = await openStore({ dir: from, retention: { maxItems: 10_000, maxAgeDays: 0 } });
    await seed.transaction(async (tx) => {
      for (let i = 0; i < 10_200; i++) {
        await tx.putItem(
          item({
            minute: i,
            tags: [{ label: `T${i % 7}`, slug: `t${i % 7}`, kind: 'topic' }],
            origins: [{ source: `wire-${i % 4}`, guid: `g${i}`, url: null, fetchedAt: '2025-03-01T00:00:00.000Z' }],
            keys: [`guid:wire-${i % 4}:g${i}`, `url:https://wire.example/${i}`, `lsh:${i % 32}:${i.toString(16)}`],
          }),
        );
      }
      await tx.setSourceState('wire-1', { ...emptySourceState(), lastResult: 'ok', lastSeen: 12, etag: '"e1"' });
    });
    for (let i = 0; i < 5; i++)
      await seed.putRaw({
        key: `wire-${i % 4}`,
        location: `https://wire-${i % 4}.example/rss?${i}`,
        url: null,
        contentType: 'application/rss+xml',
        fetchedAt: '2025-03-01T00:00:00.000Z',
        bytes: Buffer.from(`<rss>${i}\u00e9</rss>`),
      });
    const before = await feedPrints(seed, from);
    const dump = async (s: Store) => {
      const kinds: Record<string, number> = {};
      for await (const r of s.dump()) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      return kinds;
    };
    const expected = await dump(seed);
    expect(expected).toEqual({ item: 10_000, tombstone: 400, source: 1, raw: 5 });
    await seed.close();

    const url = await freshDatabase();
    const there = await runCli(['store', 'copy', '--store', from, '--to', url], { FEEDWRIGHT_DATABASE_URL: '' });
    expect(there.code, there.stderr).toBe(0);
    expect(there.stdout).toContain('changed 10000 items, 400 tombstones, 1 source states, 5 raw documents');
    const again = await runCli(['store', 'copy', '--store', from, '--to', url], { FEEDWRIGHT_DATABASE_URL: '' });
    expect(again.stdout).toContain('changed 0 items, 0 tombstones, 0 source states, 0 raw documents');

    const pg = await openStore({ dir: from, databaseUrl: url, retention: keepAll });
    expect(await dump(pg)).toEqual(expected);
    expect(await feedPrints(pg, from)).toEqual(before);
    await pg.close();

    const back = await dirs.make();
    const home = await runCli(['store', 'copy', '--to', back], { FEEDWRIGHT_DATABASE_URL: url });
    expect(home.code, home.stderr).toBe(0);
    const lowdb = await openStore({ dir: back, retention: keepAll });
    expect(await dump(lowdb)).toEqual(expected);
    expect(await feedPrints(lowdb, back)).toEqual(before);
    expect((await lowdb.getRaw('wire-0')).map((r) => r.bytes.toString())).toEqual(['<rss>0\u00e9</rss>', '<rss>4\u00e9</rss>']);
    await lowdb.close();
  });
});
