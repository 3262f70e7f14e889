import type { Store } from '../store/index.js';
import type { Config, SourceDef } from '../config/index.js';
import { renderFeed, feedUpdated, type FeedDescriptor, type FeedFormat } from '../publish/index.js';
import { NotFoundError } from '../errors/index.js';
import { strongEtag } from './conditional.js';

export type FeedScope = { kind: 'all' } | { kind: 'tag'; slug: string } | { kind: 'source'; id: string };

export interface RenderedFeed {
  body: Buffer;
  etag: string;
  lastModified: Date;
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

const MAX_ENTRIES = 512;

/**
 * Rendered feeds, cached per store version: a poll between two ingests costs a map lookup, and
 * the bytes (so the ETag) are the same for the same content, across requests and restarts.
 */
export class FeedCache {
  readonly #entries = new Map<string, { version: string; feed: RenderedFeed }>();

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    private readonly sources: SourceDef[],
  ) {}

  async get(scope: FeedScope, format: FeedFormat, limit: number, requestPath: string): Promise<RenderedFeed> {
    const version = await this.store.version();
    const key = `${format}|${limit}|${requestPath}`;
    const hit = this.#entries.get(key);
    if (hit && hit.version === version) return hit.feed;
    const feed = await this.#render(scope, format, limit, requestPath);
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(key, { version, feed });
    return feed;
  }

  async #describe(scope: FeedScope, requestPath: string): Promise<FeedDescriptor> {
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
      selfUrl: `${base}${requestPath}`,
      homeUrl: `${base}/`,
      baseUrl: base,
      links: {
        rss: `${base}${prefix}/feed.rss`,
        atom: `${base}${prefix}/feed.atom`,
        json: `${base}${prefix}/feed.json`,
      },
      ttlMinutes: 5, // matches Cache-Control max-age=300
      sourceTitles: Object.fromEntries(this.sources.map((s) => [s.id, s.title])),
    };
  }

  async #render(
    scope: FeedScope,
    format: FeedFormat,
    limit: number,
    requestPath: string,
  ): Promise<RenderedFeed> {
    const descriptor = await this.#describe(scope, requestPath);
    const items = await this.store.listItems({
      limit,
      ...(scope.kind === 'tag' ? { tag: scope.slug } : {}),
      ...(scope.kind === 'source' ? { source: scope.id } : {}),
    });
    const body = Buffer.from(renderFeed(format, descriptor, items), 'utf8');
    // Last-Modified is the newest item's date, so it is stable for stable content; never in the future.
    const updated = feedUpdated(items);
    const lastModified = new Date(Math.min(updated.getTime(), Date.now()));
    return { body, etag: strongEtag(body), lastModified };
  }
}
