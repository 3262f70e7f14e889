/**
 * Upstream faults against a local upstream on 127.0.0.1: HTTP 500, a hang past the fetch timeout,
 * a connection reset, and 429/503 with Retry-After (seconds and HTTP-date). Each failing source
 * records a clear error and a retry time that honours Retry-After; `feedwright sources` and `/`
 * show it; a healthy remote source and a local one keep running and being served.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSources, type SourceDef } from '../../src/config/index.js';
import { FetchError } from '../../src/errors/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import { Scheduler } from '../../src/scheduler/index.js';
import {
  ingestContext,
  openTestStore,
  requireBuiltCli,
  runCli,
  silentLogger,
  startServer,
  tempDirs,
  testConfig,
} from '../support/env.js';
import { FakeClock, flushPromises } from '../support/fake-clock.js';
import { generatedFeed } from '../support/feeds.js';

vi.setConfig({ testTimeout: 60_000 });
const dirs = tempDirs();
const sockets = new Set<Socket>();
const RETRY_DATE_MS = 2 * 3600_000;

/** The upstream: one path per fault, and /ok with validators (answers 304 when asked right). */
const upstream = http.createServer((req, res) => {
  const send = (status: number, headers: Record<string, string> = {}): void => {
    res.writeHead(status, headers);
    res.end(status === 200 ? '' : 'upstream trouble');
  };
  switch (req.url) {
    case '/ok': {
      if (req.headers['if-none-match'] === '"v1"') return send(304);
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      return void res.end(generatedFeed('healthy', 2).xml);
    }
    case '/500':
      return send(500);
    case '/hang':
      return; // never answers: the client's timeout must fire
    case '/reset':
      return void req.socket.destroy();
    case '/429':
      return send(429, { 'retry-after': '900' });
    case '/503':
      return send(503, { 'retry-after': new Date(Date.now() + RETRY_DATE_MS).toUTCString() });
    default:
      return send(404);
  }
});
upstream.on('connection', (s: Socket) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});
let origin = '';

beforeAll(async () => {
  requireBuiltCli();
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => upstream.close(() => r()));
  await dirs.cleanup();
});

const REMOTE = {
  healthy: '/ok',
  broken: '/500',
  hanging: '/hang',
  reset: '/reset',
  limited: '/429',
  busy: '/503',
};
const ENV = { FEEDWRIGHT_FETCH_ALLOW: '127.0.0.0/8', FEEDWRIGHT_FETCH_TIMEOUT_MS: '2000' };

async function writeSources(dir: string): Promise<SourceDef[]> {
  const local = path.join(dir, 'local.rss');
  await writeFile(local, generatedFeed('local', 2).xml);
  const lines = ['sources:', `  - { id: local, kind: feed, location: ${JSON.stringify(local)} }`];
  for (const [id, p] of Object.entries(REMOTE))
    lines.push(`  - { id: ${id}, kind: feed, location: "${origin}${p}" }`);
  await writeFile(path.join(dir, 'sources.yaml'), lines.join('\n') + '\n');
  return loadSources(dir);
}

const near = (iso: string | null | undefined, expectedMs: number, slackMs = 5_000): boolean =>
  !!iso && Math.abs(Date.parse(iso) - expectedMs) <= slackMs;

