/**
 * Crash safety: writer processes are killed with SIGKILL at random moments while they ingest
 * (normalise, dedup, transaction write, raw copy, second write). After every kill the store must
 * open, keep every item a reader had seen and every item the writer was told was committed, and
 * hold no half-written item. A lock left behind by a killed writer must not stall the next one.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../../src/model/item.js';
import { emptySourceState, openStore } from '../../src/store/index.js';
import { cliItems, requireBuiltCli, runCli, storedItems, tempDirs } from '../support/env.js';
import { generatedFeed } from '../support/feeds.js';
import { CHILD, DIST, itemProblems, killAll, sleep, spawnNode, type Child } from './support.js';

vi.setConfig({ testTimeout: 240_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(async () => {
  killAll();
  await dirs.cleanup();
});

const ITERATIONS = Number(process.env.FEEDWRIGHT_CRASH_ITERATIONS ?? 50);
/** Children loading their modules ahead of their turn (loading dominates a child's life). */
const WARM = 3;

/** Read the store file as bytes and as the store: both must be whole, every item well-formed. */
async function verifiedItems(storeDir: string): Promise<StoredItem[]> {
  const file = path.join(storeDir, 'db.json');
  if (existsSync(file)) JSON.parse(await readFile(file, 'utf8')); // throws on a torn file
  const items = await storedItems(storeDir);
  expect(items.flatMap(itemProblems)).toEqual([]);
  return items;
}

const committedGuids = (child: Child): string[] =>
  child.lines.filter((l) => l.startsWith('committed ')).flatMap((l) => l.split(' ').slice(1));

describe('SIGKILL during ingest and store writes', () => {
  it(`loses no published item over ${ITERATIONS} kills`, async () => {
    const storeDir = await dirs.make();
    const started = Date.now();
    const warm = (i: number): Child => spawnNode([CHILD, DIST, storeDir, `crash${i}`]);
    const pool = Array.from({ length: Math.min(WARM, ITERATIONS) }, (_, i) => warm(i));
    let published = new Set<string>();
    let commits = 0;
    let locksLeft = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const child = pool.shift()!;
      if (i + WARM < ITERATIONS) pool.push(warm(i + WARM));
      await child.waitFor(/^ready$/, 60_000);
      child.proc.stdin!.write('go\n');
      // Kill 20–300 ms into the write loop (after its first commit, so that on a slow machine the
      // kills still land among writes rather than all in start-up).
      await child.waitFor(/^committed /, 30_000);
      await sleep(20 + Math.random() * 280);
      child.proc.kill('SIGKILL');
      await child.exited;
      if (existsSync(path.join(storeDir, 'db.lock'))) locksLeft++;
      const committed = committedGuids(child);
      commits += committed.length;
      const items = await verifiedItems(storeDir);
      const guids = new Set(items.map((it) => it.guid ?? ''));
      const lost = [...published, ...committed].filter((g) => !guids.has(g));
      expect(lost, `iteration ${i}: items lost after the kill`).toEqual([]);
      published = guids;
    }
    // Writers made progress despite the kills (a stale lock would have stalled them).
    expect(commits).toBeGreaterThan(ITERATIONS);
    // A last, unkilled writer proceeds at once even if the final kill left the lock behind, when
    // the lock names its dead owner. A kill between taking the lock and naming the owner leaves an
    // anonymous lock, which only the stale period (10 s) frees.
    const named = existsSync(path.join(storeDir, 'db.lock', 'owner'));
    const anonymous = !named && existsSync(path.join(storeDir, 'db.lock'));
    const last = warm(ITERATIONS);
    await last.waitFor(/^ready$/, 60_000);
    const t0 = Date.now();
    last.proc.stdin!.write('go\n');
    await last.waitFor(/^committed /, 30_000);
    const firstCommitMs = Date.now() - t0;
    expect(firstCommitMs).toBeLessThan(anonymous ? 15_000 : 5_000);
    last.proc.kill('SIGKILL');
    await last.exited;
    // And the CLI (what an operator runs after a crash) lists every one of them.
    const final = await verifiedItems(storeDir);
    expect((await cliItems(storeDir)).map((i) => i.id).sort()).toEqual(final.map((i) => i.id).sort());
    console.log(
      `crash test: ${ITERATIONS} kills, ${commits} committed stories, ${published.size} items, ` +
        `${locksLeft} kills left the lock held, last writer's first commit after ${firstCommitMs} ms ` +
        `(${anonymous ? 'anonymous lock left' : named ? 'dead owner named' : 'no lock left'}), ` +
        `${Math.round((Date.now() - started) / 1000)} s in all`,
    );
  });
});

