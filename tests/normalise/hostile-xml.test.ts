import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';
import { ParseError } from '../../src/errors/index.js';

const doc = (text: string) => ({
  bytes: Buffer.from(text),
  contentType: null,
  location: 'hostile.xml',
  url: null,
});

const laughs = (levels: number): string => {
  const decls = ['<!ENTITY l0 "lol">'];
  for (let i = 1; i <= levels; i++) decls.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE r [\n${decls.join('\n')}\n]>\n<rss version="2.0"><channel><title>&l${levels};</title><item><title>&l${levels};</title></item></channel></rss>`;
};

describe('hostile XML', () => {
  it.each([
    ['billion laughs', laughs(9)],
    [
      'quadratic blowup',
      `<!DOCTYPE r [<!ENTITY a "${'a'.repeat(50_000)}">]><rss version="2.0"><channel><item><title>${'&a;'.repeat(50_000)}</title></item></channel></rss>`,
    ],
    [
      'external file entity',
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
    ],
  ])('refuses %s quickly, without expanding or fetching', async (_name, xml) => {
    const started = performance.now();
    const err = await normaliseDocument(doc(xml)).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(100);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as Error).message).toMatch(/declares XML entities/);
  });

  it('never fetches an external parameter entity, and reads the feed without it', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('<!ENTITY title "fetched">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const xml = `<!DOCTYPE feed [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/evil.dtd"> %p;]><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><id>urn:e:1</id><title>Kept</title></entry></feed>`;
      const result = await normaliseDocument(doc(xml));
      expect(result.items.map((i) => i.title)).toEqual(['Kept']);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('expands a short literal entity a feed declares for a repeated string', async () => {
    const xml =
      '<!DOCTYPE rss [<!ENTITY desk "tag:harbour-post.test,2026:">]><rss version="2.0"><channel><title>t</title>' +
      '<item><guid isPermaLink="false">&desk;tide-tables</guid><title>Tide tables &amp; more</title></item></channel></rss>';
    const result = await normaliseDocument(doc(xml));
    expect(result.items.map((i) => [i.guid, i.title])).toEqual([
      ['tag:harbour-post.test,2026:tide-tables', 'Tide tables & more'],
    ]);
  });

  it('still reads a feed with a plain external DOCTYPE and no entity declarations', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title><link>https://example.org/</link><item><title>Hello</title><link>https://example.org/a</link></item></channel></rss>';
    const result = await normaliseDocument(doc(xml));
    expect(result.items.map((i) => i.title)).toEqual(['Hello']);
  });
});
