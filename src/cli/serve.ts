import type { Command } from 'commander';
import { buildRuntime, type CommonOptions } from './runtime.js';
import { SourceRunner } from './source-runner.js';

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
      // Loaded here, not at the top: the pipeline is heavy and other commands do not need it.
      const [{ createApp, listen, close }, { runSource }, { WebSubHub }, { FeedCache }] = await Promise.all([
        import('../http/index.js'),
        import('../pipeline/ingest.js'),
        import('../websub/index.js'),
        import('../http/feed-cache.js'),
      ]);
      const rt = await buildRuntime(opts, { sourcesRequired: true });
      const { config, logger, store, sources } = rt;
      // One feed cache for pollers and the WebSub hub, so a change is rendered once.
      const cache = new FeedCache(store, config, sources);
      const websub = await WebSubHub.open({ config, store, sources, logger, cache });
      const runner = new SourceRunner({
        sourcesDir: config.sourcesDir,
        sources,
        logger,
        run: async (source) => {
          try {
            const result = await runSource(rt.ingest, source);
            logger.info({ ...result }, 'source run finished');
          } finally {
            // Push (or announce) every subscribed feed whose content this run changed.
            void websub.notifyChanged();
          }
        },
      });
      await runner.start(opts.ingest);
      const app = createApp({ config, store, sources, logger, websub, cache, admin: runner });
      const server = await listen(app, config.port, config.host);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      logger.info({ port, baseUrl: config.baseUrl, sources: sources.length }, 'feedwright is serving');
      const shutdown = async (signal: string): Promise<void> => {
        logger.info({ signal }, 'shutting down');
        await runner.stop();
        await close(server);
        await websub.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
