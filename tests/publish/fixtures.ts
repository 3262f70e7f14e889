/** Invented stored items and a feed descriptor for the publishing tests (fixed dates throughout). */
import type { StoredItem } from '../../src/model/item.js';
import { normalisedItem } from '../support/items.js';
import type { FeedDescriptor, FeedFormat } from '../../src/publish/index.js';

const BASE = 'http://localhost:8080';

const page = (ext: string, n: number): string => `${BASE}/feed.${ext}?limit=20&page=${n}`;

/** The descriptor the HTTP layer would build for page 1 of the main feed in `format`. */
export function descriptorFor(format: FeedFormat): FeedDescriptor {
  return {
    title: 'Harbour & Hills — all stories',
    description: 'Local news from <two> valleys, republished by feedwright.',
    language: 'en',
    selfUrl: page(format, 1),
    homeUrl: `${BASE}/`,
    baseUrl: BASE,
    links: { rss: page('rss', 1), atom: page('atom', 1), json: page('json', 1) },
    paging: { first: page(format, 1), next: page(format, 2) },
    hub: 'https://hub.example.net/',
    ttlMinutes: 15,
  };
}

/** A stored item with every field empty; tests override what they need. */
function base(id: string): StoredItem {
  return {
    ...normalisedItem(),
    id,
    tags: [],
    origins: [],
    keys: [],
    contentHash: 'sha256:0',
    firstSeen: '2026-03-01T00:00:00.000Z',
    modified: '2026-03-01T00:00:00.000Z',
  };
}

/** A full story carried by two sources, with tags of every kind, a lead image and a podcast. */
export const ferryItem: StoredItem = {
  ...base('0b6f1c9e-4d2a-4c55-9a51-3f0e8d7c2b11'),
  guid: 'https://harbour-gazette.example/news/ferry-timetable',
  url: 'https://harbour-gazette.example/news/ferry-timetable',
  title: 'Ferry timetable changes: "earlier" crossings & fewer <late> sailings',
  section: 'Transport',
  summary: 'The winter timetable moves the first crossing to 05:40 & drops two late sailings.',
  byline: 'Mira Kowalska and Tom Reyes',
  published: '2026-03-02T06:15:00.000Z',
  updated: '2026-03-02T09:00:00.000Z',
  image: {
    url: 'https://harbour-gazette.example/img/ferry.jpg',
    caption: 'The morning ferry leaving the north quay',
    credit: 'Ana Pires',
  },
  body: ['The first crossing moves to 05:40.', 'Two late sailings are dropped.'],
  categories: ['Transport'],
  topics: ['economy-business-and-finance'],
  entities: { people: ['Mira Kowalska'], places: ['North Quay'], organisations: ['Harbour Ferries'] },
  contentHtml:
    '<p>The first crossing moves to 05:40.</p>\n<p>Two late sailings are dropped, says <a href="https://harbour-ferries.example/?a=1&amp;b=2">Harbour Ferries</a>.</p>',
  enclosures: [
    { url: 'https://harbour-gazette.example/audio/ferry.mp3', type: 'audio/mpeg', length: 482113 },
    { url: 'https://harbour-gazette.example/img/map.png', type: null, length: null },
  ],
  language: 'en',
  tags: [
    { label: 'Transport', slug: 'transport', kind: 'section' },
    { label: 'Ferries & Boats', slug: 'ferries-boats', kind: 'category' },
    { label: 'Economy, business and finance', slug: 'economy-business-and-finance', kind: 'topic' },
    { label: 'Harbour Ferries', slug: 'harbour-ferries', kind: 'entity' },
  ],
  origins: [
    {
      source: 'harbour-gazette',
      guid: 'https://harbour-gazette.example/news/ferry-timetable',
      url: 'https://harbour-gazette.example/news/ferry-timetable',
      fetchedAt: '2026-03-02T06:20:00.000Z',
    },
    {
      source: 'https://www.valley-courier.example/rss.xml',
      guid: 'vc-8812',
      url: 'https://valley-courier.example/2026/03/ferries',
      fetchedAt: '2026-03-02T07:05:00.000Z',
    },
    {
      source: 'harbour-gazette',
      guid: 'https://harbour-gazette.example/news/ferry-timetable?amp=1',
      url: null,
      fetchedAt: '2026-03-02T07:30:00.000Z',
    },
  ],
  keys: ['guid:https://harbour-gazette.example/news/ferry-timetable'],
  firstSeen: '2026-03-02T06:20:00.000Z',
  modified: '2026-03-02T09:05:00.000Z',
};

/** Hostile text: CDATA terminators twice, control characters, no link, no date, no author, another language. */
export const hostileItem: StoredItem = {
  ...base('5d0e7a43-18c2-4f7b-8e6a-c2b9d4a1f0aa'),
  title: 'Notes\u0007 from the\u0000 council ]]> meeting',
  summary: 'Agenda: budget\u001b, roads ]]> and parks.',
  contentHtml: '<p>Item one ]]> item two ]]> end.\u0001</p>\n<pre>a &lt; b\u000b</pre>',
  language: 'fr',
  tags: [{ label: 'Conseil', slug: 'conseil', kind: 'category' }],
  origins: [
    { source: 'feeds/council-notes.txt', guid: null, url: null, fetchedAt: '2026-03-01T10:00:00.000Z' },
  ],
  firstSeen: '2026-03-01T10:00:00.000Z',
  modified: '2026-03-01T10:00:00.000Z',
};

/** An item whose stored modification predates its stated publication (clock skew upstream). */
export const skewedItem: StoredItem = {
  ...base('9a4c2e10-7b3d-4e8f-a1c6-52d7e9f0b344'),
  url: 'https://hill-post.example/schools/open-day',
  title: 'School open day on Saturday',
  byline: 'Priya Nair',
  published: '2026-02-27T12:00:00.000Z',
  contentHtml: '<p>Doors open at ten.</p>',
  language: 'en',
  tags: [{ label: 'Education', slug: 'education', kind: 'topic' }],
  origins: [
    {
      source: 'hill-post',
      guid: 'hp-1',
      url: 'https://hill-post.example/schools/open-day',
      fetchedAt: '2026-02-27T12:30:00.000Z',
    },
  ],
  firstSeen: '2026-02-27T12:30:00.000Z',
  modified: '2026-02-27T11:00:00.000Z',
};

/** Newest first, as the store hands them over. */
export const items: StoredItem[] = [ferryItem, hostileItem, skewedItem];

/** A tag feed with nothing in it yet, no language and no description. */
export function emptyDescriptorFor(format: FeedFormat): FeedDescriptor {
  const url = (ext: string): string => `${BASE}/tags/nothing/feed.${ext}`;
  return {
    title: 'Empty tag',
    description: '',
    language: null,
    selfUrl: url(format),
    homeUrl: `${BASE}/tags/nothing/`,
    baseUrl: BASE,
    links: { rss: url('rss'), atom: url('atom'), json: url('json') },
  };
}
