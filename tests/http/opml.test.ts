import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config, SourceDef } from '../../src/config/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  ingestContext,
  openTestStore,
  startServer,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';
import { writeFixtureSources } from '../support/sources.js';

interface Outline {
  type?: string;
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outline?: Outline[];
}

const dirs = tempDirs();
let config: Config;
let store: Store;
let sources: SourceDef[];
let app: RunningServer;
let res: Response;
let body: string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'outline',
});

/** Every subscribable outline, folders flattened. */
const feedsOf = (list: Outline[]): Outline[] =>
  list.flatMap((o) => (o.xmlUrl ? [o] : []).concat(feedsOf(o.outline ?? [])));

beforeAll(async () => {
  const storeDir = await dirs.make();
  const sourcesDir = await dirs.make();
  config = testConfig(storeDir, sourcesDir);
  sources = await writeFixtureSources(sourcesDir);
  store = await openTestStore(config);
  const ctx = await ingestContext(store, config);
  for (const s of sources) await runSource(ctx, s);
  app = await startServer({ config, store, sources });
  res = await fetch(`${app.base}/opml`);
  body = await res.text();
});

afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

describe('GET /opml', () => {
  it('is an OPML 2.0 document', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const doc = parser.parse(body) as { opml: { version: string; head: { title: string } } };
    expect(doc.opml.version).toBe('2.0');
    expect(doc.opml.head.title).toBe('feedwright feeds');
  });

  it('lists the site feed, one feed per tag and one per source, with absolute URLs', async () => {
    const doc = parser.parse(body) as { opml: { body: { outline: Outline[] } } };
    const feeds = feedsOf(doc.opml.body.outline);
    const tags = await store.listTags();
    expect(tags.length).toBeGreaterThan(0);
    const expected = [
      'http://feeds.test/feed.rss',
      ...tags.map((t) => `http://feeds.test/tags/${encodeURIComponent(t.tag.slug)}/feed.rss`),
      ...sources.map((s) => `http://feeds.test/sources/${s.id}/feed.rss`),
    ];
    expect(feeds.map((f) => f.xmlUrl).sort()).toEqual(expected.sort());
    for (const f of feeds) {
      expect(f.type).toBe('rss');
      expect(f.text).toBeTruthy();
      expect(f.title).toBeTruthy();
      expect(new URL(f.htmlUrl ?? '').protocol).toMatch(/^https?:$/);
    }
    expect(feeds.find((f) => f.xmlUrl?.endsWith('/sources/river/feed.rss'))?.text).toBe('River Post');
  });

  it('lists only feeds the server serves', async () => {
    const doc = parser.parse(body) as { opml: { body: { outline: Outline[] } } };
    for (const f of feedsOf(doc.opml.body.outline)) {
      const path = new URL(f.xmlUrl ?? '').pathname;
      const feed = await fetch(`${app.base}${path}`, { method: 'HEAD' });
      expect(feed.status, path).toBe(200);
    }
  });

  it('is the same document for the same content', async () => {
    const again = await fetch(`${app.base}/opml`);
    expect(await again.text()).toBe(body);
  });
});
