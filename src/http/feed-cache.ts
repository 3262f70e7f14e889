import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Store } from '../store/index.js';
import { itemCursor } from '../store/index.js';
import type { Config, SourceDef } from '../config/index.js';
import {
  renderFeed,
  feedUpdated,
  FEED_CONTENT_TYPES,
  type FeedDescriptor,
  type FeedFormat,
} from '../publish/index.js';
import { NotFoundError } from '../errors/index.js';
import { strongEtag } from './conditional.js';
import { feedStylesheetHref } from '../pages/feed-xsl.js';

export type FeedScope = { kind: 'all' } | { kind: 'tag'; slug: string } | { kind: 'source'; id: string };

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** One encoding of a rendered feed, with the ETag of exactly those bytes. */
export interface Representation {
  body: Buffer;
  etag: string;
  /** Response headers, built once per render: a poll only picks the set to send. */
  headers: { ok: Readonly<Record<string, string | number>>; notModified: Readonly<Record<string, string>> };
}

export interface RenderedFeed {
  /** Each coding's bytes, ETag and response headers (Last-Modified, Cache-Control, Link…). */
  representations: Record<ContentCoding, Representation>;
  /** For If-Modified-Since, compared as an instant. */
  lastModified: Date;
}

export interface FeedQuery {
  scope: FeedScope;
  format: FeedFormat;
  limit: number;
  /** Whether the client gave ?limit= (kept in paging links). */
  explicitLimit: boolean;
  before?: string;
  after?: string;
}

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export function scopePath(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return '';
    case 'tag':
      return `/tags/${encodeURIComponent(scope.slug)}`;
    case 'source':
      return `/sources/${encodeURIComponent(scope.id)}`;
  }
}

/** Rendered feeds kept (each three encodings of up to a few hundred kB); least recently used go first. */
const MAX_ENTRIES = 512;

/**
 * The one URL path (with query) of a feed query: scope, format, and only the parameters the feed
 * uses, in a fixed order. Two requests for the same feed share it whatever else their URL carries,
 * so `?r=<random>` neither renders anew nor pushes real feeds out of the cache.
 */
export function feedKey(query: FeedQuery): string {
  const params = new URLSearchParams();
  if (query.explicitLimit) params.set('limit', String(query.limit));
  if (query.before !== undefined) params.set('before', query.before);
  if (query.after !== undefined) params.set('after', query.after);
  const qs = params.toString();
  return `${scopePath(query.scope)}/feed.${query.format}${qs ? `?${qs}` : ''}`;
}

/** How long a confirmed store version is trusted by `peek` (the store itself re-checks every 200 ms). */
const FRESH_MS = 200;

/** What every response for a rendered feed says, whatever its coding. */
interface FeedHeaders {
  lastModifiedHttp: string;
  cacheControl: string;
  contentType: string;
  link: string;
}

function representation(body: Buffer, etag: string, coding: ContentCoding, h: FeedHeaders): Representation {
  // RFC 9110 §15.4.5: a 304 repeats the validators and caching headers a 200 would send.
  const notModified = {
    ETag: etag,
    'Last-Modified': h.lastModifiedHttp,
    'Cache-Control': h.cacheControl,
    // Accept: browsers get the same bytes labelled application/xml, so they apply the XSLT.
    Vary: 'Accept, Accept-Encoding',
  };
  const ok = {
    ...notModified,
    'Content-Type': h.contentType,
    Link: h.link, // WebSub discovery (hub + self)
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
    'Content-Length': body.length,
  };
  return { body, etag, headers: { ok, notModified } };
}

function encodeAll(body: Buffer, h: FeedHeaders): Record<ContentCoding, Representation> {
  const gz = gzipSync(body, { level: 6 });
  const br = brotliCompressSync(body, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: 6,
      [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      // A window just big enough for the feed, not the default 4 MB: the same compression for a
      // feed that fits, and far less memory per render, which the allocator is slow to give back
      // (the soak's resident memory grew 14 % with the default; it now ends below its start).
      [zlib.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(16, Math.ceil(Math.log2(body.length + 1)))),
    },
  });
  const identity = strongEtag(body).slice(0, -1);
  // One strong ETag per content-coding (RFC 9110 §8.8.3), derived from the identity bytes.
  return {
    identity: representation(body, `${identity}"`, 'identity', h),
    gzip: representation(gz, `${identity}-gz"`, 'gzip', h),
    br: representation(br, `${identity}-br"`, 'br', h),
  };
}

/**
 * Rendered feeds, cached per store version and pre-compressed: a poll between two ingests costs
 * a map lookup, and the bytes (so the ETag) are the same for the same content, across requests
 * and restarts.
 */
