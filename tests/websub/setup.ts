/** A feedwright with one local JSON Feed source we can grow, a WebSub hub on a fake clock, and a server. */
import { writeFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { loadSources, type Config, type SourceDef } from '../../src/config/index.js';
import { createApp, listen, close } from '../../src/http/index.js';
import { FeedCache } from '../../src/http/feed-cache.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import { WebSubHub } from '../../src/websub/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { ingestContext, openTestStore, silentLogger, tempDirs, testConfig } from '../support/env.js';

export const STORIES = [
  { title: 'Ferry timetable changes for the winter', day: '2026-04-01' },
  { title: 'Library extends its evening opening hours', day: '2026-04-02' },
  { title: 'Volunteers plant two hundred trees along the canal', day: '2026-04-03' },
];

/** An invented JSON Feed with the first `count` stories. */
function jsonFeed(count: number): string {
  const items = STORIES.slice(0, count).map((s, i) => ({
    id: `harbour-${i + 1}`,
    url: `https://harbour-gazette.example/news/${i + 1}`,
    title: s.title,
    content_text: `${s.title}. The council confirmed the news on ${s.day}, and residents welcomed it.`,
    date_published: `${s.day}T08:00:00Z`,
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Harbour Gazette', items });
}

export interface Harness {
  config: Config;
  store: Store;
  sources: SourceDef[];
  hub: WebSubHub;
  clock: FakeClock;
  base: string;
  /** Rewrite the source with `count` stories and ingest it (then tell the hub, as `serve` does). */
  ingest: (count: number) => Promise<void>;
  post: (form: Record<string, string>, contentType?: string) => Promise<Response>;
  /** A new hub over the same store folder, as after a restart. */
  reopen: () => Promise<WebSubHub>;
  stop: () => Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dirs = tempDirs();
  const storeDir = await dirs.make();
  const sourcesDir = await dirs.make();
  const feedFile = path.join(sourcesDir, 'harbour.json');
  await writeFile(
    path.join(sourcesDir, 'sources.yaml'),
    `- id: harbour\n  title: Harbour Gazette\n  kind: feed\n  location: ${JSON.stringify(feedFile)}\n`,
  );
  // Subscribers in tests listen on loopback, which the hub refuses unless allowed.
  const config = testConfig(storeDir, sourcesDir, { FEEDWRIGHT_FETCH_ALLOW: '127.0.0.0/8', ...env });
  const sources = await loadSources(sourcesDir);
  const store = await openTestStore(config);
  const ctx = await ingestContext(store, config);
  const clock = new FakeClock('2026-05-01T00:00:00Z');
  const source = sources[0];
  if (!source) throw new Error('no source');
  const cache = new FeedCache(store, config, sources);
  const deps = { config, store, sources, logger: silentLogger(), clock, cache, retry: { attempts: 3 } };
  const hub = await WebSubHub.open(deps);
  const ingest = async (count: number): Promise<void> => {
    await writeFile(feedFile, jsonFeed(count));
    await runSource(ctx, source);
    await hub.notifyChanged();
    await hub.settled();
  };
  await ingest(1);
  const server: http.Server = await listen(
    createApp({ config, store, sources, logger: silentLogger(), websub: hub, cache }),
    0,
    '127.0.0.1',
  );
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const base = `http://127.0.0.1:${address.port}`;
  const opened: WebSubHub[] = [hub];
  return {
    config,
    store,
    sources,
    hub,
    clock,
    base,
    ingest,
    post: (form, contentType = 'application/x-www-form-urlencoded') =>
      fetch(`${base}/websub`, {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body: new URLSearchParams(form).toString(),
      }),
    reopen: async () => {
      const again = await WebSubHub.open(deps);
      opened.push(again);
      return again;
    },
    stop: async () => {
      for (const h of opened) await h.close();
      await close(server);
      await store.close();
      await dirs.cleanup();
    },
  };
}
