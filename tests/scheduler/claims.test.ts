/**
 * Source claims on a shared PostgreSQL store: two nodes (claim schedulers on their own store
 * connections) never run a source twice in one slot, a lapsed lease is taken over, and failures
 * back off on the database's clock. Real database, real time (claims use the database's clock):
 * per-second schedules keep it to a few seconds.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../src/errors/index.js';
import { ClaimScheduler, CronSchedule, nextSlot } from '../../src/scheduler/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { silentLogger } from '../support/env.js';
import { dropDatabases, freshDatabase, postgresUnavailable } from '../support/postgres.js';

const unavailable = await postgresUnavailable();
afterAll(async () => {
  if (!unavailable) await dropDatabases();
});

describe('nextSlot', () => {
  const cron = new CronSchedule('*/10 * * * * *');
  const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));
  it('is the following slot while the run kept to its slot', () => {
    expect(nextSlot(cron, at(10), at(12))).toEqual(at(20));
  });
  it('is one catch-up run for the latest missed slot when the run overran', () => {
    expect(nextSlot(cron, at(10), at(21))).toEqual(at(20));
    expect(nextSlot(cron, at(10), at(55))).toEqual(at(50));
  });
});

const suite = unavailable ? describe.skip : describe;
suite(unavailable ? `source claims (skipped: ${unavailable})` : 'source claims across nodes', () => {
  const stores: Store[] = [];
  const schedulers: ClaimScheduler[] = [];
  afterEach(async () => {
    await Promise.all(schedulers.splice(0).map((s) => s.stop()));
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  async function nodes(
    url: string,
    count: number,
    run: (node: number, id: string) => Promise<void>,
    ids: string[],
    leaseSeconds = 5,
  ) {
    for (let n = 0; n < count; n++) {
      const store = await openStore({
        dir: '/nonexistent',
        databaseUrl: url,
        retention: { maxItems: 0, maxAgeDays: 0 },
      });
      stores.push(store);
      const scheduler = new ClaimScheduler({
        sources: ids.map((id) => ({ id, schedule: '* * * * * *' })),
        claims: store.claims!,
        leaseSeconds,
        logger: silentLogger(),
        run: (id) => run(n, id),
      });
      schedulers.push(scheduler);
    }
    return schedulers;
  }

  it('runs each source once per slot across two nodes', async () => {
    const url = await freshDatabase();
    const runs: { id: string; at: number }[] = [];
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const pair = await nodes(url, 2, async (_n, id) => void runs.push({ id, at: Date.now() }), ids);
    await Promise.all(pair.map((s) => s.start()));
    await vi.waitFor(() => expect(runs.length).toBeGreaterThanOrEqual(40), {
      timeout: 15_000,
      interval: 100,
    });
    await Promise.all(pair.map((s) => s.stop()));
    for (const id of ids) {
      const seconds = runs.filter((r) => r.id === id).map((r) => Math.floor(r.at / 1000));
      expect(new Set(seconds).size, `${id} ran twice in one second`).toBe(seconds.length);
    }
  });

  it('another node takes over a source whose holder stopped renewing', async () => {
    const url = await freshDatabase();
    const started: number[] = [];
    const [a, b] = await nodes(
      url,
      2,
      async (n) => {
        started.push(n);
        // Node 0 hangs (as a frozen or killed node would): its lease must lapse.
        if (n === 0) await new Promise(() => undefined);
      },
      ['only'],
    );
    await a!.start();
    await vi.waitFor(() => expect(started).toEqual([0]), { timeout: 5_000, interval: 50 });
    // Stop node 0's renewals the way a kill would: close its store.
    await stores[0]!.close();
    const t0 = Date.now();
    await b!.start();
    await vi.waitFor(() => expect(started).toContain(1), { timeout: 10_000, interval: 100 });
    expect(Date.now() - t0).toBeLessThan(7_000);
    schedulers.shift(); // node 0 never finishes its hung run
  });

  it('takes over at once from a node whose session ended, not when its lease lapses', async () => {
    const url = await freshDatabase();
    const started: number[] = [];
    const hang = async (n: number) => {
      started.push(n);
      if (n === 0) await new Promise(() => undefined);
    };
    const [a, b] = await nodes(url, 2, hang, ['only'], 120);
    await a!.start();
    await vi.waitFor(() => expect(started).toEqual([0]), { timeout: 5_000, interval: 50 });
    await b!.start();
    // Alive (its session open), node 0 keeps the source however long its run takes.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(started).toEqual([0]);
    // Killed: its sessions end, and with them its presence.
    await stores[0]!.close();
    const t0 = Date.now();
    await vi.waitFor(() => expect(started).toContain(1), { timeout: 10_000, interval: 100 });
    expect(Date.now() - t0).toBeLessThan(5_000);
    schedulers.shift();
  });

  it('a failed run is retried after the backoff, no sooner than Retry-After', async () => {
    const url = await freshDatabase();
    const [node] = await nodes(
      url,
      1,
      async () => {
        throw new FetchError('HTTP 429', { status: 429, retryAfter: 120 });
      },
      ['limited'],
    );
    const store = stores[0]!;
    await node!.start();
    await vi.waitFor(
      async () => expect(await store.claims!.nextDueInMs(['limited'])).toBeGreaterThan(100_000),
      {
        timeout: 5_000,
        interval: 100,
      },
    );
    expect(await store.claims!.nextDueInMs(['limited'])).toBeLessThanOrEqual(120_000);
  });
});