describe('a long transaction', () => {
  it('keeps its lock across heartbeats and commits', async () => {
    const storeDir = await dirs.make();
    const store = await openStore({ dir: storeDir, retention: { maxItems: 0, maxAgeDays: 0 } });
    try {
      // Longer than the 2 s heartbeat: the owner file written into the lock folder must not make
      // the heartbeat think another process took the lock.
      await store.transaction(async (tx) => {
        await sleep(4_500);
        await tx.setSourceState('slow', { ...emptySourceState(), lastResult: 'ok' });
      });
      expect((await store.sourceStates()).slow?.lastResult).toBe('ok');
      expect(existsSync(path.join(storeDir, 'db.lock'))).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('leftovers of killed writers', () => {
  it('old temp copies of raw documents are removed by the next raw write', async () => {
    const storeDir = await dirs.make();
    const store = await openStore({ dir: storeDir, retention: { maxItems: 0, maxAgeDays: 0 } });
    try {
      const stale = path.join(storeDir, 'raw', 'dead.raw.tmp');
      const fresh = path.join(storeDir, 'raw', 'busy.raw.tmp');
      await writeFile(stale, 'half a document');
      await writeFile(fresh, 'another writer is busy with this one');
      const old = new Date(Date.now() - 11 * 60_000);
      await utimes(stale, old, old);
      const doc = {
        key: 'k',
        location: 'l',
        url: null,
        contentType: null,
        fetchedAt: new Date().toISOString(),
      };
      await store.putRaw({ ...doc, bytes: Buffer.from('<rss/>') });
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(fresh)).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('a lock left by a dead writer', () => {
  const feedFile = async (dir: string): Promise<string> => {
    const file = path.join(dir, 'after-crash.rss');
    await writeFile(file, generatedFeed('after-crash', 2).xml);
    return file;
  };

  it('is broken at once when its owner process is gone', async () => {
    const storeDir = await dirs.make();
    // A pid that surely belongs to no live process: a child that has exited.
    const gone = spawnNode(['-e', '']);
    await gone.exited;
    await mkdir(path.join(storeDir, 'db.lock'));
    await writeFile(path.join(storeDir, 'db.lock', 'owner'), `${gone.proc.pid} ${os.hostname()}\n`);
    const t0 = Date.now();
    const res = await runCli(['ingest', '--store', storeDir, await feedFile(storeDir)]);
    expect(res.code, res.stderr).toBe(0);
    expect(Date.now() - t0).toBeLessThan(8_000); // CLI start-up included; the stale period is 10 s
    expect((await storedItems(storeDir)).length).toBe(2);
    expect(existsSync(path.join(storeDir, 'db.lock'))).toBe(false);
  });

  it('is waited for while its owner lives, then taken', async () => {
    const storeDir = await dirs.make();
    await mkdir(path.join(storeDir, 'db.lock'));
    await writeFile(path.join(storeDir, 'db.lock', 'owner'), `${process.pid} ${os.hostname()}\n`);
    const ingest = runCli(['ingest', '--store', storeDir, await feedFile(storeDir)]);
    await sleep(1_500);
    expect(existsSync(path.join(storeDir, 'db.json'))).toBe(false); // still waiting
    // The live holder "releases": the waiting ingest proceeds.
    await import('node:fs/promises').then((fs) => fs.rm(path.join(storeDir, 'db.lock'), { recursive: true }));
    const res = await ingest;
    expect(res.code, res.stderr).toBe(0);
    expect((await storedItems(storeDir)).length).toBe(2);
  });

  it('without an owner (another host, or killed mid-acquire) counts as stale after 10 s', async () => {
    const storeDir = await dirs.make();
    const lock = path.join(storeDir, 'db.lock');
    await mkdir(lock);
    const old = new Date(Date.now() - 11_000);
    await utimes(lock, old, old);
    const res = await runCli(['ingest', '--store', storeDir, await feedFile(storeDir)]);
    expect(res.code, res.stderr).toBe(0);
    expect((await stat(path.join(storeDir, 'db.json'))).size).toBeGreaterThan(0);
  });

  it('naming a holder on another host counts as stale after 10 s too', async () => {
    const storeDir = await dirs.make();
    const lock = path.join(storeDir, 'db.lock');
    await mkdir(lock);
    await writeFile(path.join(lock, 'owner'), `${process.pid} another-host.invalid\n`);
    const old = new Date(Date.now() - 11_000);
    await utimes(lock, old, old);
    const res = await runCli(['ingest', '--store', storeDir, await feedFile(storeDir)]);
    expect(res.code, res.stderr).toBe(0);
    expect((await storedItems(storeDir)).length).toBe(2);
  });
});
