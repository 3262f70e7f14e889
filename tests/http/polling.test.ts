/**
 * What aggregators polling every few minutes rely on (RFC 9110/9111, RFC 5005): content-codings
 * with their own strong ETags, validators repeated on 304, If-None-Match over If-Modified-Since,
 * instant comparison of dates, HEAD, and paging with cursors that do not shift.
 */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config, SourceDef } from '../../src/config/index.js';
import type { Store } from '../../src/store/index.js';
import { serveIngested, tempDirs, testConfig, type RunningServer } from '../support/env.js';
import { writeFixtureSources } from '../support/sources.js';

const dirs = tempDirs();
let config: Config;
let store: Store;
let sources: SourceDef[];
let app: RunningServer;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly these headers (fetch would add Accept-Encoding and decompress). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const storeDir = await dirs.make();
  const sourcesDir = await dirs.make();
  config = testConfig(storeDir, sourcesDir);
  sources = await writeFixtureSources(sourcesDir);
  ({ store, app } = await serveIngested(config, sources));
});

afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

describe('content-codings', () => {
  it('serves br and gzip with Vary and one strong ETag per coding, all of the same document', async () => {
    const identity = await raw('/feed.atom');
    const gzip = await raw('/feed.atom', { 'accept-encoding': 'gzip' });
    const br = await raw('/feed.atom', { 'accept-encoding': 'gzip, br' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    for (const r of [identity, gzip, br]) {
      expect(r.status).toBe(200);
      expect(r.headers.vary).toBe('Accept, Accept-Encoding');
      expect(r.headers.etag).toMatch(/^"[^"]+"$/);
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
    }
    expect(new Set([identity.headers.etag, gzip.headers.etag, br.headers.etag]).size).toBe(3);
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
  });

  it('honours q=0 and falls back to identity', async () => {
    const r = await raw('/feed.rss', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(r.headers['content-encoding']).toBeUndefined();
    const star = await raw('/feed.rss', { 'accept-encoding': '*' });
    expect(star.headers['content-encoding']).toBe('br');
  });
});

describe('conditional requests', () => {
  it('answers 304 with ETag, Cache-Control and Vary and no body', async () => {
    const first = await raw('/feed.rss', { 'accept-encoding': 'gzip' });
    const again = await raw('/feed.rss', {
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(again.headers.vary).toBe('Accept, Accept-Encoding');
    expect(again.headers['content-type']).toBeUndefined();
  });

  it('lets If-None-Match win over If-Modified-Since', async () => {
    const first = await raw('/feed.json');
    const lm = String(first.headers['last-modified']);
    // A stale ETag with a current date: the ETag decides, so the full document comes back.
    const r = await raw('/feed.json', { 'if-none-match': '"stale"', 'if-modified-since': lm });
    expect(r.status).toBe(200);
  });

  it('compares If-Modified-Since as an instant, with <=', async () => {
    const first = await raw('/feed.json');
    const lm = Date.parse(String(first.headers['last-modified']));
    expect(lm).toBeLessThanOrEqual(Date.now());
    const later = new Date(lm + 3_600_000).toUTCString();
    const earlier = new Date(lm - 1000).toUTCString();
    // The same instant written in the obsolete RFC 850 form is still the same instant.
    const rfc850 = new Date(lm)
      .toUTCString()
      .replace(
        /^(\w{3}), (\d\d) (\w{3}) (\d{4})/,
        (_m, d, dd, mon, yyyy) => `${d}day, ${dd}-${mon}-${String(yyyy).slice(2)}`,
      );
    expect((await raw('/feed.json', { 'if-modified-since': later })).status).toBe(304);
    expect((await raw('/feed.json', { 'if-modified-since': earlier })).status).toBe(200);
    expect((await raw('/feed.json', { 'if-modified-since': rfc850 })).status).toBe(304);
    expect((await raw('/feed.json', { 'if-modified-since': 'not a date' })).status).toBe(200);
  });

  it('answers HEAD on every feed with the GET headers and no body', async () => {
    for (const path of [
      '/feed.rss',
      '/feed.atom',
      '/feed.json',
      `/sources/${sources[0]?.id ?? ''}/feed.atom`,
    ]) {
      const get = await raw(path);
      const head = await raw(path, {}, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(head.headers['content-length']).toBe(String(get.body.length));
    }
  });
});

describe('RFC 5005 paging', () => {
  const linkOf = (body: string, rel: string): string | null => {
    const m = new RegExp(`<link rel="${rel}" type="application/atom\\+xml" href="([^"]+)"`).exec(body);
    return m?.[1]?.replace(/&amp;/g, '&') ?? null;
  };
  const ids = (body: string): string[] =>
    [...body.matchAll(/<id>(urn:uuid:[^<]+)<\/id>/g)].map((m) => m[1] ?? '');

  it('walks every item once through next links, and back through previous', async () => {
    const all = ids((await raw('/feed.atom')).body.toString());
    const seen: string[] = [];
    let url: string | null = `${app.base}/feed.atom?limit=2`;
    const pages: string[] = [];
    while (url) {
      const page = await raw(new URL(url).pathname + new URL(url).search);
      const body = page.body.toString();
      pages.push(url);
      seen.push(...ids(body));
      expect(linkOf(body, 'first')).toBe(`${config.baseUrl}/feed.atom?limit=2`);
      if (pages.length > 1) expect(page.headers['cache-control']).toBe('public, max-age=86400');
      url = linkOf(body, 'next');
      expect(pages.length).toBeLessThan(20);
    }
    expect(seen).toEqual(all);
    // The second page's previous link leads back to the first page's items.
    const second = (
      await raw(new URL(pages[1] ?? '').pathname + new URL(pages[1] ?? '').search)
    ).body.toString();
    const prev = linkOf(second, 'previous');
    expect(prev).not.toBeNull();
    const back = (await raw(new URL(prev ?? '').pathname + new URL(prev ?? '').search)).body.toString();
    expect(ids(back)).toEqual(all.slice(0, 2));
  });

  it('refuses a forged cursor with 400', async () => {
    const r = await raw('/feed.atom?before=not-a-cursor');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body.toString())).toMatchObject({ error: 'usage' });
  });
});
