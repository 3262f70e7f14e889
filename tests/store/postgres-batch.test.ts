/**
 * The PostgreSQL store pays a round trip per query: a document's dedup lookups and writes must cost
 * a fixed number of queries, not a few per item (that made ingest into a large store slow).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { dropDatabases, freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { normalisedItem } from '../support/items.js';

const unavailable = await postgresUnavailable();
afterAll(async () => {
  if (!unavailable) await dropDatabases();
});

const WORDS = ['orchard', 'lantern', 'quarry', 'meadow', 'pylon', 'kiln', 'estuary', 'granary', 'sluice', 'viaduct'];

/** Distinct stories (no two share enough words to be near-duplicates). */
const stories = (count: number, from = 0) =>
  Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const words = Array.from({ length: 12 }, (_, w) => `${WORDS[(n + w) % WORDS.length]}${n}x${w}`);
    return normalisedItem({
      guid: `story-${n}`,
      url: `https://desk.example/story-${n}`,
      title: `Story number ${n}`,
      published: new Date(Date.UTC(2025, 4, 1, 0, n)).toISOString(),
      body: [words.join(' '), words.reverse().join(' ')],
    });
  });

describe.skipIf(unavailable)('postgres store: one document, a fixed number of queries', () => {
  it('stores 40 new items, then merges them again, in a handful of queries each time', async () => {
    let queries = 0;
    const store = await openStore({
      dir: '/nonexistent',
      databaseUrl: await freshDatabase(),
      retention: { maxItems: 0, maxAgeDays: 0 },
      observer: { query: () => void queries++ },
    });
    try {
      const memo = new FingerprintMemo();
      const apply = (items: ReturnType<typeof stories>, at: string) =>
        store.transaction((tx) =>
          applyItems(tx, items, { sourceKey: 'desk', source: null, fetchedAt: at }, at, memo),
        );
      queries = 0;
      expect(await apply(stories(40), '2025-05-02T00:00:00.000Z')).toMatchObject({ created: 40 });
      const firstRun = queries;
      queries = 0;
      const again = stories(40).map((i) => ({ ...i, summary: 'Now with a standfirst.' }));
      expect(await apply(again, '2025-05-03T00:00:00.000Z')).toMatchObject({ updated: 40 });
      const secondRun = queries;
      // BEGIN, lock, prefetch, (documents), write, version, COMMIT: not 3–4 per item.
      expect(firstRun).toBeLessThanOrEqual(8);
      expect(secondRun).toBeLessThanOrEqual(8);
      expect(await store.listItems()).toHaveLength(40);
      expect((await store.listItems({ limit: 1 }))[0]?.summary).toBe('Now with a standfirst.');
    } finally {
      await store.close();
    }
  });
});
