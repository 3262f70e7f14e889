/**
 * Every common vocabulary an entry's fields come in, and the order they are taken in (README:
 * "How feed items are read"). Invented feeds, one cause each.
 */
import { describe, expect, it } from 'vitest';
import { read, rss } from './read.js';

const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';
const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
const ITUNES = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';

describe('full content', () => {
  it('reads an XHTML body, a bare <body> and a <fullitem> as the article', async () => {
    const items = await read(
      rss(
        '<item><guid>a</guid><title>Ferry timetable</title>' +
          '<xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>Winter sailings start on Monday.</xhtml:p><xhtml:p>The late boat is dropped.</xhtml:p></xhtml:body></item>' +
          '<item><guid>b</guid><title>Quay works</title><body xmlns="http://www.w3.org/1999/xhtml"><p>Piling begins at the north quay.</p></body></item>' +
          '<item><guid>c</guid><title>Lighthouse open day</title><fullitem>&lt;p&gt;Visitors may climb the tower on Saturday.&lt;/p&gt;</fullitem></item>',
      ),
    );
    expect(items.map((i) => i.body)).toEqual([
      ['Winter sailings start on Monday.', 'The late boat is dropped.'],
      ['Piling begins at the north quay.'],
      ['Visitors may climb the tower on Saturday.'],
    ]);
    expect(items[0]?.contentHtml).toBe(
      '<p>Winter sailings start on Monday.</p><p>The late boat is dropped.</p>',
    );
    expect(items[2]?.summary).toBe('Visitors may climb the tower on Saturday.');
  });

  it('prefers content:encoded to Atom content and an XHTML body, and keeps the description as summary', async () => {
    const [item] = await read(
      rss(
        '<item><title>Harbour dues</title><description>Dues rise in April.</description>' +
          '<atom:content type="text">Second rendering.</atom:content>' +
          '<content:encoded><![CDATA[<p>Dues rise by four per cent in April.</p>]]></content:encoded></item>',
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"',
      ),
    );
    expect(item?.summary).toBe('Dues rise in April.');
    expect(item?.body).toEqual(['Dues rise by four per cent in April.']);
  });

  it('decodes Atom 0.3 base64 content and titles', async () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    const [item] = await read(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Desk</title><entry><id>urn:desk:1</id>` +
        `<title type="text/plain" mode="base64">${b64('Tide gauge replaced')}</title>` +
        `<content type="text/html" mode="base64">${b64('<p>The old gauge had <b>drifted</b> by six centimetres.</p>')}</content>` +
        `</entry></feed>`,
    );
    expect(item?.title).toBe('Tide gauge replaced');
    expect(item?.body).toEqual(['The old gauge had drifted by six centimetres.']);
    expect(item?.contentHtml).toContain('<b>drifted</b>');
  });
});

describe('fallbacks from other vocabularies', () => {
  it('takes the title and summary from Dublin Core when RSS gives none', async () => {
    const [item] = await read(
      rss(
        '<item><link>https://desk.harbour-post.test/a</link><dc:title>Pier lights renewed</dc:title><dc:description>New lamps use a third of the power.</dc:description></item>',
        DC,
      ),
    );
    expect([item?.title, item?.summary]).toEqual([
      'Pier lights renewed',
      'New lamps use a third of the power.',
    ]);
  });

  it('takes the RSS title and description before Dublin Core or Media RSS ones', async () => {
    const [item] = await read(
      rss(
        '<item><title>Own title</title><description>Own summary.</description><dc:title>DC title</dc:title>' +
          '<media:title>Media title</media:title><dc:description>DC summary.</dc:description></item>',
        DC + MEDIA,
      ),
    );
    expect([item?.title, item?.summary]).toEqual(['Own title', 'Own summary.']);
  });

  it('reads iTunes summaries and nested categories', async () => {
    const [item] = await read(
      rss(
        '<item><title>Episode 12: the net menders</title><itunes:summary>Three generations of one family mend nets.</itunes:summary>' +
          '<itunes:category text="Society &amp; Culture"><itunes:category text="Documentary"/></itunes:category></item>',
        ITUNES,
      ),
    );
    expect(item?.summary).toBe('Three generations of one family mend nets.');
    expect(item?.categories).toEqual(['Society & Culture', 'Documentary']);
  });

  it('reads Media RSS titles, descriptions, content, thumbnails and categories, also in a media:group', async () => {
    const [item] = await read(
      rss(
        '<item><guid isPermaLink="false">v-7</guid><media:group>' +
          '<media:title>Storm surge at the sea wall</media:title>' +
          '<media:description type="plain">Waves over the promenade at high water &lt;yesterday&gt;.</media:description>' +
          '<media:content url="https://cdn.harbour-post.test/v/7.mp4" type="video/mp4" fileSize="4096000"/>' +
          '<media:thumbnail url="https://cdn.harbour-post.test/v/7.jpg"/>' +
          '<media:category>Weather</media:category></media:group></item>',
        MEDIA,
      ),
    );
    expect(item?.title).toBe('Storm surge at the sea wall');
    expect(item?.summary).toBe('Waves over the promenade at high water <yesterday>.');
    expect(item?.enclosures).toEqual([
      { url: 'https://cdn.harbour-post.test/v/7.mp4', type: 'video/mp4', length: 4096000 },
    ]);
    expect(item?.image?.url).toBe('https://cdn.harbour-post.test/v/7.jpg');
    expect(item?.categories).toEqual(['Weather']);
  });

  it("takes the entry's own text, not its photo's Media RSS description, for the summary", async () => {
    const [item] = await read(
      rss(
        '<item><title>Ferry timetable changes</title><media:content url="https://cdn.harbour-post.test/p/3.jpg" medium="image">' +
          '<media:description>The ferry at the north pier.</media:description></media:content>' +
          '<content:encoded><![CDATA[<p>The winter timetable starts on Monday.</p><p>Two crossings are cut.</p>]]></content:encoded></item>',
        MEDIA + ' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      ),
    );
    expect(item?.summary).toBe('The winter timetable starts on Monday. Two crossings are cut.');
    expect(item?.body).toEqual(['The winter timetable starts on Monday.', 'Two crossings are cut.']);
  });

  it('gives a JSON Feed item with only date_modified that date as published, as Atom does updated', async () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Desk',
      items: [
        { id: 'n1', content_text: 'Jetty reopened.', date_modified: '2026-07-02T10:00:00+02:00' },
        {
          id: 'n2',
          content_text: 'Crane hired.',
          date_published: '2026-07-01T09:00:00Z',
          date_modified: '2026-07-03T09:00:00Z',
        },
      ],
    });
    const items = await read(feed, { location: 'feed.json' });
    expect(items.map((i) => [i.published, i.updated])).toEqual([
      ['2026-07-02T08:00:00Z', '2026-07-02T08:00:00Z'],
      ['2026-07-01T09:00:00Z', '2026-07-03T09:00:00Z'],
    ]);
  });
});

describe('links and structure', () => {
  it('reads an Atom link written as element text, by its rel', async () => {
    const items = await read(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>' +
        '<entry><id>urn:e:1</id><title>One</title><link rel="enclosure">https://desk.harbour-post.test/one.mp3</link><link rel="alternate" type="text/html">https://desk.harbour-post.test/one</link></entry>' +
        '<entry><id>urn:e:2</id><title>Two</title><link>https://desk.harbour-post.test/two</link></entry></feed>',
    );
    expect(items.map((i) => i.url)).toEqual([
      'https://desk.harbour-post.test/one',
      'https://desk.harbour-post.test/two',
    ]);
    expect(items[0]?.enclosures.map((e) => e.url)).toEqual(['https://desk.harbour-post.test/one.mp3']);
  });

  it("takes a proxied item's original link before the proxy's redirect, RSS and Atom alike", async () => {
    const PROXY = ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"';
    const [rssItem] = await read(
      rss(
        '<item><title>Tide tables for July</title><link>http://relay.proxy.test/~r/desk/~3/Xy12/tide-tables.html</link>' +
          '<feedburner:origLink>https://desk.harbour-post.test/2026/07/tide-tables.html</feedburner:origLink></item>',
        PROXY,
      ),
    );
    const [atomEntry] = await read(
      `<feed xmlns="http://www.w3.org/2005/Atom"${PROXY}><title>Desk</title><entry><id>urn:e:9</id><title>Buoy moved</title>` +
        '<link rel="alternate" href="http://relay.proxy.test/~r/desk/~3/Qw34/buoy.html"/>' +
        '<feedburner:origLink>https://desk.harbour-post.test/2026/07/buoy.html</feedburner:origLink></entry></feed>',
    );
    expect([rssItem?.url, atomEntry?.url]).toEqual([
      'https://desk.harbour-post.test/2026/07/tide-tables.html',
      'https://desk.harbour-post.test/2026/07/buoy.html',
    ]);
  });

  it('reads RSS items written with no <channel>', async () => {
    const items = await read(
      '<rss version="0.91"><item><title>Slipway closed</title><link>https://desk.harbour-post.test/slipway</link></item>' +
        '<item><title>Crab season opens</title><link>https://desk.harbour-post.test/crab</link></item></rss>',
    );
    expect(items.map((i) => i.title)).toEqual(['Slipway closed', 'Crab season opens']);
  });

  it('reads a CDF channel: items by HREF, TITLE, ABSTRACT and LASTMOD, nested channels too', async () => {
    const items = await read(
      '<?xml version="1.0"?><CHANNEL HREF="https://desk.harbour-post.test/"><TITLE>Desk</TITLE>' +
        '<ITEM HREF="https://desk.harbour-post.test/boats" LASTMOD="2026-02-03T09:30:00+01:00"><TITLE>Boat show moves indoors</TITLE><ABSTRACT>The hall seats twice as many.</ABSTRACT></ITEM>' +
        '<CHANNEL><ITEM HREF="https://desk.harbour-post.test/gulls"><TITLE>Gull survey</TITLE></ITEM></CHANNEL></CHANNEL>',
    );
    expect(items.map((i) => [i.url, i.title, i.summary, i.published])).toEqual([
      [
        'https://desk.harbour-post.test/boats',
        'Boat show moves indoors',
        'The hall seats twice as many.',
        '2026-02-03T08:30:00Z',
      ],
      ['https://desk.harbour-post.test/gulls', 'Gull survey', null, null],
    ]);
  });
});
