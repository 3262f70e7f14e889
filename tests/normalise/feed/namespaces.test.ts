/**
 * Feeds are detected and read by namespace, whatever prefix the publisher bound it to.
 */
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../../src/normalise/index.js';
import { read } from './read.js';

describe('prefixed feed vocabularies', () => {
  it('detects and reads RSS 2.0 written with a prefix on every element', async () => {
    const xml =
      '<?xml version="1.0"?><r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>Tidewater</r:title>' +
      '<r:item><r:title>Sluice gates tested</r:title><r:link>https://tidewater.test/sluice</r:link></r:item></r:channel></r:rss>';
    const result = await normaliseDocument({
      bytes: Buffer.from(xml),
      contentType: null,
      location: 'x.txt',
      url: null,
    });
    expect(result.kind).toBe('rss');
    expect(result.items.map((i) => [i.title, i.url])).toEqual([
      ['Sluice gates tested', 'https://tidewater.test/sluice'],
    ]);
  });

  it('reads RSS 1.0 whose channel and items carry a prefix bound to the RSS 1.0 namespace', async () => {
    const items = await read(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<rss:channel rdf:about="https://tidewater.test/"><rss:title>Tidewater</rss:title></rss:channel>' +
        '<rss:item rdf:about="https://tidewater.test/eels"><rss:title>Eel pass installed</rss:title><rss:link>https://tidewater.test/eels</rss:link>' +
        '<dc:creator>Mirela Ostrowska</dc:creator><dc:date>2026-02-11T07:00:00Z</dc:date></rss:item></rdf:RDF>',
    );
    expect(items.map((i) => [i.guid, i.title, i.byline, i.published])).toEqual([
      ['https://tidewater.test/eels', 'Eel pass installed', 'Mirela Ostrowska', '2026-02-11T07:00:00Z'],
    ]);
  });

  it('reads Atom under a prefix, and Dublin Core under an unusual one', async () => {
    const items = await read(
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:meta="http://purl.org/dc/elements/1.1/"><a:title>Tidewater</a:title>' +
        '<a:entry><a:id>urn:t:1</a:id><a:title>Reed beds cut back</a:title><a:link href="https://tidewater.test/reeds"/>' +
        '<meta:creator>Tomasz Brenner</meta:creator></a:entry></a:feed>',
    );
    expect(items.map((i) => [i.guid, i.title, i.url, i.byline])).toEqual([
      ['urn:t:1', 'Reed beds cut back', 'https://tidewater.test/reeds', 'Tomasz Brenner'],
    ]);
  });

  it('reads RSS whose root declares a namespace of its own as its default', async () => {
    const [item] = await read(
      '<rss version="2.0" xmlns="urn:example:house-style"><channel><title>Tidewater</title>' +
        '<item><title>Weir repaired</title><link>https://tidewater.test/weir</link></item></channel></rss>',
    );
    expect([item?.title, item?.url]).toEqual(['Weir repaired', 'https://tidewater.test/weir']);
  });

  it('does not read an element of another namespace that happens to share a name', async () => {
    const [item] = await read(
      '<rss version="2.0" xmlns:shop="urn:example:shop"><channel><title>Tidewater</title>' +
        '<item><title>Ferry fares</title><shop:title>Buy a season ticket</shop:title><shop:description>Advert.</shop:description></item></channel></rss>',
    );
    expect([item?.title, item?.summary]).toEqual(['Ferry fares', null]);
  });
});
