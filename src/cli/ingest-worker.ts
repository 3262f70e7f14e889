/**
 * The ingest process of `feedwright serve`: the scheduler, folder watchers and source runs. It
 * runs apart from the HTTP front so that extraction and tagging (CPU-heavy, large libraries) never
 * delay a poll, and so that a crash here never takes the feeds offline: the front restarts it.
 * Both open the same store, which is safe across processes (see src/store/lowdb.ts).
 */
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { runSource } from '../pipeline/ingest.js';
import { buildRuntime } from './runtime.js';
import { SourceRunner } from './source-runner.js';
import { Metrics } from '../http/metrics.js';
import {
  WORKER_OPTIONS_ENV,
  type IngestWorkerOptions,
  type WorkerMessage,
  type WorkerRequest,
} from './ingest-protocol.js';

const send = (m: WorkerMessage): void => {
  process.send?.(m);
};

async function main(): Promise<void> {
  // Listen for the end from the first moment: the front may go away (or be stopped) while this
  // process is still loading, and must never leave it running on its own.
  let stopping = false;
  let release = async (): Promise<void> => undefined;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await release();
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());

  const options = JSON.parse(process.env[WORKER_OPTIONS_ENV] ?? '{}') as IngestWorkerOptions;
  const metrics = new Metrics();
  const rt = await buildRuntime(options, { sourcesRequired: true, observer: metrics.store });
  rt.ingest.onFetched = (seconds) => metrics.fetched(seconds);
  const { logger } = rt;
  const runner = new SourceRunner({
    sourcesDir: rt.config.sourcesDir,
    sources: rt.sources,
    logger,
    store: rt.store,
    ...(rt.store.claims
      ? {
          claims: { claims: rt.store.claims, leaseSeconds: rt.config.leaseSeconds, observer: metrics.claims },
        }
      : {}),
    run: async (source) => {
      try {
        const result = await runSource(rt.ingest, source);
        metrics.sourceRun(result.result, result);
        logger.info({ ...result }, 'source run finished');
      } catch (err) {
        metrics.sourceRun('error');
        throw err;
      } finally {
        // A run that could not write (disk full, read-only) shows on the front's /healthz.
        send({ type: 'changed', store: await rt.store.check() });
      }
    },
  });

  const perform = async (req: WorkerRequest): Promise<unknown> => {
    switch (req.type) {
      case 'metrics':
        return metrics.snapshot();
      case 'ingest':
        return runner.ingest(req.sourceId);
      case 'enable':
        return runner.setEnabled(req.sourceId, req.enabled);
      case 'reload':
        return runner.reload();
      case 'remove':
        return runner.removeItem(req.itemId);
      case 'purge':
        return runner.purgeSource(req.sourceId);
    }
  };

  const answer = async (req: WorkerRequest): Promise<void> => {
    try {
      const value = await perform(req);
      if (req.type === 'reload') send({ type: 'reloaded' });
      // Removed items leave the feeds: the WebSub hub pushes them as it does after a run.
      if (req.type === 'remove' || req.type === 'purge')
        send({ type: 'changed', store: await rt.store.check() });
      send({ type: 'reply', id: req.id, ok: true, value: value ?? null });
    } catch (err) {
      const code = err instanceof FeedwrightError ? err.code : 'internal';
      send({ type: 'reply', id: req.id, ok: false, code, message: errorMessage(err) });
    }
  };

  release = async () => {
    await runner.stop();
    await rt.store.close();
  };

  process.on('message', (req: WorkerRequest) => void answer(req));
  await runner.start(options.ingestNow);
  send({ type: 'ready' });
}

main().catch((err: unknown) => {
  process.stderr.write(`feedwright: ingest process: ${errorMessage(err)}\n`);
  process.exit(1);
});
