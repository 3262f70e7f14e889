/**
 * Removing items through the admin endpoints, on a real store with the server's own actions
 * (SourceRunner, as the ingest process runs them): removed items leave the feeds (new ETag), their
 * pages and search, and do not come back when their sources run again. Runs on PostgreSQL too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceRunner } from '../../src/cli/source-runner.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import type { SourceDef } from '../../src/config/index.js';
import {
  ingestContext,
  openTestStore,
  silentLogger,
  startServer,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';
import { FIXTURE_TITLES, writeFixtureSources } from '../support/sources.js';

const TOKEN = 'a-long-enough-admin-token';
const dirs = tempDirs();
let store: Store;
let app: RunningServer;
let runAll: () => Promise<void>;

beforeAll(async () => {
  const sourcesDir = await dirs.make();
  const config = testConfig(await dirs.make(), sourcesDir, {
    FEEDWRIGHT_ADMIN_TOKEN: TOKEN,
    FEEDWRIGHT_RATE_LIMIT: '1000',
  });
  store = await openTestStore(config);
  const sources: SourceDef[] = await writeFixtureSources(sourcesDir);
  const ctx = await ingestContext(store, config);
  runAll = async () => {
    for (const s of sources) await runSource(ctx, s);
  };
  await runAll();
  const admin = new SourceRunner({
    sourcesDir,
    sources,
    logger: silentLogger(),
    store,
    run: async (s) => void (await runSource(ctx, s)),
  });
  app = await startServer({ config, store, sources, admin });
});
afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

interface JsonFeed {
  items: { id: string; title: string }[];
}
const feed = async (path = '/feed.json'): Promise<{ etag: string; feed: JsonFeed }> => {
  const res = await fetch(`${app.base}${path}`);
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag') ?? '', feed: (await res.json()) as JsonFeed };
};
const admin = (method: string, path: string, token: string | null = TOKEN): Promise<Response> =>
  fetch(`${app.base}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('DELETE /admin/items/<id>', () => {
  it('removes an item from feeds, pages and search, for good', async () => {
    const before = await feed();
    expect(before.feed.items.map((i) => i.title)).toContain(FIXTURE_TITLES[0]);
    const id = (await store.listItems()).find((i) => i.title === FIXTURE_TITLES[0])?.id ?? '';
    expect((await fetch(`${app.base}/items/${id}`)).status).toBe(200);

    const refused = await admin('DELETE', `/admin/items/${id}`, null);
    expect(refused.status).toBe(401);
    expect(await store.getItem(id)).not.toBeNull();

    const res = await admin('DELETE', `/admin/items/${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ item: id, status: 'removed' });

    const after = await feed();
    expect(after.etag).not.toBe(before.etag);
    expect(after.feed.items.map((i) => i.title)).not.toContain(FIXTURE_TITLES[0]);
    const revalidated = await fetch(`${app.base}/feed.json`, { headers: { 'if-none-match': before.etag } });
    expect(revalidated.status).toBe(200);
    expect((await fetch(`${app.base}/items/${id}`)).status).toBe(404);
    const search = await (await fetch(`${app.base}/search?q=footbridge`)).text();
    expect(search).not.toContain(id);
    expect((await store.searchItems({ text: 'footbridge', limit: 10 })).total).toBe(0);

    await runAll();
    expect((await feed()).feed.items.map((i) => i.title)).not.toContain(FIXTURE_TITLES[0]);

    const again = await admin('DELETE', `/admin/items/${id}`);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining(id) });
  });
});

describe('POST /admin/sources/<id>/purge', () => {
  it("removes a source's items for good; an unknown source is 404", async () => {
    expect((await feed('/sources/town/feed.json')).feed.items.length).toBeGreaterThan(0);
    const res = await admin('POST', '/admin/sources/town/purge');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { removed: number };
    expect(body).toMatchObject({ source: 'town', status: 'purged' });
    expect(body.removed).toBeGreaterThan(0);
    await runAll();
    expect((await feed('/sources/town/feed.json')).feed.items).toEqual([]);
    expect((await feed()).feed.items.length).toBeGreaterThan(0);
    const unknown = await admin('POST', '/admin/sources/nowhere/purge');
    expect(unknown.status).toBe(404);
  });
});
