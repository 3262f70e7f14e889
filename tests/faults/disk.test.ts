/**
 * The store's disk refuses writes (full, read-only). Tests run as root, where chmod does not stop
 * writes, so the fault is made by putting a folder where the store's temp file goes: every write
 * of db.json then fails the way a full disk does (the atomic write cannot create its temp file)
 * while the file itself stays readable. Ingests must fail with a clear StoreError, the server must
 * keep serving what it has, /healthz must say so, and all must recover when the disk does.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSources, type Config, type SourceDef } from '../../src/config/index.js';
import { StoreError } from '../../src/errors/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  ingestContext,
  openTestStore,
  requireBuiltCli,
  runCli,
  startServer,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';
import { generatedFeed } from '../support/feeds.js';

vi.setConfig({ testTimeout: 60_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(() => dirs.cleanup());

interface Setup {
  config: Config;
  store: Store;
  sources: SourceDef[];
  server: RunningServer;
  feedFile: string;
  folder: string;
}

async function setup(): Promise<Setup> {
  const storeDir = await dirs.make();
  const sourcesDir = await dirs.make();
  const feedFile = path.join(sourcesDir, 'desk.rss');
  const folder = path.join(sourcesDir, 'pages');
  await mkdir(folder);
  await writeFile(feedFile, generatedFeed('desk', 3).xml);
  await writeFile(path.join(folder, 'one.rss'), generatedFeed('folder-one', 1).xml);
  await writeFile(
    path.join(sourcesDir, 'sources.yaml'),
    [
      'sources:',
      `  - { id: desk, kind: feed, location: ${JSON.stringify(feedFile)} }`,
      `  - { id: pages, kind: folder, location: ${JSON.stringify(folder)} }`,
      '',
    ].join('\n'),
  );
  const config = testConfig(storeDir, sourcesDir);
  const sources = await loadSources(sourcesDir);
  const store = await openTestStore(config);
  const server = await startServer({ config, store, sources });
  return { config, store, sources, server, feedFile, folder };
}

const breakDisk = (config: Config): Promise<string | undefined> =>
  mkdir(path.join(config.storeDir, '.db.json.tmp'), { recursive: true });
const healDisk = (config: Config): Promise<void> =>
  rm(path.join(config.storeDir, '.db.json.tmp'), { recursive: true, force: true });

async function feedTitles(base: string): Promise<string[]> {
  const res = await fetch(`${base}/feed.json`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: Array<{ title: string }> };
  return body.items.map((i) => i.title).sort();
}

describe('store disk refuses writes', () => {
  it('fails ingests clearly, keeps serving, reports it on /healthz, and recovers', async () => {
    const s = await setup();
    try {
      const ctx = await ingestContext(s.store, s.config);
      const byId = (id: string): SourceDef => s.sources.find((x) => x.id === id)!;
      await runSource(ctx, byId('desk'));
      await runSource(ctx, byId('pages'));
      const before = await feedTitles(s.server.base);
      expect(before).toHaveLength(4);
      expect((await fetch(`${s.server.base}/healthz`)).status).toBe(200);

      await breakDisk(s.config);
      await writeFile(s.feedFile, generatedFeed('desk', 5).xml);
      await writeFile(path.join(s.folder, 'two.rss'), generatedFeed('folder-two', 1).xml);
      const failure = await runSource(ctx, byId('desk')).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StoreError);
      expect((failure as Error).message).toMatch(/cannot write the store file .*db\.json: /);
      // A folder source reports the store's failure as the store's, not as a bad file.
      const folderFailure = await runSource(ctx, byId('pages')).catch((e: unknown) => e);
      expect(folderFailure).toBeInstanceOf(StoreError);

      // Readers are unaffected: the same items, 200s on feeds and pages.
      expect(await feedTitles(s.server.base)).toEqual(before);
      expect((await fetch(`${s.server.base}/feed.rss`)).status).toBe(200);
      expect((await fetch(`${s.server.base}/`)).status).toBe(200);
      const health = await fetch(`${s.server.base}/healthz`);
      // Still readable, so still healthy for serving; the write problem is reported.
      expect(health.status).toBe(200);
      const body = (await health.json()) as { status: string; writable: boolean; problem: string };
      expect(body).toMatchObject({ status: 'degraded', writable: false });
      expect(body.problem).toMatch(/cannot be written .*stored items are still served/);

      // A CLI ingest (another process) fails with a one-line message and a non-zero exit.
      const cli = await runCli([
        'ingest',
        'desk',
        '--store',
        s.config.storeDir,
        '--sources',
        s.config.sourcesDir,
      ]);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/^feedwright: desk: cannot write the store file .*db\.json/m);

      await healDisk(s.config);
      expect((await fetch(`${s.server.base}/healthz`)).status).toBe(200);
      await runSource(ctx, byId('desk'));
      await runSource(ctx, byId('pages'));
      const after = await feedTitles(s.server.base);
      expect(after).toHaveLength(7);
      expect(after).toEqual(expect.arrayContaining(before));
      const states = await s.store.sourceStates();
      expect(states.desk?.lastResult).toBe('ok');
      expect(states.desk?.consecutiveFailures).toBe(0);
    } finally {
      await healDisk(s.config);
      await s.server.stop();
      await s.store.close();
    }
  });
});
