/** The pages and feeds as HTTP answers, without a browser: language, escaping, negotiation, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/model/item.js';
import type { Store } from '../../src/store/index.js';
import { normalisedItem } from '../support/items.js';
import { openTestStore, startServer, tempDirs, testConfig, type RunningServer } from '../support/env.js';

const dirs = tempDirs();
let store: Store;
let app: RunningServer;

const hostile: StoredItem = {
  ...normalisedItem({
    title: 'Markt <script>alert(1)</script> & "Preise"',
    summary: 'Die Preise </p><img src=x onerror=alert(1)> steigen.',
    published: '2026-02-20T07:00:00+01:00',
    related: ['Ein Titel </script><script>alert(2)</script>'],
    relatedLinks: [{ title: 'Ein Titel </script><script>alert(2)</script>', url: 'javascript:alert(3)' }],
  }),
  id: '00000000-0000-4000-8000-00000000abcd',
  tags: [{ label: 'Wirtschaft <b>', slug: 'wirtschaft', kind: 'section' }],
  origins: [{ source: 'markt', guid: null, url: null, fetchedAt: '2026-02-20T06:00:00.000Z' }],
  keys: ['guid:markt:1'],
  contentHash: 'x',
  firstSeen: '2026-02-20T06:00:00.000Z',
  modified: '2026-02-20T06:00:00.000Z',
};

beforeAll(async () => {
  const config = testConfig(await dirs.make(), await dirs.make(), { FEEDWRIGHT_LANGUAGE: 'de' });
  store = await openTestStore(config);
  await store.transaction(async (tx) => tx.putItem(hostile));
  app = await startServer({ config, store });
});
afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

/** Markup with white space collapsed, for comparing what a browser would show. */
const flat = (html: string): string => html.replace(/\s+/g, ' ').replace(/\s+>/g, '>');

const get = (path: string, accept = '*/*'): Promise<Response> =>
  fetch(`${app.base}${path}`, { headers: { accept } });

describe('item page', () => {
  it('prints dates in the feed language with the instant in <time datetime>', async () => {
    const html = flat(await (await get(`/items/${hostile.id}`)).text());
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<time datetime="2026-02-20T06:00:00.000Z">20. Februar 2026 um 06:00 UTC</time>');
  });

  it('escapes every text it prints, in the body, attributes and JSON-LD', async () => {
    const html = await (await get(`/items/${hostile.id}`)).text();
    expect(html).not.toMatch(/<script>alert|<img src=x|javascript:alert/);
    expect(html).toContain('Markt &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Preise&quot;');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'NewsArticle', headline: hostile.title });
    // An unsafe related link is printed as plain text.
    expect(flat(html)).toContain('<li>Ein Titel &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</li>');
  });
});

describe('feeds in a browser', () => {
  it('RSS and Atom point at the XSLT with a relative reference; readers get their own media type', async () => {
    const rss = await get('/feed.rss', 'application/rss+xml, application/xml;q=0.9, */*;q=0.8');
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(await rss.text()).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="feed.xsl"\?>\n<rss /,
    );
    const atom = await (await get('/tags/wirtschaft/feed.atom')).text();
    expect(atom).toContain('<?xml-stylesheet type="text/xsl" href="../../feed.xsl"?>');
    expect(await (await get('/feed.json')).text()).not.toContain('xml-stylesheet');
  });

  it('a browser gets the same bytes as application/xml, so it applies the stylesheet', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const [asBrowser, asReader] = await Promise.all([get('/feed.atom', browser), get('/feed.atom')]);
    expect(asBrowser.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(asReader.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(asBrowser.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(await asBrowser.text()).toBe(await asReader.text());
    const xsl = await get('/feed.xsl');
    expect(xsl.headers.get('content-type')).toBe('text/xsl; charset=utf-8');
    expect(await xsl.text()).toContain('copy this URL into your reader');
  });
});

describe('search', () => {
  it('a search feed needs words: 400 with a reason', async () => {
    const res = await get('/search.rss?q=');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'usage' });
  });

  it('a search feed answers 304 to its own ETag', async () => {
    const first = await get('/search.atom?q=preise');
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('<title type="text">Markt');
    const again = await fetch(`${app.base}/search.atom?q=preise`, {
      headers: { 'if-none-match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

describe('tags', () => {
  it('/tags is JSON for programs and the index for browsers', async () => {
    expect((await get('/tags')).headers.get('content-type')).toMatch(/^application\/json/);
    const page = await get('/tags/?all=1', 'text/html');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Wirtschaft &lt;b&gt;');
  });

  it('an unknown tag or source is 404', async () => {
    expect((await get('/tags/nothing-here/', 'text/html')).status).toBe(404);
    expect((await get('/sources/nothing-here/', 'text/html')).status).toBe(404);
  });
});

describe('errors', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('a browser gets a 404 page in the site layout; programs still get JSON', async () => {
    // Feed URLs are answered before Express's router, and their errors negotiate the same way.
    for (const path of [
      '/items/%3Cb%3Enope%3C%2Fb%3E',
      '/no/such/page',
      '/tags/nothing-here/',
      '/tags/nothing-here/feed.rss',
      '/sources/nothing-here/feed.json',
    ]) {
      const page = await get(path, BROWSER);
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('vary')).toContain('Accept');
      const text = await page.text();
      expect(text).toMatch(/^<!doctype html>/);
      expect(text).toContain('<title>Not Found — ');
      expect(text).toContain('<header class="site">');
      expect(text).toContain('<meta name="robots" content="noindex">');
      expect(text).not.toContain('<b>nope');
    }
    expect(await (await get('/items/%3Cb%3Enope%3C%2Fb%3E', BROWSER)).text()).toContain('&lt;b&gt;nope');
    const reader = await get('/tags/nothing-here/feed.rss', 'application/rss+xml, */*;q=0.1');
    expect(reader.status).toBe(404);
    expect(await reader.json()).toMatchObject({ error: 'not_found' });
    for (const accept of ['*/*', 'application/json', 'application/json, text/html;q=0.5']) {
      const api = await get('/items/nope', accept);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await api.json()).toMatchObject({ error: 'not_found', message: 'no item "nope"' });
    }
  });

  it('a failure is a 500 page for a browser, without its internal details; JSON for programs', async () => {
    const config = testConfig(await dirs.make(), await dirs.make());
    const broken = new Proxy(store, {
      get: (target, prop, receiver) =>
        prop === 'getItem'
          ? async () => {
              throw new Error('disk controller on fire');
            }
          : Reflect.get(target, prop, receiver),
    });
    const failing = await startServer({ config, store: broken });
    try {
      const page = await fetch(`${failing.base}/items/${hostile.id}`, { headers: { accept: BROWSER } });
      expect(page.status).toBe(500);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const text = await page.text();
      expect(text).toContain('<title>Internal Server Error — ');
      expect(text).not.toContain('on fire');
      const api = await fetch(`${failing.base}/items/${hostile.id}`);
      expect(api.status).toBe(500);
      expect(await api.json()).toEqual({ error: 'internal', message: 'internal server error' });
    } finally {
      await failing.stop();
    }
  });
});
