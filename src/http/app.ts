import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express from 'express';
import type { Config, SourceDef } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { Store, StoreHealth } from '../store/index.js';
import { NotFoundError } from '../errors/index.js';
import { FeedCache, FEED_FORMATS } from './feed-cache.js';
import { matchFeedPath, sendFeed, serveFeed } from './feed-handler.js';
import { errorHandler, respondWithError, type ErrorPage } from './errors.js';
import { pagesRouter, siteOf } from './pages.js';
import { errorPage } from '../pages/index.js';
import { OPML_CONTENT_TYPE, publishedFeeds, renderOpml } from './opml.js';
import type { WebSubHub } from '../websub/index.js';
import { adminRouter, expensiveLimiter, type AdminActions } from './admin.js';
import { feedKind, renderMetrics, type Metrics, type MetricsSnapshot } from './metrics.js';

export interface AppDeps {
  config: Config;
  store: Store;
  sources: SourceDef[];
  logger: Logger;
  /** The WebSub hub; its POST /websub endpoint is served only when it is the built-in one. */
  websub?: WebSubHub;
  /** A feed cache to share (with the hub); a new one otherwise. */
  cache?: FeedCache;
  /** Actions behind the token-protected admin endpoints (the server's scheduler). */
  admin?: AdminActions;
  /** How writes by another process on this store fare (serve's ingest process), when known. */
  writeHealth?: () => StoreHealth | null;
  /** This process's metrics; served at /metrics with those of `otherMetrics` (the ingest process). */
  metrics?: Metrics;
  otherMetrics?: () => Promise<MetricsSnapshot[]>;
}

/**
 * The request handler. Feed URLs — what pollers hit every few minutes — are answered from the
 * feed cache before Express's router, which would cost more than the cached answer itself;
 * everything else goes through Express. Errors of both paths are mapped in one place.
 */
export function createApp(deps: AppDeps): RequestListener {
  const metrics = deps.metrics;
  const cache =
    deps.cache ??
    new FeedCache(
      deps.store,
      deps.config,
      deps.sources,
      metrics ? (seconds) => metrics.rendered(seconds) : undefined,
    );
  const app = createExpressApp(deps);
  const site = siteOf(deps.config);
  const page: ErrorPage = (e) => errorPage(site, e);
  return (req, res) => {
    if (deps.logger.isLevelEnabled('debug')) logRequest(deps.logger, req, res);
    const method = req.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';
    // The poller's common case: a feed rendered for this exact URL and this store version.
    const cached = isRead && req.url ? cache.peek(req.url) : null;
    if (cached) {
      const status = sendFeed(req, res, cached);
      deps.metrics?.poll(feedKind(req.url ?? ''), status);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://feedwright.invalid');
    const match = isRead ? matchFeedPath(url.pathname) : null;
    if (!match) {
      app(req, res);
      return;
    }
    serveFeed(cache, deps.config, req, res, match, url).then(
      (status) => deps.metrics?.poll(match.scope.kind, status),
      (err: unknown) => respondWithError(deps.logger, req, res, err, page),
    );
  };
}

/** One debug line per request once it is answered (off unless LOG_LEVEL is debug or trace). */
function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const started = performance.now();
  res.once('finish', () =>
    logger.debug(
      {
        method: req.method,
        url: req.url,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        remote: req.socket.remoteAddress,
      },
      'request',
    ),
  );
}

/** Pages, health and tag listing: thin Express handlers; errors go to one handler. */
function createExpressApp(deps: AppDeps): express.Express {
  const { config, store, sources, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.get('/healthz', async (_req, res) => {
    // 200 while stored items can be read and served; a write problem is reported, not fatal.
    const own = await store.check();
    const writer = deps.writeHealth?.();
    const health = writer && !writer.writable ? writer : own;
    res.json({
      status: health.writable ? 'ok' : 'degraded',
      writable: health.writable,
      ...(health.problem ? { problem: health.problem } : {}),
      version: await store.version(),
    });
  });

  // Ready to take traffic: the store answers and its schema is the one this version expects.
  app.get('/readyz', async (_req, res) => {
    const r = await store.readiness();
    res
      .status(r.ready ? 200 : 503)
      .json(r.ready ? { status: 'ready' } : { status: 'not ready', problem: r.problem });
  });

  app.get('/metrics', async (_req, res) => {
    if (!deps.metrics) throw new NotFoundError('metrics are not collected here');
    const others = await (deps.otherMetrics?.() ?? Promise.resolve([])).catch(() => []);
    const { contentType, text } = await renderMetrics([await deps.metrics.snapshot(), ...others]);
    res.setHeader('Content-Type', contentType);
    res.send(text);
  });

  // Pages first: `/tags` gives the HTML index to browsers and falls through to JSON for programs.
  const limited = expensiveLimiter(config.admin.rateLimitPerMinute);
  app.use(pagesRouter({ config, store, sources, admin: deps.admin, limited }));

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

  app.get('/opml', async (_req, res) => {
    const feeds = publishedFeeds(config, await store.listTags(), sources);
    res.setHeader('Content-Type', OPML_CONTENT_TYPE);
    res.send(renderOpml(config, feeds));
  });

  const hub = deps.websub;
  if (hub?.builtIn) app.post('/websub', limited, (req, res) => hub.handleRequest(req, res));

  app.use(
    '/admin',
    adminRouter({
      token: config.admin.token,
      actions: deps.admin,
      perMinute: config.admin.rateLimitPerMinute,
    }),
  );

  app.use((req) => {
    throw new NotFoundError(`no such page: ${req.path}`);
  });
  const site = siteOf(config);
  app.use(errorHandler(logger, (e) => errorPage(site, e)));
  return app;
}
