import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../../src/model/item.js';
import { FEED_CONTENT_TYPES, feedUpdated, renderFeed, type FeedFormat } from '../../src/publish/index.js';
import { descriptorFor, emptyDescriptorFor, ferryItem, hostileItem, items, skewedItem } from './fixtures.js';

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];
const GOLDEN: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'json' };
const golden = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./golden/${name}`, import.meta.url)), 'utf8');

const render = (format: FeedFormat, list: StoredItem[] = items): string =>
  renderFeed(format, descriptorFor(format), list);

/** XML 1.0-invalid characters plus C1 controls: none may reach a published document. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

type AtomCategory = { $: { term: string; label: string; scheme: string } };
type RssCategory = string | { _: string; $: { domain: string } };
const parser = new Parser<
  Record<string, unknown>,
  { category?: AtomCategory[]; 'content:encoded'?: string; id?: string; author?: string }
>({
  customFields: { item: [['category', 'category', { keepArray: true }]] },
});

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language?: string;
  next_url?: string;
  author?: unknown;
  items: Array<{
    id: string;
    url: string;
    title?: string;
    content_html: string;
    summary?: string;
    image?: string;
    date_published?: string;
    date_modified?: string;
    authors?: Array<{ name: string }>;
    author?: unknown;
    tags?: string[];
    attachments?: Array<{ url: string; mime_type: string; size_in_bytes?: number }>;
    _feedwright: {
      origins: Array<{ source: string }>;
      section: string | null;
      topics: string[];
      entities: { people: string[]; places: string[]; organisations: string[] };
    };
  }>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('golden files', () => {
  for (const format of FORMATS) {
    it(`${format}: three stories match the committed golden file`, () => {
      expect(render(format)).toBe(golden(`feed.${GOLDEN[format]}`));
    });
    it(`${format}: empty feed matches the committed golden file`, () => {
      expect(renderFeed(format, emptyDescriptorFor(format), [])).toBe(golden(`empty.${GOLDEN[format]}`));
    });
  }
});

describe('determinism', () => {
  it.each(FORMATS)('%s: same items give byte-identical output, whatever the clock says', (format) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = render(format);
    vi.setSystemTime(new Date('2041-07-15T12:34:56Z'));
    const second = render(format, structuredClone(items));
    expect(second).toBe(first);
    expect(renderFeed(format, emptyDescriptorFor(format), [])).toBe(
      renderFeed(format, emptyDescriptorFor(format), []),
    );
  });

  it('feedUpdated is the newest modified/published/firstSeen, epoch 0 when empty', () => {
    expect(feedUpdated([]).getTime()).toBe(0);
    expect(feedUpdated(items).toISOString()).toBe('2026-03-02T09:05:00.000Z');
    expect(feedUpdated([skewedItem]).toISOString()).toBe('2026-02-27T12:30:00.000Z');
  });

  it('content types', () => {
    expect(FEED_CONTENT_TYPES).toEqual({
      rss: 'application/rss+xml; charset=utf-8',
      atom: 'application/atom+xml; charset=utf-8',
      json: 'application/feed+json; charset=utf-8',
    });
  });
});

describe('RSS 2.0 read back with rss-parser', () => {
  it('carries channel metadata, self link and every item', async () => {
    const xml = render('rss');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Harbour & Hills — all stories');
    expect(feed.description).toBe('Local news from <two> valleys, republished by feedwright.');
    expect(feed.link).toBe('http://localhost:8080/');
    expect(feed.feedUrl).toBe('http://localhost:8080/feed.rss?limit=20&page=1');
    expect(feed.paginationLinks?.next).toBe('http://localhost:8080/feed.rss?limit=20&page=2');
    expect(xml).toContain('<lastBuildDate>Mon, 02 Mar 2026 09:05:00 GMT</lastBuildDate>');
    expect(xml).toContain('<ttl>15</ttl>');
    expect(xml).toContain('<generator>feedwright</generator>');
    expect(feed.items.map((i) => i.guid)).toEqual(items.map((i) => `urn:uuid:${i.id}`));
    expect(xml).toMatch(/<guid isPermaLink="false">urn:uuid:/);
  });

  it('maps byline, summary, content, dates, categories, enclosure and image', async () => {
    const feed = await parser.parseString(render('rss'));
    const [ferry, hostile, skewed] = feed.items;
    expect(ferry?.title).toBe('Ferry timetable changes: "earlier" crossings & fewer <late> sailings');
    expect(ferry?.link).toBe(ferryItem.url);
    expect(ferry?.creator).toBe('Mira Kowalska and Tom Reyes');
    expect(ferry?.pubDate).toBe('Mon, 02 Mar 2026 06:15:00 GMT');
    // <description> is HTML: the plain-text summary arrives HTML-escaped.
    expect(ferry?.content).toBe(
      'The winter timetable moves the first crossing to 05:40 &amp; drops two late sailings.',
    );
    expect(ferry?.['content:encoded']).toContain('Also reported by valley-courier.example.');
    expect(ferry?.enclosure).toEqual({
      url: 'https://harbour-gazette.example/audio/ferry.mp3',
      length: '482113',
      type: 'audio/mpeg',
    });
    const cats = (ferry?.categories ?? []) as RssCategory[];
    expect(cats).toContainEqual({
      _: 'Economy, business and finance',
      $: { domain: 'http://cv.iptc.org/newscodes/mediatopic/' },
    });
    expect(cats).toContain('Ferries & Boats');
    // No link of its own: the permalink on feedwright; no stated date: when first seen.
    expect(hostile?.link).toBe(`http://localhost:8080/items/${hostileItem.id}`);
    expect(hostile?.pubDate).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
    expect(hostile?.creator).toBeUndefined();
    expect(skewed?.categories).toEqual([
      { _: 'Education', $: { domain: 'http://cv.iptc.org/newscodes/mediatopic/' } },
    ]);
  });

  it('never emits <author> (it wants an e-mail) and only announces enclosures with type and length', () => {
    const xml = render('rss');
    expect(xml).not.toContain('<author>');
    expect(xml).not.toContain('map.png');
    expect(xml).toContain(
      '<media:content url="https://harbour-gazette.example/img/ferry.jpg" medium="image">',
    );
  });
});