export class FeedCache {
  readonly #entries: LRUCache<string, { version: string; feed: RenderedFeed }>;
  #versionCheckedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    private readonly sources: SourceDef[],
    /** Told how long each render took (/metrics). */
    private readonly onRender?: (seconds: number) => void,
    maxEntries = MAX_ENTRIES,
  ) {
    this.#entries = new LRUCache({ max: maxEntries });
  }

  /**
   * The cached feed for a request URL, without waiting, when the store's version was confirmed
   * within the last `FRESH_MS`; otherwise null and the caller takes the async path (`get`). Only
   * a URL already in its canonical form (see `feedKey`) can hit: the common poll.
   */
  peek(requestUrl: string): RenderedFeed | null {
    if (Date.now() - this.#versionCheckedAt >= FRESH_MS) return null;
    const hit = this.#entries.get(requestUrl);
    return hit && hit.version === this.store.knownVersion() ? hit.feed : null;
  }

  async get(query: FeedQuery): Promise<RenderedFeed> {
    const key = feedKey(query);
    const version = await this.store.version();
    this.#versionCheckedAt = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.version === version) return hit.feed;
    const started = performance.now();
    const feed = await this.#render(query, key);
    this.onRender?.((performance.now() - started) / 1000);
    this.#entries.set(key, { version, feed });
    return feed;
  }

  async #describe(scope: FeedScope): Promise<Omit<FeedDescriptor, 'selfUrl' | 'paging'>> {
    const base = this.config.baseUrl;
    const site = this.config.feeds.siteTitle;
    const prefix = scopePath(scope);
    let title = site;
    let description = `Latest news from ${site}`;
    if (scope.kind === 'tag') {
      const tag = (await this.store.listTags()).find((t) => t.tag.slug === scope.slug);
      if (!tag) throw new NotFoundError(`no items are tagged "${scope.slug}"`);
      title = `${site}: ${tag.tag.label}`;
      description = `Latest news tagged ${tag.tag.label} from ${site}`;
    } else if (scope.kind === 'source') {
      const source = this.sources.find((s) => s.id === scope.id);
      if (!source) throw new NotFoundError(`no source "${scope.id}"`);
      title = `${site}: ${source.title}`;
      description = `Latest news from ${source.title} via ${site}`;
    }
    return {
      title,
      description,
      language: this.config.feeds.language,
      homeUrl: `${base}/`,
      baseUrl: base,
      links: {
        rss: `${base}${prefix}/feed.rss`,
        atom: `${base}${prefix}/feed.atom`,
        json: `${base}${prefix}/feed.json`,
      },
      hub: this.config.websub.hubUrl,
      ttlMinutes: 5, // matches Cache-Control max-age=300
      stylesheet: feedStylesheetHref(prefix),
      sourceTitles: Object.fromEntries(this.sources.map((s) => [s.id, s.title])),
    };
  }

  async #render(query: FeedQuery, key: string): Promise<RenderedFeed> {
    const described = await this.#describe(query.scope);
    const { scope, limit } = query;
    const items = await this.store.listItems({
      limit,
      ...(scope.kind === 'tag' ? { tag: scope.slug } : {}),
      ...(scope.kind === 'source' ? { source: scope.id } : {}),
      ...(query.before !== undefined ? { before: query.before } : {}),
      ...(query.after !== undefined ? { after: query.after } : {}),
    });
    // RFC 5005 paging with cursors that do not shift as new items arrive.
    const pageUrl = (cursor?: string[]): string => {
      const params = new URLSearchParams();
      if (query.explicitLimit) params.set('limit', String(limit));
      if (cursor) params.set(cursor[0] ?? 'before', cursor[1] ?? '');
      const qs = params.toString();
      return `${described.links[query.format]}${qs ? `?${qs}` : ''}`;
    };
    const first = items[0];
    const last = items[items.length - 1];
    const paged = query.before !== undefined || query.after !== undefined;
    const paging: NonNullable<FeedDescriptor['paging']> = { first: pageUrl() };
    if (last && (items.length === limit || query.after !== undefined))
      paging.next = pageUrl(['before', itemCursor(last)]);
    if (first && paged) paging.previous = pageUrl(['after', itemCursor(first)]);
    const descriptor: FeedDescriptor = {
      ...described,
      // The canonical URL of this feed (unknown parameters are not part of it).
      selfUrl: `${this.config.baseUrl}${key}`,
      paging,
    };
    const body = Buffer.from(renderFeed(query.format, descriptor, items), 'utf8');
    // Last-Modified is the newest item's date, so it is stable for stable content; never in the future.
    const lastModified = new Date(Math.min(feedUpdated(items).getTime(), Date.now()));
    const headers: FeedHeaders = {
      lastModifiedHttp: lastModified.toUTCString(),
      // Older pages hardly change: they may be cached for long.
      cacheControl: `public, max-age=${query.before !== undefined ? 86_400 : 300}`,
      contentType: FEED_CONTENT_TYPES[query.format],
      link: `<${this.config.websub.hubUrl}>; rel="hub", <${descriptor.selfUrl}>; rel="self"`,
    };
    return { representations: encodeAll(body, headers), lastModified };
  }
}
