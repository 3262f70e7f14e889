/**
 * What operators and load balancers read: /metrics (Prometheus text) and /readyz. Runs in both test
 * projects; on PostgreSQL it also shows that a cached poll costs no query.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/http/metrics.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  ingestContext,
  openTestStore,
  startServer,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';
import { writeFixtureSources } from '../support/sources.js';

const dirs = tempDirs();
const running: { store: Store; app: RunningServer }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.app.stop();
    await r.store.close();
  }
  await dirs.cleanup();
});

async function serve() {
  const sourcesDir = await dirs.make();
  const config = testConfig(await dirs.make(), sourcesDir);
  const metrics = new Metrics();
  const store = await openTestStore(config, metrics.store);
  const sources = await writeFixtureSources(sourcesDir);
  const ctx = await ingestContext(store, config);
  for (const s of sources.slice(0, 2)) await runSource(ctx, s);
  const app = await startServer({ config, store, sources, metrics });
  running.push({ store, app });
  return { app, store, config };
}

const metric = (text: string, name: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ').pop()) : 0;
};

describe('operations endpoints', () => {
  it('/metrics counts polls by feed kind and status, renders, and cached polls cost no query', async () => {
    const { app } = await serve();
    const first = await fetch(`${app.base}/feed.atom`);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const before = await (await fetch(`${app.base}/metrics`)).text();
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${app.base}/feed.atom`, { headers: { 'if-none-match': etag } });
      expect(res.status).toBe(304);
    }
    const res = await fetch(`${app.base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('feedwright_polls_total{feed="all",status="200"} 1');
    expect(text).toContain('feedwright_polls_total{feed="all",status="304"} 20');
    expect(metric(text, 'feedwright_render_seconds_count')).toBe(1);
    expect(text).toContain('# TYPE feedwright_store_errors_total counter');
    expect(metric(text, 'feedwright_store_queries_total')).toBe(
      metric(before, 'feedwright_store_queries_total'),
    );
  });

  it('/readyz is 200 while the store answers', async () => {
    const { app } = await serve();
    const res = await fetch(`${app.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it.runIf(process.env.FEEDWRIGHT_TEST_STORE === 'postgres')(
    '/readyz is 503 once a newer version has migrated the database',
    async () => {
      const { app, config } = await serve();
      const db = new pg.Client({ connectionString: config.databaseUrl ?? '' });
      await db.connect();
      await db.query(
        `INSERT INTO pgmigrations (name, run_on) VALUES ('9999999999999_from_the_future', now())`,
      );
      await db.end();
      const res = await fetch(`${app.base}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'not ready',
        problem: expect.stringContaining(
          'migrated by a newer feedwright (9999999999999_from_the_future): upgrade this node',
        ),
      });
    },
  );
});
