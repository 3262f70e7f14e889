import { existsSync } from 'node:fs';
import { NotFoundError } from '../errors/index.js';
import { loadConfig, loadSources, type Config, type SourceDef } from '../config/index.js';
import { createLogger, type Logger } from '../log/index.js';
import { openStore, type Store, type StoreObserver } from '../store/index.js';
import type { IngestContext } from '../pipeline/ingest.js';

/** Options every command that touches the store or the sources accepts. */
export interface CommonOptions {
  store?: string;
  sources?: string;
  port?: string;
}

/** The variable each command-line flag sets, so a bad value is reported against the flag. */
const FLAGS = {
  store: ['FEEDWRIGHT_STORE', '--store'],
  sources: ['FEEDWRIGHT_SOURCES', '--sources'],
  port: ['PORT', '--port'],
} as const;

/** Config from the environment, with command-line overrides applied. */
export function configFrom(
  opts: CommonOptions,
  defaults: Record<string, string> = {},
  overrides: Record<string, string> = {},
): Config {
  const fromFlags: Record<string, string> = {};
  const flagOf: Record<string, string> = {};
  for (const [option, [variable, flag]] of Object.entries(FLAGS)) {
    const value = opts[option as keyof CommonOptions];
    if (value === undefined) continue;
    fromFlags[variable] = value;
    flagOf[variable] = flag;
  }
  return loadConfig({ ...defaults, ...process.env, ...overrides, ...fromFlags }, process.cwd(), flagOf);
}

/** What a command that reads the store needs. */
export interface BaseRuntime {
  config: Config;
  logger: Logger;
  store: Store;
  sources: SourceDef[];
}

/** What a command that ingests needs besides. */
export interface Runtime extends BaseRuntime {
  ingest: IngestContext;
}

interface RuntimeOptions {
  sourcesRequired?: boolean;
  /** The command only reads: a store folder that does not exist is an error, never created. */
  readOnly?: boolean;
  logLevel?: string;
  /** Told of each store query and failure (/metrics). */
  observer?: StoreObserver;
}

/**
 * Everything a command needs, built once: config, logger, store adapter, sources. A missing
 * sources folder is fine for commands that only read or ingest files.
 */
export async function buildBaseRuntime(
  opts: CommonOptions,
  { sourcesRequired = false, readOnly = false, logLevel, observer }: RuntimeOptions = {},
): Promise<BaseRuntime> {
  const config = configFrom(opts, logLevel ? { LOG_LEVEL: logLevel } : {});
  if (readOnly && !config.databaseUrl && !existsSync(config.storeDir)) {
    const setting = opts.store !== undefined ? '--store' : 'FEEDWRIGHT_STORE';
    throw new NotFoundError(
      `${setting}: the store ${config.storeDir} does not exist (expected a folder that feedwright ingest or serve has written)`,
    );
  }
  const logger = createLogger(config.logLevel);
  const sources = await loadSources(config.sourcesDir, { missingOk: !sourcesRequired });
  const store = await openStore({
    dir: config.storeDir,
    databaseUrl: config.databaseUrl,
    retention: config.retention,
    observer,
  });
  return { config, logger, store, sources };
}

/** The base runtime plus the ingest pipeline's context (taxonomy, fingerprint memo). */
export async function buildRuntime(opts: CommonOptions, options: RuntimeOptions = {}): Promise<Runtime> {
  const base = await buildBaseRuntime(opts, options);
  const { config, logger, store } = base;
  // Loaded here, not at the top: the HTTP front process never needs the pipeline.
  const [{ loadTagger }, { FingerprintMemo }] = await Promise.all([
    import('../tagging/load.js'),
    import('../dedup/index.js'),
  ]);
  const tagger = await loadTagger(config.sourcesDir);
  return {
    ...base,
    ingest: { store, config, logger, now: () => new Date(), tagger, fingerprints: new FingerprintMemo() },
  };
}