describe('Atom 1.0 read back with rss-parser', () => {
  it('carries feed metadata, links and every entry', async () => {
    const xml = render('atom');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Harbour & Hills — all stories');
    expect(feed.link).toBe('http://localhost:8080/');
    expect(feed.feedUrl).toBe('http://localhost:8080/feed.atom?limit=20&page=1');
    expect(feed.lastBuildDate).toBe('2026-03-02T09:05:00Z');
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => `urn:uuid:${i.id}`));
    expect(xml).toContain(
      '<link rel="next" type="application/atom+xml" href="http://localhost:8080/feed.atom?limit=20&amp;page=2"/>',
    );
    expect(xml).toContain('<link rel="hub" href="https://hub.example.net/"/>');
    expect(xml).toContain(
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">',
    );
  });

  it('maps authors, dates, content, summary, categories and enclosures', async () => {
    const xml = render('atom');
    const feed = await parser.parseString(xml);
    const [ferry, hostile, skewed] = feed.items;
    expect(ferry?.author).toBe('Mira Kowalska and Tom Reyes');
    expect(ferry?.pubDate).toBe('2026-03-02T06:15:00.000Z');
    expect(ferry?.summary).toBe(
      'The winter timetable moves the first crossing to 05:40 & drops two late sailings.',
    );
    expect(ferry?.content).toContain('<p>Also reported by valley-courier.example.</p>');
    expect(ferry?.category?.map((c) => c.$)).toEqual([
      { term: 'transport', label: 'Transport', scheme: 'http://localhost:8080/tags/' },
      { term: 'ferries-boats', label: 'Ferries & Boats', scheme: 'http://localhost:8080/tags/' },
      {
        term: 'economy-business-and-finance',
        label: 'Economy, business and finance',
        scheme: 'http://cv.iptc.org/newscodes/mediatopic/',
      },
      { term: 'harbour-ferries', label: 'Harbour Ferries', scheme: 'http://localhost:8080/tags/' },
    ]);
    expect(xml).toContain(
      '<link rel="enclosure" type="audio/mpeg" length="482113" href="https://harbour-gazette.example/audio/ferry.mp3"/>',
    );
    expect(xml).not.toContain('map.png');
    // No byline: covered by the feed-level author.
    expect(hostile?.author).toBeUndefined();
    expect(xml).toMatch(/<generator>feedwright<\/generator>\n {2}<author>\n {4}<name>feedwright<\/name>/);
    // Updated never precedes published, even when the store's clock says so.
    expect(skewed?.pubDate).toBe('2026-02-27T12:00:00.000Z');
    expect(xml).toContain(
      '<published>2026-02-27T12:00:00Z</published>\n    <updated>2026-02-27T12:00:00Z</updated>',
    );
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(render('json')) as JsonFeed;

  it('has 1.1 top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Harbour & Hills — all stories');
    expect(feed.home_page_url).toBe('http://localhost:8080/');
    expect(feed.feed_url).toBe('http://localhost:8080/feed.json?limit=20&page=1');
    expect(feed.language).toBe('en');
    expect(feed.next_url).toBe('http://localhost:8080/feed.json?limit=20&page=2');
    expect(feed).not.toHaveProperty('author');
  });

  it('has every item with 1.1 item fields and the _feedwright extension', () => {
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => `urn:uuid:${i.id}`));
    const [ferry, hostile, skewed] = feed.items;
    expect(ferry).not.toHaveProperty('author');
    expect(ferry?.authors).toEqual([{ name: 'Mira Kowalska and Tom Reyes' }]);
    expect(ferry?.url).toBe(ferryItem.url);
    expect(ferry?.image).toBe('https://harbour-gazette.example/img/ferry.jpg');
    expect(ferry?.date_published).toBe('2026-03-02T06:15:00Z');
    expect(ferry?.date_modified).toBe('2026-03-02T09:05:00Z');
    expect(ferry?.tags).toEqual([
      'Transport',
      'Ferries & Boats',
      'Economy, business and finance',
      'Harbour Ferries',
    ]);
    expect(ferry?.attachments).toEqual([
      {
        url: 'https://harbour-gazette.example/audio/ferry.mp3',
        mime_type: 'audio/mpeg',
        size_in_bytes: 482113,
      },
    ]);
    expect(ferry?.content_html).toMatch(/<p>Also reported by valley-courier\.example\.<\/p>$/);
    expect(ferry?._feedwright.origins.map((o) => o.source)).toEqual([
      'harbour-gazette',
      'https://www.valley-courier.example/rss.xml',
      'harbour-gazette',
    ]);
    expect(ferry?._feedwright.section).toBe('Transport');
    expect(ferry?._feedwright.topics).toEqual(['economy-business-and-finance']);
    expect(ferry?._feedwright.entities.places).toEqual(['North Quay']);
    expect(hostile?.url).toBe(`http://localhost:8080/items/${hostileItem.id}`);
    expect(hostile?.authors).toBeUndefined();
    expect(skewed?.date_modified).toBe('2026-02-27T12:00:00Z');
  });
});

