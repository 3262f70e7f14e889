import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config, SourceDef } from '../../src/config/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  serveIngested,
  ingestContext,
  openTestStore,
  startServer,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';
import { FIXTURE_TITLES, writeFixtureSources } from '../support/sources.js';

interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  items: Array<{
    id: string;
    url?: string;
    title?: string;
    content_html?: string;
    content_text?: string;
    date_published?: string;
    tags?: string[];
  }>;
}

const FORMATS = ['rss', 'atom', 'json'] as const;
type Format = (typeof FORMATS)[number];
const parser = new Parser();
const dirs = tempDirs();
let config: Config;
let store: Store;
let sources: SourceDef[];
let app: RunningServer;

/** Item titles of a feed document, read by a real parser (rss-parser) or as JSON Feed. */
async function titlesOf(format: Format, body: string): Promise<string[]> {
  if (format === 'json') return (JSON.parse(body) as JsonFeed).items.map((i) => i.title ?? '');
  const feed = await parser.parseString(body);
  return feed.items.map((i) => i.title ?? '');
}

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${app.base}${path}`, { headers });

beforeAll(async () => {
  const storeDir = await dirs.make();
  const sourcesDir = await dirs.make();
  config = testConfig(storeDir, sourcesDir);
  sources = await writeFixtureSources(sourcesDir);
  ({ store, app } = await serveIngested(config, sources));
});

afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

describe('feeds of every stored item', () => {
  it.each(FORMATS)('/feed.%s parses and lists every stored item, newest first', async (format) => {
    const res = await get(`/feed.${format}`);
    expect(res.status).toBe(200);
    const titles = await titlesOf(format, await res.text());
    const stored = (await store.listItems()).map((i) => i.title);
    expect(titles).toEqual(stored);
    expect(titles).toHaveLength(FIXTURE_TITLES.length);
  });

  it('stores the four deduplicated stories', async () => {
    const stored = await store.listItems();
    expect(stored.map((i) => i.title).sort()).toEqual([...FIXTURE_TITLES].sort());
  });

  it.each([
    ['rss', /^application\/rss\+xml; charset=utf-8$/],
    ['atom', /^application\/atom\+xml; charset=utf-8$/],
    ['json', /^application\/feed\+json; charset=utf-8$/],
  ] as const)(
    '/feed.%s has the right Content-Type, a strong ETag and Last-Modified',
    async (format, type) => {
      const res = await get(`/feed.${format}`);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
      const lastModified = res.headers.get('last-modified');
      expect(lastModified).not.toBeNull();
      expect(Number.isNaN(Date.parse(lastModified ?? ''))).toBe(false);
    },
  );

  it('serves a JSON Feed 1.1 document with the required fields', async () => {
    const feed = (await (await get('/feed.json')).json()) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(config.feeds.siteTitle);
    expect(feed.feed_url).toBe('http://feeds.test/feed.json');
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_html ?? item.content_text).toBeTruthy();
    }
  });

  it('lists the publisher categories in the feeds', async () => {
    const feed = (await (await get('/feed.json')).json()) as JsonFeed;
    const footbridge = feed.items.find((i) => i.title === 'Footbridge reopens after flood repairs');
    expect(footbridge?.tags).toContain('Transport');
  });
});

describe('conditional requests', () => {
  it.each(FORMATS)('/feed.%s answers 304 to a matching If-None-Match and 200 otherwise', async (format) => {
    const first = await get(`/feed.${format}`);
    const etag = first.headers.get('etag') ?? '';
    const again = await get(`/feed.${format}`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await get(`/feed.${format}`, { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
    expect((await other.text()).length).toBeGreaterThan(0);
  });

  it.each(FORMATS)(
    '/feed.%s answers 304 to If-Modified-Since at Last-Modified, 200 when older',
    async (format) => {
      const first = await get(`/feed.${format}`);
      const lastModified = first.headers.get('last-modified') ?? '';
      expect((await get(`/feed.${format}`, { 'If-Modified-Since': lastModified })).status).toBe(304);
      const older = new Date(Date.parse(lastModified) - 86_400_000).toUTCString();
      expect((await get(`/feed.${format}`, { 'If-Modified-Since': older })).status).toBe(200);
    },
  );

  it('gives the same ETags after a restart over the same store', async () => {
    const before = await Promise.all(FORMATS.map(async (f) => (await get(`/feed.${f}`)).headers.get('etag')));
    const store2 = await openTestStore(config);
    const app2 = await startServer({ config, store: store2, sources });
    try {
      const after = await Promise.all(
        FORMATS.map(async (f) => (await fetch(`${app2.base}/feed.${f}`)).headers.get('etag')),
      );
      expect(after).toEqual(before);
    } finally {
      await app2.stop();
      await store2.close();
    }
  });
});

describe('scoped feeds', () => {
  it.each(FORMATS)('/tags/<slug>/feed.%s lists only items with that tag', async (format) => {
    const res = await get(`/tags/transport/feed.${format}`);
    expect(res.status).toBe(200);
    expect(await titlesOf(format, await res.text())).toEqual(['Footbridge reopens after flood repairs']);
  });

  it.each(FORMATS)('/sources/<id>/feed.%s lists the items that source carried', async (format) => {
    const res = await get(`/sources/valley/feed.${format}`);
    expect(res.status).toBe(200);
    expect(await titlesOf(format, await res.text())).toEqual([
      'Footbridge reopens after flood repairs',
      'Orchard owners report an early blossom',
    ]);
  });

  it('answers 404 JSON for an unknown source, tag or format', async () => {
    for (const path of ['/sources/nowhere/feed.rss', '/tags/no-such-tag/feed.atom', '/feed.xml']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('not_found');
      expect(body.message.length).toBeGreaterThan(0);
    }
  });
});

describe('limits', () => {
  it.each(FORMATS)('/feed.%s?limit=2 has two items', async (format) => {
    const res = await get(`/feed.${format}?limit=2`);
    expect(await titlesOf(format, await res.text())).toHaveLength(2);
  });

  it('caps a huge limit at the configured maximum', async () => {
    // A small maximum, so the cap is visible with four stored items.
    const capped = testConfig(config.storeDir, config.sourcesDir, {
      FEEDWRIGHT_MAX_LIMIT: '3',
      FEEDWRIGHT_DEFAULT_LIMIT: '2',
    });
    const app3 = await startServer({ config: capped, store, sources });
    try {
      const res = await fetch(`${app3.base}/feed.json?limit=1000000`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as JsonFeed).items).toHaveLength(3);
      const byDefault = await fetch(`${app3.base}/feed.json`);
      expect(((await byDefault.json()) as JsonFeed).items).toHaveLength(2);
    } finally {
      await app3.stop();
    }
  });

  it.each(['abc', '0', '-1', '2.5'])('rejects ?limit=%s with 400 JSON', async (limit) => {
    const res = await get(`/feed.rss?limit=${limit}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('usage');
    expect(body.message).toContain('limit');
  });
});

