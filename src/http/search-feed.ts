import express from 'express';
import type { Config, SourceDef } from '../config/index.js';
import type { Store } from '../store/index.js';
import { UsageError } from '../errors/index.js';
import { FEED_CONTENT_TYPES, feedUpdated, renderFeed, type FeedFormat } from '../publish/index.js';
import { feedStylesheetHref } from '../pages/index.js';
import { isNotModified, strongEtag } from './conditional.js';
import { browserContentType } from './feed-handler.js';

const FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** The feeds of one search, absolute, in the three formats. */
export function searchFeeds(config: Config, q: string): { title: string; urls: Record<FeedFormat, string> } {
  const query = new URLSearchParams({ q }).toString();
  const urls = Object.fromEntries(FORMATS.map((f) => [f, `${config.baseUrl}/search.${f}?${query}`]));
  return {
    title: `${config.feeds.siteTitle}: search “${q.trim()}”`,
    urls: urls as Record<FeedFormat, string>,
  };
}

/**
 * `/search.rss?q=…` (and `.atom`, `.json`): a query as a feed, so it can be followed in a reader.
 * The newest matching items first (what a reader shows as new), the default feed length. Rendered
 * per request, with a strong ETag over the bytes so pollers get 304 while nothing new matches.
 */
export function searchFeedRouter(deps: {
  config: Config;
  store: Store;
  sources: SourceDef[];
  limited: express.RequestHandler;
}): express.Router {
  const { config, store } = deps;
  const router = express.Router();
  router.get(/^\/search\.(rss|atom|json)$/, deps.limited, async (req, res) => {
    const format = FORMATS.find((f) => req.path.endsWith(`.${f}`)) ?? 'rss';
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    if (!q.trim()) throw new UsageError('a search feed needs words to search for: ?q=…');
    const { items } = await store.searchItems({ text: q, limit: config.feeds.defaultLimit, order: 'newest' });
    const feeds = searchFeeds(config, q);
    const selfUrl = `${config.baseUrl}${req.originalUrl}`;
    const body = renderFeed(
      format,
      {
        title: feeds.title,
        description: `Items matching “${q.trim()}” on ${config.feeds.siteTitle}`,
        language: config.feeds.language,
        selfUrl,
        homeUrl: `${config.baseUrl}/search?${new URLSearchParams({ q })}`,
        baseUrl: config.baseUrl,
        links: feeds.urls,
        hub: undefined,
        ttlMinutes: 5,
        sourceTitles: Object.fromEntries(deps.sources.map((s) => [s.id, s.title])),
        stylesheet: feedStylesheetHref(''),
      },
      items,
    );
    const etag = strongEtag(body);
    const lastModified = new Date(Math.min(feedUpdated(items).getTime(), Date.now()));
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified.toUTCString());
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Vary', 'Accept, Accept-Encoding');
    if (isNotModified(req.headers, etag, lastModified)) {
      res.status(304).end();
      return;
    }
    res.setHeader(
      'Content-Type',
      browserContentType(req.headers.accept, format) ?? FEED_CONTENT_TYPES[format],
    );
    res.send(body);
  });
  return router;
}
