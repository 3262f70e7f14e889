import { loadConfig, loadSources, type Config, type SourceDef } from '../config/index.js';
import { createLogger, type Logger } from '../log/index.js';
import { openStore, type Store } from '../store/index.js';
import type { IngestContext } from '../pipeline/ingest.js';
import { loadTagger } from '../tagging/load.js';
import { FingerprintMemo } from '../dedup/index.js';

/** Options every command that touches the store or the sources accepts. */
export interface CommonOptions {
  store?: string;
  sources?: string;
}

/** Config from the environment, with command-line overrides applied. */
export function configFrom(opts: CommonOptions, defaults: Record<string, string> = {}): Config {
  return loadConfig({
    ...defaults,
    ...process.env,
    ...(opts.store ? { FEEDWRIGHT_STORE: opts.store } : {}),
    ...(opts.sources ? { FEEDWRIGHT_SOURCES: opts.sources } : {}),
  });
}

export interface Runtime {
  config: Config;
  logger: Logger;
  store: Store;
  sources: SourceDef[];
  ingest: IngestContext;
}

/**
 * Everything a command needs, built once: config, logger, store adapter, sources. A missing
 * sources folder is fine for commands that only read or ingest files.
 */
export async function buildRuntime(
  opts: CommonOptions,
  { sourcesRequired = false, logLevel }: { sourcesRequired?: boolean; logLevel?: string } = {},
): Promise<Runtime> {
  const config = configFrom(opts, logLevel ? { LOG_LEVEL: logLevel } : {});
  const logger = createLogger(config.logLevel);
  const sources = await loadSources(config.sourcesDir, { missingOk: !sourcesRequired });
  const store = await openStore({ dir: config.storeDir, retention: config.retention });
  const tagger = await loadTagger(config.sourcesDir);
  return {
    config,
    logger,
    store,
    sources,
    ingest: { store, config, logger, now: () => new Date(), tagger, fingerprints: new FingerprintMemo() },
  };
}
