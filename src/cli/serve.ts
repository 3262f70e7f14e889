import type { Command } from 'commander';
import { loadSources } from '../config/index.js';
import type { Server } from 'node:http';
import type { Config } from '../config/index.js';
import { ConfigError, errorMessage } from '../errors/index.js';
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
    .action(async (opts: CommonOptions & { ingest: boolean }) => {
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
      let server: Server | null = null;
      let stopping = false;
      const shutdown = async (signal: string): Promise<void> => {
        if (stopping) {
          // Asked again: do not wait for a slow run to end.
          ingest.kill();
          process.exit(1);
        }
        stopping = true;
        logger.info({ signal }, 'shutting down');
        await ingest.stop();
        if (server) await close(server);
        await websub.close();
        await store.close();
        process.exit(0);
      };
      // From before the ingest process starts, so a signal at any moment stops it too.
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      await ingest.start();
      if (stopping) return;
      // Read now what the start-up run wrote: the embedded store re-reads another process's writes
      // at most every 200 ms, so a poll right after start could be answered from a snapshot this
      // process read while the run was still writing (seen: an empty feed one start in three).
      await store.check();
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
      try {
        server = await listen(app, config.port, config.host);
      } catch (err) {
        await ingest.stop();
        await websub.close();
        await store.close();
        throw listenError(err, config, opts.port !== undefined ? '--port' : 'PORT');
      }
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      logger.info({ port, baseUrl: config.baseUrl, sources: sources.length }, 'feedwright is serving');
    });
}

/** A failure to listen, as one line naming the port and where it was set. */
function listenError(err: unknown, config: Config, setting: string): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE')
    return new ConfigError(
      `${setting}: port ${config.port} is already in use (${where}); stop what listens there or choose another port`,
    );
  if (code === 'EACCES')
    return new ConfigError(
      `${setting}: not allowed to listen on port ${config.port} (${where}); use a port above 1023`,
    );
  if (code === 'EADDRNOTAVAIL')
    return new ConfigError(
      `HOST: ${config.host} is not an address of this machine (listening on port ${config.port})`,
    );
  return err instanceof Error ? err : new Error(String(err));
}
