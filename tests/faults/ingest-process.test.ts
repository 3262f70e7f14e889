/**
 * `feedwright serve` runs its scheduler in an ingest process beside the HTTP front. These tests run
 * the real command: the admin actions reach the ingest process, and when that process is killed
 * the feeds stay up, the front restarts it, and it ingests again.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, requireBuiltCli, tempDirs } from '../support/env.js';
import { generatedFeed } from '../support/feeds.js';
import { killAll, sleep, spawnNode } from './support.js';

vi.setConfig({ testTimeout: 90_000 });
const dirs = tempDirs();
const TOKEN = 'a-long-enough-admin-token';
beforeAll(requireBuiltCli);
afterAll(async () => {
  killAll();
  await dirs.cleanup();
});

async function publish(file: string, xml: string): Promise<void> {
  await writeFile(`${file}.tmp`, xml);
  await rename(`${file}.tmp`, file);
}

async function itemCount(base: string): Promise<number> {
  const res = await fetch(`${base}/feed.json?limit=100`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: unknown[] }).items.length;
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** `feedwright serve` over one feed source (run hourly: only start-up and admin triggers run it). */
async function serve() {
  const feedsDir = await dirs.make();
  const sourcesDir = await dirs.make();
  const storeDir = await dirs.make();
  const wire = path.join(feedsDir, 'wire.rss');
  await publish(wire, generatedFeed('wire', 2).xml);
  await writeFile(
    path.join(sourcesDir, 'sources.yaml'),
    `sources:\n  - { id: wire, kind: feed, schedule: "0 * * * *", location: ${JSON.stringify(wire)} }\n`,
  );
  const server = spawnNode([CLI, 'serve'], {
    FEEDWRIGHT_STORE: storeDir,
    FEEDWRIGHT_SOURCES: sourcesDir,
    FEEDWRIGHT_ADMIN_TOKEN: TOKEN,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  });
  const serving = await server.waitFor(/feedwright is serving/, 60_000);
  const base = `http://127.0.0.1:${(JSON.parse(serving) as { port: number }).port}`;
  const admin = (p: string): Promise<Response> =>
    fetch(`${base}${p}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  return { server, base, admin, wire, storeDir };
}

describe('serve with its ingest process', () => {
  it('forwards admin actions, and survives the ingest process being killed', async () => {
    const { server, base, admin, wire } = await serve();
    const ready = await server.waitFor(/ingest process ready/, 1_000);
    const workerPid = (JSON.parse(ready) as { pid: number }).pid;
    expect(workerPid).not.toBe(server.proc.pid);
    // Local sources are ingested before the front listens.
    expect(await itemCount(base)).toBe(2);

    // An unknown source is the ingest process's NotFoundError, mapped to 404 by the front.
    const unknown = await admin('/admin/sources/nope/ingest');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toContain('nope');

    await publish(wire, generatedFeed('wire', 3).xml);
    expect((await admin('/admin/sources/wire/ingest')).status).toBeLessThan(300);
    await until('the triggered run', async () => (await itemCount(base)) === 3);

    process.kill(workerPid, 'SIGKILL');
    await server.waitFor(/ingest process exited; restarting it/, 10_000);
    // Nothing is lost and the feeds are served while it is down.
    expect(await itemCount(base)).toBe(3);
    await until(
      'the restart',
      async () => server.lines.filter((l) => /ingest process ready/.test(l)).length === 2,
    );
    await publish(wire, generatedFeed('wire', 4).xml);
    expect((await admin('/admin/sources/wire/ingest')).status).toBeLessThan(300);
    await until('a run by the restarted process', async () => (await itemCount(base)) === 4);

    // Removal is forwarded too, and holds when the source runs again.
    const feed = (await (await fetch(`${base}/feed.json?limit=100`)).json()) as { items: { id: string }[] };
    const id = feed.items[0]!.id.replace('urn:uuid:', '');
    const removed = await fetch(`${base}/admin/items/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(removed.status).toBe(200);
    await until('the removal', async () => (await itemCount(base)) === 3);
    const runs = (): number => server.lines.filter((l) => /source run finished/.test(l)).length;
    const ran = runs();
    expect((await admin('/admin/sources/wire/ingest')).status).toBeLessThan(300);
    await until('the run after the removal', async () => runs() > ran);
    expect(await itemCount(base)).toBe(3);
    const purged = await admin('/admin/sources/wire/purge');
    expect(await purged.json()).toEqual({ source: 'wire', status: 'purged', removed: 3 });
    await until('the purge', async () => (await itemCount(base)) === 0);
  });

  it('reports on /healthz when the ingest process cannot write, and recovers', async () => {
    const { base, admin, wire, storeDir } = await serve();
    const health = async () =>
      (await (await fetch(`${base}/healthz`)).json()) as { status: string; problem?: string };
    expect((await health()).status).toBe('ok');
    // As in disk.test.ts: a folder where the atomic write's temp file goes fails every write.
    const blocker = path.join(storeDir, '.db.json.tmp');
    await mkdir(blocker);
    await publish(wire, generatedFeed('wire', 3).xml);
    expect((await admin('/admin/sources/wire/ingest')).status).toBeLessThan(300);
    await until('degraded health', async () => (await health()).status === 'degraded');
    expect((await health()).problem).toContain('cannot be written');
    expect(await itemCount(base)).toBe(2); // still serving what it has
    await rm(blocker, { recursive: true });
    expect((await admin('/admin/sources/wire/ingest')).status).toBeLessThan(300);
    await until('recovery', async () => (await health()).status === 'ok' && (await itemCount(base)) === 3);
  });
});
