/**
 * Ill-formed feeds give the items that can be read whole, or one clear error; recovery never
 * invents an item. Invented feeds.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/errors/index.js';
import { read, refusal, rss } from './read.js';

describe('charsets nobody declared', () => {
  it.each([
    [
      'koi8-r',
      'Паромная переправа снова открыта',
      'Паром начинает ходить по зимнему расписанию с понедельника.',
    ],
    [
      'windows-1251',
      'Новый причал для рыбацких лодок',
      'Строительство причала закончится к началу летнего сезона.',
    ],
    ['shift_jis', '港の灯台が一般公開されます', '土曜日に灯台の展望台へ上がることができます。'],
  ])('reads a feed in %s by detecting it', async (charset, title, description) => {
    const xml = `<rss version="2.0"><channel><title>Desk</title><item><title>${title}</title><description>${description}</description></item></channel></rss>`;
    const [item] = await read(iconv.encode(xml, charset));
    expect([item?.title, item?.summary]).toEqual([title, description]);
  });
});

describe('truncated feeds', () => {
  const two =
    '<item><title>Harbour master retires</title><link>https://desk.harbour-post.test/hm</link></item>' +
    '<item><title>Buoy repainted</title><link>https://desk.harbour-post.test/buoy</link></item>';

  it('keep the items before the cut, not the one cut off', async () => {
    const whole = rss(
      `${two}<item><title>Third story</title><link>https://desk.harbour-post.test/third</link></item>`,
    );
    const cut = whole.slice(0, whole.indexOf('/third') - 10);
    const items = await read(cut);
    expect(items.map((i) => i.title)).toEqual(['Harbour master retires', 'Buoy repainted']);
  });

  it('cut inside their only item are one clear error', async () => {
    const whole = rss(
      '<item><title>Harbour master retires</title><link>https://desk.harbour-post.test/hm</link></item>',
    );
    const err = await refusal(whole.slice(0, whole.indexOf('/hm')));
    expect(err).toBeInstanceOf(ParseError);
    expect(err.message).toMatch(/truncated feed with no complete item/);
  });
});

describe('recovery', () => {
  it('takes an unclosed <title> as ended at the next field, and invents no item', async () => {
    const items = await read(
      rss(
        '<item><title>Sea wall inspection<link>https://desk.harbour-post.test/wall</link><guid>w</guid>' +
          '<description>Engineers found two cracks.</description><pubDate>Tue, 03 Feb 2026 10:00:00 GMT</pubDate></item>' +
          '<item><title>Crab pots lost</title><link>https://desk.harbour-post.test/pots</link><guid>p</guid></item>',
      ),
    );
    expect(items.map((i) => [i.guid, i.title, i.url, i.summary, i.published])).toEqual([
      [
        'w',
        'Sea wall inspection',
        'https://desk.harbour-post.test/wall',
        'Engineers found two cracks.',
        '2026-02-03T10:00:00Z',
      ],
      ['p', 'Crab pots lost', 'https://desk.harbour-post.test/pots', null, null],
    ]);
  });

  it('takes an item whose end tag is missing as ended where the next item starts', async () => {
    const items = await read(
      rss(
        '<item><title>Tug named</title><guid>t</guid>' +
          '<item><title>Jetty lights</title><guid>j</guid></item>',
      ),
    );
    expect(items.map((i) => i.title)).toEqual(['Tug named', 'Jetty lights']);
  });

  it('reads a feed with a bare & and a Dublin Core prefix nobody declared', async () => {
    const [item] = await read(
      '<rss version="2.0"><channel><title>Desk</title><item><title>Fish & chips van returns</title>' +
        '<dc:creator>Ilse Marchetti</dc:creator><link>https://desk.harbour-post.test/van?a=1&b=2</link></item></channel></rss>',
    );
    expect([item?.title, item?.byline, item?.url]).toEqual([
      'Fish & chips van returns',
      'Ilse Marchetti',
      'https://desk.harbour-post.test/van?a=1&b=2',
    ]);
  });
});

describe('documents with no feed and no article', () => {
  it.each([
    ['only a comment', '<?xml version="1.0"?>\n<!-- nightly export: nothing to publish -->\n', /empty/],
    ['only white space', '  \n\n ', /empty/],
    [
      'XML that is no feed',
      '<?xml version="1.0"?><settings><volume>3</volume></settings>',
      /root element is <settings>/,
    ],
    [
      'RDF that is no feed',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>',
      /no feed/,
    ],
    ['JSON that is no JSON Feed', '{"status": "ok", "count": 3}', /not a JSON Feed/],
  ])('%s is one clear ParseError', async (_what, doc, message) => {
    const err = await refusal(doc);
    expect(err).toBeInstanceOf(ParseError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });
});
