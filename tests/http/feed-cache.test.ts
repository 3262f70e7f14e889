/**
 * The feed cache, through a real server: keyed on what the feed uses (scope, format, limit,
 * cursor), so unknown query parameters neither render anew nor push real feeds out, and the
 * least recently used feed is the one evicted.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config, SourceDef } from '../../src/config/index.js';
import { close, createApp, listen } from '../../src/http/index.js';
import { FeedCache } from '../../src/http/feed-cache.js';
import type { Store } from '../../src/store/index.js';
import { serveIngested, silentLogger, tempDirs, testConfig, type RunningServer } from '../support/env.js';
import { writeFixtureSources } from '../support/sources.js';

const dirs = tempDirs();
let config: Config;
let store: Store;
let sources: SourceDef[];
let ingested: RunningServer;

beforeAll(async () => {
  config = testConfig(await dirs.make(), await dirs.make());
  sources = await writeFixtureSources(config.sourcesDir);
  ({ store, app: ingested } = await serveIngested(config, sources));
});

afterAll(async () => {
  await ingested?.stop();
  await store?.close();
  await dirs.cleanup();
});

/** A server whose cache counts its renders (and holds at most `max` feeds). */
async function counted(max?: number) {
  let renders = 0;
  const cache = new FeedCache(store, config, sources, () => renders++, max);
  const server = await listen(
    createApp({ config, store, sources, logger: silentLogger(), cache }),
    0,
    '127.0.0.1',
  );
  const { port } = server.address() as { port: number };
  const get = async (path: string): Promise<Response> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    await res.arrayBuffer();
    return res;
  };
  return { get, renders: () => renders, stop: () => close(server) };
}

describe('feed cache keys', () => {
  it('ignores unknown query parameters: ?r=<random> is the cached feed, not a render', async () => {
    const app = await counted();
    try {
      expect((await app.get('/feed.rss')).status).toBe(200);
      expect(app.renders()).toBe(1);
      for (let i = 0; i < 20; i++) expect((await app.get(`/feed.rss?r=${randomUUID()}`)).status).toBe(200);
      expect(app.renders()).toBe(1);
      // The same feed under its parameters in another order, or with extra ones, is one entry too.
      await app.get('/feed.rss?limit=2');
      await app.get('/feed.rss?utm_source=x&limit=2');
      expect(app.renders()).toBe(2);
    } finally {
      await app.stop();
    }
  });

  it('so a flood of random URLs does not evict the feeds pollers read', async () => {
    const app = await counted(4);
    try {
      await app.get('/feed.atom');
      await app.get('/feed.json');
      for (let i = 0; i < 50; i++) await app.get(`/feed.atom?cachebust=${randomUUID()}`);
      await app.get('/feed.json');
      expect(app.renders()).toBe(2);
    } finally {
      await app.stop();
    }
  });

  it('the self link is the canonical URL, without the unknown parameters', async () => {
    const res = await fetch(`${ingested.base}/feed.json?r=${randomUUID()}&limit=2`);
    const feed = (await res.json()) as { feed_url: string };
    expect(feed.feed_url).toBe(`${config.baseUrl}/feed.json?limit=2`);
  });
});

describe('feed cache eviction', () => {
  it('evicts the least recently used feed, not everything', async () => {
    const app = await counted(2);
    try {
      await app.get('/feed.rss'); // A
      await app.get('/feed.atom'); // B
      await app.get('/feed.rss'); // A again: B is now the least recently used
      await app.get('/feed.json'); // C evicts B
      expect(app.renders()).toBe(3);
      await app.get('/feed.rss'); // A is still cached
      expect(app.renders()).toBe(3);
      await app.get('/feed.atom'); // B was evicted: rendered again
      expect(app.renders()).toBe(4);
    } finally {
      await app.stop();
    }
  });
});
