/**
 * A real site for the browser tests: invented feeds and an article page ingested through the real
 * pipeline into a temp store, served on 127.0.0.1 with BASE_URL set to its own address, and a real
 * SourceRunner behind the operator controls.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadSources, type Config, type SourceDef } from '../../src/config/index.js';
import { close, createApp } from '../../src/http/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import { SourceRunner } from '../../src/cli/source-runner.js';
import type { Store } from '../../src/store/index.js';
import { ingestContext, openTestStore, silentLogger, tempDirs, testConfig } from '../support/env.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const ADMIN_TOKEN = 'an-operator-token-for-tests';
/** Items in the busy feed: more than one page (20) of the home page and of its tag page. */
export const BUSY_ITEMS = 26;

const PLACES = ['Northgate', 'Elmbridge', 'Saltmarsh', 'Kestrel Hill', 'Brackenford', 'Oakley Cross'];
const THINGS = ['library', 'footbridge', 'market hall', 'swimming pool', 'bus depot', 'community garden'];
const DOINGS = [
  'reopens after repairs',
  'gets a new roof',
  'extends its opening hours',
  'wins a regional award',
  'asks residents for ideas',
];

/** An invented local-news RSS feed: one item a day, all in the "Neighbourhoods" category. */
function busyFeed(): string {
  const items = Array.from({ length: BUSY_ITEMS }, (_, n) => {
    const place = PLACES[n % PLACES.length] ?? '';
    const thing = THINGS[n % THINGS.length] ?? '';
    const doing = DOINGS[n % DOINGS.length] ?? '';
    const day = new Date(Date.UTC(2026, 0, 1 + n, 8, 0)).toUTCString();
    const title = `${place} ${thing} ${doing}`;
    return `<item>
<title>${title}</title>
<link>https://weekly-post.example/news/${n + 1}</link>
<guid>https://weekly-post.example/news/${n + 1}</guid>
<pubDate>${day}</pubDate>
<category>Neighbourhoods</category>
<description>The ${thing} in ${place} ${doing}, the parish council said on its notice board. Volunteers helped with the work over ${n + 2} weekends.</description>
</item>`;
  });
  // One story the other feed also carries, with a word only it has, for search.
  items.push(`<item>
<title>Heron colony returns to the reservoir islands</title>
<link>https://weekly-post.example/news/herons</link>
<guid>https://weekly-post.example/news/herons</guid>
<pubDate>${new Date(Date.UTC(2026, 1, 27, 7, 0)).toUTCString()}</pubDate>
<category>Wildlife</category>
<description>Birdwatchers counted thirty nests of grey herons on the reservoir islands, the first colony there in a decade.</description>
</item>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Weekly Post</title><link>https://weekly-post.example/</link><description>Invented local news</description>
${items.join('\n')}
</channel></rss>`;
}

/** A second invented feed that carries the heron story too (the same URL): "Also reported by". */
function wildlifeFeed(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wildlife Notes</title><link>https://wildlife-notes.example/</link><description>Invented</description>
<item>
<title>Herons are back on the reservoir islands</title>
<link>https://weekly-post.example/news/herons?utm_source=rss</link>
<guid>wn-1</guid>
<pubDate>${new Date(Date.UTC(2026, 1, 27, 9, 0)).toUTCString()}</pubDate>
<description>Thirty heron nests were counted on the reservoir islands this week.</description>
</item>
</channel></rss>`;
}

const SOURCES_YAML = `sources:
  - id: weekly-post
    title: Weekly Post
    kind: feed
    location: weekly-post.rss
  - id: wildlife-notes
    title: Wildlife Notes
    kind: feed
    location: wildlife-notes.rss
    schedule: '0 * * * *'
  - id: gazette
    title: Riverside Gazette
    kind: article
    location: tram-article.html
  - id: broken
    title: Broken Upstream
    kind: feed
    location: missing.rss
`;

export interface TestSite {
  base: string;
  config: Config;
  store: Store;
  sources: SourceDef[];
  stop: () => Promise<void>;
}

/** Ingest the invented sources (the broken one fails, as a source does) and serve them. */
export async function startTestSite(): Promise<TestSite> {
  const dirs = tempDirs();
  const sourcesDir = await dirs.make('feedwright-pages-sources-');
  await writeFile(path.join(sourcesDir, 'sources.yaml'), SOURCES_YAML);
  await writeFile(path.join(sourcesDir, 'weekly-post.rss'), busyFeed());
  await writeFile(path.join(sourcesDir, 'wildlife-notes.rss'), wildlifeFeed());
  await copyFile(path.join(FIXTURES, 'tram-article.html'), path.join(sourcesDir, 'tram-article.html'));
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = testConfig(await dirs.make('feedwright-pages-store-'), sourcesDir, {
    BASE_URL: base,
    FEEDWRIGHT_ADMIN_TOKEN: ADMIN_TOKEN,
    FEEDWRIGHT_RATE_LIMIT: '100000',
  });
  const sources = await loadSources(sourcesDir);
  const store = await openTestStore(config);
  const ctx = await ingestContext(store, config);
  for (const s of sources) await runSource(ctx, s).catch(() => undefined);
  const runner = new SourceRunner({
    sourcesDir,
    sources,
    logger: silentLogger(),
    store,
    run: async (s) => void (await runSource(ctx, s)),
  });
  server.on('request', createApp({ config, store, sources, logger: silentLogger(), admin: runner }));
  return {
    base,
    config,
    store,
    sources,
    stop: async () => {
      await runner.stop();
      await close(server);
      await store.close();
      await dirs.cleanup();
    },
  };
}

/** A small PNG (a two-colour gradient), served for off-site images: the test machine has no network. */
export function placeholderPng(width = 640, height = 360): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++)
      row.set([60 + (x * 120) / width, 110 + (y * 80) / height, 150], 1 + x * 3);
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
