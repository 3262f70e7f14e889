/**
 * What the conformance tests add to the bundled samples: an invented upstream feed with the habits
 * of real ones (relative links, scripts, several enclosures, two-digit years), ingested through the
 * pipeline; and stored items as bad as a store can hold (written by an older version, or by a
 * normaliser that missed something), because publishing must stay valid whatever it is given.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDef } from '../../src/config/index.js';
import { emptyEntities, type StoredItem } from '../../src/model/item.js';
import type { Store } from '../../src/store/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A configured feed source reading the invented upstream feed. */
export const awkwardSource: SourceDef = {
  id: 'riverside-weekly',
  title: 'Riverside Weekly',
  kind: 'feed',
  location: path.join(FIXTURES, 'awkward.rss'),
  isUrl: false,
  schedule: '*/15 * * * *',
  section: null,
  tags: ['Riverside'],
  enabled: true,
  file: path.join(FIXTURES, 'sources.yaml'),
};

const CONTROL = '\u0001\u0008\u000B\u000C\u001F\uFFFE\uD800';

/** A stored item carrying every kind of trouble the publishers must neutralise. */
const hostileItem = (): StoredItem => ({
  id: '7e0c2a4f-9b1d-5e3a-8c6f-2d4b1a9e0f31',
  guid: 'hostile-1',
  url: 'https://old-store.example/2026/03/market-hall.html',
  title: `Market hall${CONTROL} roof to be replaced`,
  section: null,
  summary: `The roof has leaked${CONTROL} since the winter storms.`,
  byline: `Ana${CONTROL} Lopes`,
  published: '2026-03-05T07:30:00.000Z',
  updated: null,
  image: { url: 'images/market-hall.jpg', caption: `A wet${CONTROL} floor`, credit: null },
  body: ['The roof has leaked since the winter storms.'],
  related: [],
  categories: [],
  topics: [],
  entities: emptyEntities(),
  contentHtml: [
    `<p>The roof has leaked${CONTROL} since <a href="/2026/01/storms.html">the winter storms</a>.</p>`,
    '<p><img src="photos/hall.jpg" srcset="photos/hall-2x.jpg 2x, //cdn.old-store.example/hall-3x.jpg 3x" alt="Hall"></p>',
    '<script type="text/javascript">document.write("x")</script>',
    '<iframe src="//maps.example/embed"></iframe><object data="x.swf"><embed src="x.swf"></object>',
    '<p><a href="javascript:void(0)" onmouseover="x()">Details</a> and <a href="?page=2">more</a>.</p>',
    '<form action="/vote"><input name="x"></form>',
  ].join('\n'),
  enclosures: [
    { url: '/audio/hall.mp3', type: 'audio/mpeg', length: 4096 },
    { url: 'https://old-store.example/audio/hall-long.mp3', type: 'audio/mpeg', length: 8192 },
    { url: 'https://old-store.example/hall.pdf', type: 'pdf', length: 10 },
    { url: 'https://old-store.example/hall.ogg', type: 'audio/ogg', length: null },
  ],
  language: 'en',
  dropped: [],
  tags: [{ label: `Hall${CONTROL} works`, slug: 'hall-works', kind: 'category' }],
  origins: [
    {
      source: 'legacy',
      guid: 'hostile-1',
      url: 'https://old-store.example/2026/03/market-hall.html',
      fetchedAt: '2026-03-05T08:00:00.000Z',
    },
  ],
  keys: ['guid:hostile-1'],
  contentHash: 'sha256:hostile-1',
  firstSeen: '2026-03-05T08:00:00.000Z',
  modified: '2026-03-05T08:00:00.000Z',
});

/** A stored item with a link that is not a web URL and dates outside what feeds can say. */
const oddDatesItem = (): StoredItem => ({
  ...hostileItem(),
  id: '3a9f5c1e-2b7d-5f40-9e8a-6c1d0b2f4e57',
  guid: 'hostile-2',
  url: 'javascript:alert(1)',
  title: 'Year-ten-thousand typo in a stored date',
  summary: null,
  byline: null,
  published: '+010000-01-01T00:00:00.000Z',
  image: { url: 'data:image/png;base64,AAAA', caption: null, credit: null },
  contentHtml: '<p>A date typo <a href="mailto:desk@old-store.example">reported</a> by readers.</p>',
  enclosures: [],
  language: 'not a language tag',
  tags: [],
  keys: ['guid:hostile-2'],
  contentHash: 'sha256:hostile-2',
  firstSeen: '2026-03-04T08:00:00.000Z',
  modified: '2026-03-04T08:00:00.000Z',
});

/** Put the hostile items straight into the store, as an older version might have left them. */
export async function putHostileItems(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.putItem(hostileItem());
    await tx.putItem(oddDatesItem());
  });
}
