/**
 * Shared helpers for the service-spine tests: temp folders, a test config, a silent logger, a
 * real HTTP server on a random port, and the built CLI run as a child process.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config, type SourceDef } from '../../src/config/index.js';
import { createApp, close, listen } from '../../src/http/index.js';
import { createLogger, type Logger } from '../../src/log/index.js';
import type { StoredItem } from '../../src/model/item.js';
import { runSource, type IngestContext } from '../../src/pipeline/ingest.js';
import { loadTagger } from '../../src/tagging/load.js';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { openStore, type Store, type StoreObserver } from '../../src/store/index.js';
import type { AdminActions } from '../../src/http/admin.js';
import type { Metrics } from '../../src/http/metrics.js';
import { ensureTestDatabase, onPostgres, testDatabaseUrl } from './postgres.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI; FEEDWRIGHT_TEST_CLI points at another build (e.g. a private one while others rebuild dist/). */
export const CLI = process.env.FEEDWRIGHT_TEST_CLI ?? path.join(ROOT, 'dist/cli/main.js');
export const SAMPLES_SOURCES = path.join(ROOT, 'feeds');
export const CLI_FIXTURES = path.join(ROOT, 'tests/cli/fixtures');
export const fixture = (name: string): string => path.join(CLI_FIXTURES, name);

/** A fresh folder under the OS temp dir; `cleanup` removes every folder made so far. */
export function tempDirs(): { make: (prefix?: string) => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async (prefix = 'feedwright-test-') => {
      const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup: async () => {
      await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export const silentLogger = (): Logger => createLogger('silent');

/**
 * Config as the service would build it, pointed at test folders; `env` overrides anything. In the
 * `postgres` test project the store is a database of its own per store folder.
 */
export function testConfig(storeDir: string, sourcesDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    FEEDWRIGHT_STORE: storeDir,
    ...(onPostgres() ? { FEEDWRIGHT_DATABASE_URL: testDatabaseUrl(storeDir) } : {}),
    FEEDWRIGHT_SOURCES: sourcesDir,
    BASE_URL: 'http://feeds.test',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

export async function openTestStore(config: Config, observer?: StoreObserver): Promise<Store> {
  if (config.databaseUrl) await ensureTestDatabase(config.databaseUrl);
  return openStore({
    dir: config.storeDir,
    databaseUrl: config.databaseUrl,
    retention: config.retention,
    observer,
  });
}

/** The environment that points a CLI child at the store of `--store DIR` (its database on PostgreSQL). */
async function storeEnv(args: string[], env: Record<string, string>): Promise<Record<string, string>> {
  const at = args.indexOf('--store');
  const dir = at >= 0 ? args[at + 1] : env.FEEDWRIGHT_STORE;
  if (!onPostgres() || !dir) return {};
  const url = testDatabaseUrl(dir);
  await ensureTestDatabase(url);
  return { FEEDWRIGHT_DATABASE_URL: url };
}

export const ingestContext = async (store: Store, config: Config): Promise<IngestContext> => ({
  store,
  config,
  logger: silentLogger(),
  now: () => new Date(),
  tagger: await loadTagger(config.sourcesDir),
  fingerprints: new FingerprintMemo(),
});

export interface RunningServer {
  base: string;
  server: http.Server;
  stop: () => Promise<void>;
}

/** The real Express app on 127.0.0.1, port 0 (a free port the OS picks). */
export async function startServer(deps: {
  config: Config;
  store: Store;
  sources?: SourceDef[];
  admin?: AdminActions;
  metrics?: Metrics;
}): Promise<RunningServer> {
  const app = createApp({ ...deps, sources: deps.sources ?? [], logger: silentLogger() });
  const server = await listen(app, 0, '127.0.0.1');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { base: `http://127.0.0.1:${address.port}`, server, stop: () => close(server) };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (`npm run build` first) with a clean environment; never rejects. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const fromStore = await storeEnv(args, env);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...fromStore, ...env },
        maxBuffer: 32 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Stored items as `feedwright items --json` prints them. */
export interface CliItem {
  id: string;
  guid: string | null;
  url: string | null;
  title: string | null;
  body: string[];
  origins: Array<{ source: string; guid: string | null }>;
  tags: Array<{ slug: string; label: string }>;
}

export async function cliItems(storeDir: string): Promise<CliItem[]> {
  const res = await runCli(['items', '--json', '--store', storeDir]);
  if (res.code !== 0) throw new Error(`items failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as CliItem[];
}

/** Replace no-break spaces with plain ones, for comparing titles as a reader reads them. */
export const plainSpaces = (s: string): string => s.replace(/\u00a0/g, ' ');

/** Stored items read in-process (fast), for checks after the CLI has written the store. */
export async function storedItems(storeDir: string): Promise<StoredItem[]> {
  const store = await openTestStore(testConfig(storeDir, storeDir, { FEEDWRIGHT_RETAIN_ITEMS: '0' }));
  try {
    return await store.listItems();
  } finally {
    await store.close();
  }
}

/**
 * Everything a store holds, to compare before and after something that must not change it: the
 * file's bytes for the embedded store, the items and version for a database.
 */
export async function storeSnapshot(storeDir: string): Promise<string> {
  if (!onPostgres()) return readFile(path.join(storeDir, 'db.json'), 'utf8');
  const store = await openTestStore(testConfig(storeDir, storeDir, { FEEDWRIGHT_RETAIN_ITEMS: '0' }));
  try {
    return JSON.stringify({ version: await store.version(), items: await store.listItems() });
  } finally {
    await store.close();
  }
}

/** Fail early and clearly when the CLI has not been built (`npm test` builds it first). */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the CLI tests`);
}

/** Open the store, run every source into it in order, and serve it: what most HTTP tests start from. */
export async function serveIngested(
  config: Config,
  sources: SourceDef[],
): Promise<{ store: Store; app: RunningServer }> {
  const store = await openTestStore(config);
  const ctx = await ingestContext(store, config);
  for (const s of sources) await runSource(ctx, s);
  return { store, app: await startServer({ config, store, sources }) };
}
