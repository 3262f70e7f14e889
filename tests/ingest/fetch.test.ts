import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, parseRetryAfter, type FetchOptions } from '../../src/ingest/fetch.js';
import { AddressPolicy } from '../../src/ingest/address-policy.js';
import { FetchError } from '../../src/errors/index.js';

const FEED = '<rss version="2.0"><channel><title>t</title></channel></rss>';
let server: http.Server;
// 50 MB of zeros compress to ~50 kB: a gzip bomb, built once.
const BOMB = gzipSync(Buffer.alloc(50_000_000));
let base: string;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/feed':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(FEED);
        return;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(FEED));
        return;
      case '/bomb':
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(BOMB);
        return;
      case '/big':
        res.writeHead(200).end(Buffer.alloc(5000, 'a'));
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/busy':
        res.writeHead(503, { 'retry-after': '120' }).end();
        return;
      case '/slow':
        setTimeout(() => res.writeHead(200).end(FEED), 2000);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const opts = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 1000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  userAgent: 'feedwright-test',
  policy: new AddressPolicy(['127.0.0.0/8']),
  ...extra,
});

describe('fetchDocument', () => {
  it('fetches with a User-Agent and returns the validators', async () => {
    const res = await fetchDocument(`${base}/feed`, opts());
    expect(res.status).toBe('ok');
    if (res.status === 'ok') {
      expect(res.bytes.toString()).toBe(FEED);
      expect(res.etag).toBe('"v1"');
    }
    expect(seen.at(-1)?.['user-agent']).toBe('feedwright-test');
  });

  it('makes a conditional request and reports 304 as not modified', async () => {
    const res = await fetchDocument(`${base}/feed`, opts({ etag: '"v1"' }));
    expect(res.status).toBe('not-modified');
  });

  it('decompresses gzip and refuses a compression bomb', async () => {
    const res = await fetchDocument(`${base}/gzip`, opts());
    expect(res.status === 'ok' && res.bytes.toString()).toBe(FEED);
    await expect(
      fetchDocument(`${base}/bomb`, opts({ maxBytes: 100_000_000, timeoutMs: 5000 })),
    ).rejects.toThrow(/bomb/);
    await expect(fetchDocument(`${base}/bomb`, opts({ timeoutMs: 5000 }))).rejects.toThrow(/cap/);
  });

  it('enforces the body cap, the redirect limit and the timeout', async () => {
    await expect(fetchDocument(`${base}/big`, opts({ maxBytes: 1024 }))).rejects.toThrow(/1024-byte cap/);
    await expect(fetchDocument(`${base}/loop`, opts())).rejects.toThrow(/more than 3 redirects/);
    await expect(fetchDocument(`${base}/slow`, opts({ timeoutMs: 200 }))).rejects.toThrow(/timed out/);
  });

  it('reports upstream errors with their Retry-After', async () => {
    const err = await fetchDocument(`${base}/busy`, opts()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).status).toBe(503);
    expect((err as FetchError).retryAfter).toBe(120);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')),
    ).toBe(60);
  });

  it('refuses loopback, private and metadata addresses unless allowed', async () => {
    await expect(fetchDocument(`${base}/feed`, opts({ policy: new AddressPolicy() }))).rejects.toThrow(
      /refusing to fetch from 127\.0\.0\.1: .*loopback/,
    );
    // Through DNS too: localhost resolves to a loopback address.
    const port = new URL(base).port;
    await expect(
      fetchDocument(`http://localhost:${port}/feed`, opts({ policy: new AddressPolicy() })),
    ).rejects.toThrow(/refusing to fetch from localhost/);
    const policy = new AddressPolicy();
    for (const addr of [
      '10.1.2.3',
      '192.168.0.1',
      '172.16.5.5',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(policy.refusal(addr), addr).not.toBeNull();
    }
    expect(policy.refusal('93.184.216.34')).toBeNull();
    expect(policy.refusal('2606:4700::1111')).toBeNull();
  });
});
