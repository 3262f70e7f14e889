/**
 * Relative addresses in feeds are resolved (RFC 3986) against the nearest xml:base of any
 * ancestor, the root included, then the Content-Location the server named, then the address the
 * feed was fetched from. Invented feeds.
 */
import { describe, expect, it } from 'vitest';
import { read } from './read.js';

const ITEM =
  '<item><title>Moorings reallocated</title><link>moorings</link><guid isPermaLink="false">m1</guid>' +
  '<description>&lt;a href="maps/pontoons"&gt;The new plan&lt;/a&gt; gives each club a pontoon.</description></item>';

describe('xml:base', () => {
  it('on the <rss> root applies to every item link and to links in content', async () => {
    const [item] = await read(
      `<rss version="2.0" xml:base="https://marina.shorecrest.test/news/"><channel><title>Marina</title>${ITEM}</channel></rss>`,
    );
    expect(item?.url).toBe('https://marina.shorecrest.test/news/moorings');
    expect(item?.contentHtml).toContain('href="https://marina.shorecrest.test/news/maps/pontoons"');
  });

  it('is taken from the nearest ancestor, each one resolved against the one above it', async () => {
    const [entry] = await read(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://marina.shorecrest.test/"><title>Marina</title>' +
        '<entry xml:base="news/2026/"><id>urn:m:1</id><title>Fuel berth moves</title><link href="fuel-berth"/>' +
        '<content type="html" xml:base="/archive/">&lt;img src="berth.jpg"&gt;&lt;p&gt;Now beside the crane.&lt;/p&gt;</content>' +
        '</entry></feed>',
    );
    expect(entry?.url).toBe('https://marina.shorecrest.test/news/2026/fuel-berth');
    expect(entry?.contentHtml).toContain('src="https://marina.shorecrest.test/archive/berth.jpg"');
  });

  it('inside XHTML content applies to the markup under it', async () => {
    const [entry] = await read(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://marina.shorecrest.test/"><title>Marina</title>' +
        '<entry><id>urn:m:2</id><title>Crane hire</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="hire/">' +
        '<p><a href="rates">Rates</a> are by the hour.</p></div></content></entry></feed>',
    );
    expect(entry?.contentHtml).toContain('href="https://marina.shorecrest.test/hire/rates"');
  });
});

describe('the document base', () => {
  const feed = `<rss version="2.0"><channel><title>Marina</title>${ITEM}</channel></rss>`;

  it('is the Content-Location (resolved against the request URL) before the URL fetched', async () => {
    const [item] = await read(feed, {
      url: 'https://feeds.shorecrest.test/marina.xml',
      contentLocation: '/v2/marina/index.xml',
    });
    expect(item?.url).toBe('https://feeds.shorecrest.test/v2/marina/moorings');
  });

  it('gives way to an xml:base in the document', async () => {
    const [item] = await read(
      feed.replace('<channel>', '<channel xml:base="https://marina.shorecrest.test/desk/">'),
      {
        url: 'https://feeds.shorecrest.test/marina.xml',
        contentLocation: 'https://mirror.shorecrest.test/marina.xml',
      },
    );
    expect(item?.url).toBe('https://marina.shorecrest.test/desk/moorings');
  });

  it('is the URL fetched when the server names no Content-Location', async () => {
    const [item] = await read(feed, { url: 'https://feeds.shorecrest.test/marina/rss' });
    expect(item?.url).toBe('https://feeds.shorecrest.test/marina/moorings');
  });
});

describe('a permalink guid without a <link>', () => {
  const feed = (guid: string): string =>
    `<rss version="2.0"><channel><title>Parish</title><item><title>Hall repainted</title>${guid}</item></channel></rss>`;
  const urlOf = async (guid: string): Promise<string | null> =>
    (await read(feed(guid), { url: 'https://feeds.parish.test/rss/notices.xml' }))[0]?.url ?? null;

  it('is the address when it is a path, resolved against where the feed was fetched', async () => {
    expect(await urlOf('<guid>/notices/hall-repainted</guid>')).toBe(
      'https://feeds.parish.test/notices/hall-repainted',
    );
    expect(await urlOf('<guid>notices/hall</guid>')).toBe('https://feeds.parish.test/rss/notices/hall');
  });

  it('is no address when it is a bare key, unless the feed marks it as a permalink', async () => {
    expect(await urlOf('<guid>notice-1042</guid>')).toBeNull();
    expect(await urlOf('<guid isPermaLink="false">/notices/hall</guid>')).toBeNull();
    expect(await urlOf('<guid isPermaLink="true">hall.html</guid>')).toBe(
      'https://feeds.parish.test/rss/hall.html',
    );
    expect(await urlOf('<guid isPermaLink="true">urn:uuid:4f1c</guid>')).toBeNull();
  });
});