describe("an origin's source", () => {
  it("is published as a source id, never as a path on the operator's disk", () => {
    // A store written before ad-hoc files got ids holds the file's path.
    const old: StoredItem = {
      ...ferryItem,
      origins: [
        { source: '/home/ops/drops/ferry.txt', guid: null, url: null, fetchedAt: ferryItem.firstSeen },
      ],
    };
    const json = render('json', [old]);
    expect(json).not.toContain('/home/ops');
    const [item] = (JSON.parse(json) as JsonFeed).items;
    expect(item?._feedwright.origins.map((o) => o.source)).toEqual([
      expect.stringMatching(/^file-[0-9a-f]{12}\/ferry\.txt$/),
    ]);
  });
});

describe('published links', () => {
  it.each(FORMATS)('%s: carry no tracking parameters or fragment, in the item and its origins', (format) => {
    const tracked: StoredItem = {
      ...ferryItem,
      url: 'https://harbour-gazette.example/news/ferry?id=7&utm_source=rss&utm_medium=feed#comments',
      origins: [
        {
          source: 'harbour-gazette',
          guid: null,
          url: 'https://harbour-gazette.example/news/ferry?id=7&fbclid=abc',
          fetchedAt: ferryItem.firstSeen,
        },
      ],
    };
    const out = render(format, [tracked]);
    expect(out).not.toMatch(/utm_|fbclid|#comments/);
    expect(out).toMatch(/https:\/\/harbour-gazette\.example\/news\/ferry\?id=7["<]/);
  });
});

describe('hostile content', () => {
  it.each(FORMATS)('%s: no control characters survive and `]]>` reads back intact', async (format) => {
    const out = render(format, [hostileItem]);
    expect(out).not.toMatch(CONTROL);
    if (format === 'json') {
      const item = (JSON.parse(out) as JsonFeed).items[0];
      expect(item?.title).toBe('Notes from the council ]]> meeting');
      expect(item?.content_html).toBe('<p>Item one ]]> item two ]]> end.</p>\n<pre>a &lt; b</pre>');
      return;
    }
    expect(XMLValidator.validate(out)).toBe(true);
    const item = (await parser.parseString(out)).items[0];
    expect(item?.title).toBe('Notes from the council ]]> meeting');
    const html = format === 'rss' ? item?.['content:encoded'] : item?.content;
    expect(html).toBe('<p>Item one ]]> item two ]]> end.</p>\n<pre>a &lt; b</pre>');
  });

  it('the French entry is marked as such inside an English Atom feed', () => {
    expect(render('atom')).toContain('<entry xml:lang="fr">');
  });

  it('an RSS item with neither title nor summary still has a description', async () => {
    const bare: StoredItem = { ...skewedItem, title: null, summary: null };
    const item = (await parser.parseString(render('rss', [bare]))).items[0];
    expect(item?.title).toBeUndefined();
    expect(item?.content).toBe('<p>Doors open at ten.</p>');
  });

  it('credits other sources by their configured titles when given', () => {
    const feed = {
      ...descriptorFor('json'),
      sourceTitles: { 'https://www.valley-courier.example/rss.xml': 'Valley Courier' },
    };
    const out = JSON.parse(renderFeed('json', feed, [ferryItem])) as JsonFeed;
    expect(out.items[0]?.content_html).toMatch(/<p>Also reported by Valley Courier\.<\/p>$/);
  });

  it('one source seen twice is not "also reported"', () => {
    const single: StoredItem = { ...ferryItem, origins: [ferryItem.origins[0]!, ferryItem.origins[2]!] };
    for (const format of FORMATS) expect(render(format, [single])).not.toContain('Also reported by');
  });
});

describe('empty feed', () => {
  it.each(FORMATS)('%s: parses with no items and an epoch update time', async (format) => {
    const out = renderFeed(format, emptyDescriptorFor(format), []);
    if (format === 'json') {
      const feed = JSON.parse(out) as JsonFeed;
      expect(feed.items).toEqual([]);
      expect(feed).not.toHaveProperty('language');
      return;
    }
    expect(XMLValidator.validate(out)).toBe(true);
    const feed = await parser.parseString(out);
    expect(feed.items).toEqual([]);
    expect(feed.title).toBe('Empty tag');
    expect(out).toMatch(/1970-01-01T00:00:00Z|Thu, 01 Jan 1970 00:00:00 GMT/);
    expect(out).not.toContain('<language>');
    expect(out).not.toContain('xml:lang');
  });
});