describe('upstream faults', () => {
  it('records clear errors and Retry-After-honouring retries, without touching other sources', async () => {
    const storeDir = await dirs.make();
    const sourcesDir = await dirs.make();
    const sources = await writeSources(sourcesDir);
    const config = testConfig(storeDir, sourcesDir, ENV);
    const store = await openTestStore(config);
    const server = await startServer({ config, store, sources });
    try {
      const ctx = await ingestContext(store, config);
      const t0 = Date.now();
      // All at once, as the scheduler would run them.
      const results = await Promise.allSettled(sources.map((s) => runSource(ctx, s)));
      const outcome = Object.fromEntries(sources.map((s, i) => [s.id, results[i]!]));
      expect(outcome.local?.status).toBe('fulfilled');
      expect(outcome.healthy?.status, String((outcome.healthy as PromiseRejectedResult).reason)).toBe(
        'fulfilled',
      );
      for (const id of ['broken', 'hanging', 'reset', 'limited', 'busy']) {
        const r = outcome[id];
        expect(r?.status, id).toBe('rejected');
        expect((r as PromiseRejectedResult).reason, id).toBeInstanceOf(FetchError);
      }
      const st = await store.sourceStates();
      expect(st.broken?.lastError).toMatch(/\/500: HTTP 500 Internal Server Error$/);
      expect(st.hanging?.lastError).toMatch(/\/hang: timed out after 2000 ms$/);
      expect(st.reset?.lastError).toMatch(/\/reset: (socket hang up|read ECONNRESET)$/);
      expect(st.limited?.lastError).toMatch(/\/429: HTTP 429 Too Many Requests$/);
      expect(st.busy?.lastError).toMatch(/\/503: HTTP 503 Service Unavailable$/);
      for (const id of ['broken', 'hanging', 'reset', 'limited', 'busy']) {
        expect(st[id]?.lastResult, id).toBe('error');
        expect(st[id]?.consecutiveFailures, id).toBe(1);
      }
      // Plain failures back off one minute; Retry-After lengthens it, never shortens it.
      expect(near(st.broken?.retryAt, t0 + 60_000)).toBe(true);
      expect(near(st.limited?.retryAt, t0 + 900_000)).toBe(true);
      expect(near(st.busy?.retryAt, t0 + RETRY_DATE_MS)).toBe(true);

      // A second failure doubles the backoff; the healthy sources run again fine meanwhile.
      await runSource(
        ctx,
        sources.find((s) => s.id === 'broken')!,
      ).catch(() => undefined);
      const again = await runSource(
        ctx,
        sources.find((s) => s.id === 'healthy')!,
      );
      expect(again.result).toBe('not-modified');
      const st2 = await store.sourceStates();
      expect(st2.broken?.consecutiveFailures).toBe(2);
      expect(near(st2.broken?.retryAt, Date.now() + 120_000)).toBe(true);
      expect(st2.local?.lastResult).toBe('ok');

      // The healthy sources' items are served.
      for (const id of ['local', 'healthy']) {
        const res = await fetch(`${server.base}/sources/${id}/feed.json`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(2);
      }

      // `feedwright sources` (a real CLI process) shows each source's status and next try.
      const env = { FEEDWRIGHT_STORE: storeDir, FEEDWRIGHT_SOURCES: sourcesDir };
      const json = await runCli(['sources', '--json'], env);
      expect(json.code, json.stderr).toBe(0);
      const rows = JSON.parse(json.stdout) as Array<{
        id: string;
        result: string;
        error: string | null;
        nextRun: string;
      }>;
      const row = (id: string) => rows.find((r) => r.id === id)!;
      expect(row('limited')).toMatchObject({ result: 'error', error: expect.stringMatching(/HTTP 429/) });
      expect(row('limited').nextRun).toBe(st.limited?.retryAt);
      expect(row('busy').nextRun).toBe(st.busy?.retryAt);
      expect(row('healthy').result).toBe('not-modified');
      expect(row('local').result).toBe('ok');
      const table = await runCli(['sources'], env);
      expect(table.stdout).toMatch(/^hanging .*error: .*timed out after 2000 ms/m);
      expect(table.stdout).toMatch(/^local .*ok \(2 items\)/m);

      // `/sources/` shows the same per-source status: the error in full and when it is retried.
      const page = (await (await fetch(`${server.base}/sources/`)).text()).replace(/\s+/g, ' ');
      expect(page).toMatch(/class="error-text"> ?[^<]*\/503: HTTP 503 Service Unavailable/);
      expect(page).toMatch(/class="error-text"> ?[^<]*\/reset: /);
      expect(page).toMatch(/<dt>Retry<\/dt> ?<dd> ?<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.\d{3}Z"/);
      expect(page).toMatch(/Healthy|healthy/);
      // `/` sums each source up: failing ones are marked.
      expect(await (await fetch(`${server.base}/`)).text()).toMatch(/status dot error/);
    } finally {
      await server.stop();
      await store.close();
    }
  });

  it('the scheduler waits at least Retry-After before retrying, and keeps other sources on time', async () => {
    const clock = new FakeClock('2026-03-01T12:00:00Z');
    const runs: Array<{ id: string; at: string }> = [];
    const scheduler = new Scheduler({
      sources: [
        { id: 'limited', schedule: '* * * * *' },
        { id: 'steady', schedule: '* * * * *' },
      ],
      logger: silentLogger(),
      clock,
      run: async (id) => {
        runs.push({ id, at: clock.now().toISOString() });
        if (id === 'limited') throw new FetchError('HTTP 429', { status: 429, retryAfter: 600 });
      },
    });
    scheduler.start();
    await clock.advance(60_000);
    await flushPromises();
    expect(scheduler.nextRun('limited')?.toISOString()).toBe('2026-03-01T12:11:00.000Z');
    await clock.advance(9 * 60_000);
    const limitedRuns = runs.filter((r) => r.id === 'limited').length;
    const steadyRuns = runs.filter((r) => r.id === 'steady').length;
    expect(limitedRuns).toBe(1);
    expect(steadyRuns).toBe(10);
    await scheduler.stop();
  });
});
