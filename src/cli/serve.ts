import type { Command } from 'commander';
import { loadSources } from '../config/index.js';
import { errorMessage } from '../errors/index.js';
import { buildBaseRuntime, type CommonOptions } from './runtime.js';
import { IngestProcess } from './ingest-process.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP server and the scheduler (what `npm start` runs).')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .option('--sources <dir>', 'source definitions folder (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .option('--port <port>', 'port to listen on (default: $PORT or 8080)')
    .option('--no-ingest', 'do not run the sources at start-up (they still run on schedule)')
    .action(async (opts: CommonOptions & { port?: string; ingest: boolean }) => {
      if (opts.port !== undefined) process.env.PORT = opts.port;
      const [{ createApp, listen, close }, { WebSubHub }, { FeedCache }, { Metrics }] = await Promise.all([
        import('../http/index.js'),
        import('../websub/index.js'),
        import('../http/feed-cache.js'),
        import('../http/metrics.js'),
      ]);
      const metrics = new Metrics();
      // This process serves; the ingest process (scheduler, fetching, extraction, tagging) runs
      // beside it on the same store, so heavy work never delays a poll and a crash there never
      // takes the feeds offline.
      const { config, logger, store, sources } = await buildBaseRuntime(opts, {
        sourcesRequired: true,
        observer: metrics.store,
      });
      // One feed cache for pollers and the WebSub hub, so a change is rendered once.
      const cache = new FeedCache(store, config, sources, (seconds) => metrics.rendered(seconds));
      const websub = await WebSubHub.open({ config, store, sources, logger, cache });
      const ingest = new IngestProcess({
        options: { store: opts.store, sources: opts.sources, ingestNow: opts.ingest },
        logger,
        // Push (or announce) every subscribed feed whose content a run changed.
        onChanged: () => void websub.notifyChanged(),
        // The same definitions here: OPML, /sources feeds and the home page list them.
        onReloaded: async () => {
          try {
            sources.splice(0, sources.length, ...(await loadSources(config.sourcesDir)));
          } catch (err) {
            logger.warn({ err: errorMessage(err) }, 'cannot re-read the sources after a reload');
          }
        },
      });
      await ingest.start();
      const app = createApp({
        config,
        store,
        sources,
        logger,
        websub,
        cache,
        admin: ingest,
        writeHealth: () => ingest.storeHealth(),
        metrics,
        otherMetrics: () => ingest.metrics(),
      });
      const server = await listen(app, config.port, config.host);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      logger.info({ port, baseUrl: config.baseUrl, sources: sources.length }, 'feedwright is serving');
      const shutdown = async (signal: string): Promise<void> => {
        logger.info({ signal }, 'shutting down');
        await ingest.stop();
        await close(server);
        await websub.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
