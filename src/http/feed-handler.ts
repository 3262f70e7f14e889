import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/index.js';
import { FEED_MEDIA_TYPES, type FeedFormat } from '../publish/index.js';
import { UsageError } from '../errors/index.js';
import {
  FEED_FORMATS,
  type ContentCoding,
  type FeedCache,
  type FeedQuery,
  type FeedScope,
  type RenderedFeed,
} from './feed-cache.js';
import { isNotModified } from './conditional.js';

const FEED_PATH = /^(?:\/tags\/([^/]+)|\/sources\/([^/]+))?\/feed\.([a-z]+)$/;

/** The feed a path names, or null when the path is not a feed URL. */
export function matchFeedPath(pathname: string): { scope: FeedScope; format: FeedFormat } | null {
  const m = FEED_PATH.exec(pathname);
  const format = FEED_FORMATS.find((f) => f === m?.[3]);
  if (!m || !format) return null;
  let scope: FeedScope = { kind: 'all' };
  try {
    if (m[1] !== undefined) scope = { kind: 'tag', slug: decodeURIComponent(m[1]) };
    if (m[2] !== undefined) scope = { kind: 'source', id: decodeURIComponent(m[2]) };
  } catch {
    return null;
  }
  return { scope, format };
}

export function parseFeedQuery(
  params: URLSearchParams,
  config: Config,
): Pick<FeedQuery, 'limit' | 'explicitLimit' | 'before' | 'after'> {
  const raw = params.get('limit');
  let limit = config.feeds.defaultLimit;
  if (raw !== null) {
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
      throw new UsageError(`limit must be a positive whole number, got "${raw}"`);
    }
    limit = Math.min(Number(raw), config.feeds.maxLimit);
  }
  const before = params.get('before') ?? undefined;
  const after = params.get('after') ?? undefined;
  if (before !== undefined && after !== undefined)
    throw new UsageError('use either before or after, not both');
  return { limit, explicitLimit: raw !== null, before, after };
}

/** The best content-coding the client accepts (RFC 9110 §12.5.3), preferring br, then gzip. */
export function chooseCoding(acceptEncoding: string | undefined): ContentCoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) q.set(name, qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const accepts = (c: string): boolean => (q.get(c) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Answer a feed request from the cache: the representation for the client's Accept-Encoding,
 * with validators, or 304 when the client's copy is current. Throws typed errors for the caller
 * to map.
 */
export async function serveFeed(
  cache: FeedCache,
  config: Config,
  req: IncomingMessage,
  res: ServerResponse,
  match: { scope: FeedScope; format: FeedFormat },
  url: URL,
): Promise<number> {
  const query: FeedQuery = { ...match, ...parseFeedQuery(url.searchParams, config) };
  return sendFeed(req, res, await cache.get(query));
}

/**
 * The Content-Type for a browser opening an RSS or Atom feed in a tab: `application/xml`, the type
 * under which browsers render XML and apply its `<?xml-stylesheet?>` (they show `application/rss+xml`
 * as plain text). A browser asks for text/html and not for the feed's own type; feed readers ask for
 * feed types. Null when the feed's own type should be sent.
 */
export function browserContentType(accept: string | undefined, format: FeedFormat): string | null {
  if (!accept || format === 'json' || !accept.includes('text/html')) return null;
  if (accept.includes(FEED_MEDIA_TYPES[format])) return null;
  const html = accept.split(',').find((p) => p.trim().toLowerCase().startsWith('text/html'));
  return html && !/;\s*q=0(?:\.0*)?\s*(?:;|$)/.test(html) ? 'application/xml; charset=utf-8' : null;
}

/** Write a rendered feed: the representation for the client's Accept-Encoding, or 304; the status. */
export function sendFeed(req: IncomingMessage, res: ServerResponse, feed: RenderedFeed): number {
  const rep = feed.representations[chooseCoding(req.headers['accept-encoding'])];
  // One writeHead with headers built at render time: the cheapest way through node:http.
  if (isNotModified(req.headers, rep.etag, feed.lastModified)) {
    res.writeHead(304, rep.headers.notModified).end();
    return 304;
  }
  const type = String(rep.headers.ok['Content-Type']);
  const format = type.startsWith(FEED_MEDIA_TYPES.rss)
    ? 'rss'
    : type.startsWith(FEED_MEDIA_TYPES.atom)
      ? 'atom'
      : 'json';
  const browserType = browserContentType(req.headers.accept, format);
  if (browserType) {
    res.writeHead(200, { ...rep.headers.ok, 'Content-Type': browserType });
    res.end(req.method === 'HEAD' ? undefined : rep.body);
    return 200;
  }
  res.writeHead(200, rep.headers.ok);
  res.end(req.method === 'HEAD' ? undefined : rep.body);
  return 200;
}
