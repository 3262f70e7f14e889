import type { Command } from 'commander';
import { watch, type FSWatcher } from 'node:fs';
import { buildRuntime, type CommonOptions } from './runtime.js';
import { Scheduler } from '../scheduler/index.js';
import { errorMessage } from '../errors/index.js';

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
      const enabled = sources.filter((s) => s.enabled);
      const byId = new Map(enabled.map((s) => [s.id, s]));
      const scheduler = new Scheduler({
        sources: enabled,
        logger,
        run: async (id) => {
          const source = byId.get(id);
          if (!source) return;
          try {
            const result = await runSource(rt.ingest, source);
            logger.info({ ...result }, 'source run finished');
          } finally {
            // Push (or announce) every subscribed feed whose content this run changed.
            void websub.notifyChanged();
          }
        },
      });
      // Local sources are ingested before we listen, so the first request already sees them;
      // remote ones run in the background so a slow upstream never delays start-up.
      if (opts.ingest) {
        await Promise.all(enabled.filter((s) => !s.isUrl).map((s) => scheduler.trigger(s.id)));
        for (const s of enabled.filter((x) => x.isUrl)) void scheduler.trigger(s.id);
      }
      scheduler.start();
      // Folder sources ingest new files as they appear, not only on schedule.
      const watchers: FSWatcher[] = [];
      for (const s of enabled.filter((x) => x.kind === 'folder')) {
        let timer: NodeJS.Timeout | null = null;
        try {
          watchers.push(
            watch(s.location, () => {
              if (timer) clearTimeout(timer);
              timer = setTimeout(() => void scheduler.trigger(s.id), 500);
            }),
          );
        } catch (err) {
          logger.warn(
            { source: s.id, err: errorMessage(err) },
            'cannot watch folder; relying on the schedule',
          );
        }
      }
      const app = createApp({ config, store, sources, logger, websub, cache });
      const server = await listen(app, config.port, config.host);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      logger.info({ port, baseUrl: config.baseUrl, sources: enabled.length }, 'feedwright is serving');
      const shutdown = async (signal: string): Promise<void> => {
        logger.info({ signal }, 'shutting down');
        for (const w of watchers) w.close();
        await scheduler.stop();
        await close(server);
        await websub.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
