import express, { type Request, type Response } from 'express';
import type { Config, SourceDef } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { Store } from '../store/index.js';
import { FEED_CONTENT_TYPES, type FeedFormat } from '../publish/index.js';
import { NotFoundError, UsageError } from '../errors/index.js';
import { FeedCache, FEED_FORMATS, type FeedScope } from './feed-cache.js';
import { isNotModified } from './conditional.js';
import { errorHandler } from './errors.js';
import { homePage, itemPage } from './pages.js';

export interface AppDeps {
  config: Config;
  store: Store;
  sources: SourceDef[];
  logger: Logger;
}

function parseFormat(raw: string | undefined): FeedFormat {
  const format = FEED_FORMATS.find((f) => f === raw);
  if (!format) throw new NotFoundError(`unknown feed format "${raw ?? ''}": use rss, atom or json`);
  return format;
}

function parseLimit(raw: unknown, config: Config): number {
  if (raw === undefined) return config.feeds.defaultLimit;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`limit must be a positive whole number, got "${String(raw)}"`);
  return Math.min(n, config.feeds.maxLimit);
}

/** Build the Express application. Handlers stay thin; errors go to one handler. */
export function createApp(deps: AppDeps): express.Express {
  const { config, store, sources, logger } = deps;
  const cache = new FeedCache(store, config, sources);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  const serveFeed = (scopeOf: (req: Request) => FeedScope) => async (req: Request, res: Response) => {
    const format = parseFormat(req.params.format as string | undefined);
    const limit = parseLimit(req.query.limit, config);
    const feed = await cache.get(scopeOf(req), format, limit, req.originalUrl);
    res.setHeader('Content-Type', FEED_CONTENT_TYPES[format]);
    res.setHeader('ETag', feed.etag);
    res.setHeader('Last-Modified', feed.lastModified.toUTCString());
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (isNotModified(req.headers, feed.etag, feed.lastModified)) {
      res.status(304).end();
      return;
    }
    res.status(200).end(feed.body);
  };

  app.get(
    '/feed.:format',
    serveFeed(() => ({ kind: 'all' })),
  );
  app.get(
    '/tags/:tag/feed.:format',
    serveFeed((req) => ({ kind: 'tag', slug: String(req.params.tag) })),
  );
  app.get(
    '/sources/:id/feed.:format',
    serveFeed((req) => ({ kind: 'source', id: String(req.params.id) })),
  );

  app.get('/healthz', async (_req, res) => {
    await store.check();
    res.json({ status: 'ok', version: await store.version() });
  });

  app.get('/tags', async (_req, res) => {
    const tags = await store.listTags();
    res.json(
      tags.map((t) => ({
        ...t.tag,
        count: t.count,
        feeds: Object.fromEntries(
          FEED_FORMATS.map((f) => [f, `${config.baseUrl}/tags/${encodeURIComponent(t.tag.slug)}/feed.${f}`]),
        ),
      })),
    );
  });

  app.get('/items/:id', async (req, res) => {
    const item = await store.getItem(String(req.params.id));
    if (!item) throw new NotFoundError(`no item "${String(req.params.id)}"`);
    res.type('html').send(itemPage(config.feeds.siteTitle, item));
  });

  app.get('/', async (_req, res) => {
    const [items, tags, states] = await Promise.all([
      store.listItems({ limit: 20 }),
      store.listTags(),
      store.sourceStates(),
    ]);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.send(
      homePage({ siteTitle: config.feeds.siteTitle, baseUrl: config.baseUrl, items, tags, sources, states }),
    );
  });

  app.use((req) => {
    throw new NotFoundError(`no such page: ${req.path}`);
  });
  app.use(errorHandler(logger));
  return app;
}