describe('other pages', () => {
  it('answers 404 JSON for an unknown path', async () => {
    const res = await get('/no/such/page');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it('/healthz is 200', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('the home page links the three feed formats and shows the latest titles', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await res.text();
    const alternates = html.match(/<link rel="alternate"[^>]*>/g) ?? [];
    expect(alternates).toHaveLength(3);
    for (const [format, type] of [
      ['rss', 'application/rss+xml'],
      ['atom', 'application/atom+xml'],
      ['json', 'application/feed+json'],
    ]) {
      expect(alternates.some((l) => l.includes(`type="${type}"`) && l.includes(`/feed.${format}"`))).toBe(
        true,
      );
    }
    for (const title of FIXTURE_TITLES) expect(html).toContain(title);
  });

  it('every item has a page', async () => {
    const [item] = await store.listItems({ limit: 1 });
    const res = await get(`/items/${item?.id ?? ''}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(item?.title ?? '');
  });

  it('HEAD gives the headers of GET without a body', async () => {
    const getRes = await get('/feed.atom');
    const head = await fetch(`${app.base}/feed.atom`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(getRes.headers.get('etag'));
    expect(head.headers.get('content-type')).toBe(getRes.headers.get('content-type'));
    expect(await head.text()).toBe('');
    const conditional = await fetch(`${app.base}/feed.atom`, {
      method: 'HEAD',
      headers: { 'If-None-Match': getRes.headers.get('etag') ?? '' },
    });
    expect(conditional.status).toBe(304);
  });
});

describe('tags and freshness', () => {
  it('/tags lists each tag with its count and feed links', async () => {
    const res = await get('/tags');
    expect(res.status).toBe(200);
    const tags = (await res.json()) as Array<{
      slug: string;
      label: string;
      count: number;
      feeds: Record<Format, string>;
    }>;
    const transport = tags.find((t) => t.slug === 'transport');
    expect(transport).toMatchObject({ label: 'Transport', count: 1 });
    expect(transport?.feeds.atom).toBe('http://feeds.test/tags/transport/feed.atom');
    expect(new Set(tags.map((t) => t.slug)).size).toBe(tags.length);
  });

  it('a new item changes the ETag, so an old validator gets the new feed', async () => {
    const storeDir = await dirs.make();
    const own = testConfig(storeDir, config.sourcesDir);
    const ownStore = await openTestStore(own);
    const server = await startServer({ config: own, store: ownStore, sources });
    try {
      const ctx = await ingestContext(ownStore, own);
      const [river, valley] = sources;
      if (!river || !valley) throw new Error('fixture sources missing');
      await runSource(ctx, river);
      const first = await fetch(`${server.base}/feed.rss`);
      const etag = first.headers.get('etag') ?? '';
      expect(await titlesOf('rss', await first.text())).toHaveLength(2);
      await runSource(ctx, valley);
      const second = await fetch(`${server.base}/feed.rss`, { headers: { 'If-None-Match': etag } });
      expect(second.status).toBe(200);
      expect(second.headers.get('etag')).not.toBe(etag);
      expect(await titlesOf('rss', await second.text())).toContain('Orchard owners report an early blossom');
    } finally {
      await server.stop();
      await ownStore.close();
    }
  });
});
