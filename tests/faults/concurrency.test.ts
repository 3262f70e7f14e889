/**
 * Everything at once on one store: the server (a `feedwright serve` child) with its scheduler
 * re-ingesting changing local sources every second, CLI `ingest` child processes writing other
 * feeds, and HTTP readers polling the feeds. Every response must parse, no reader may see an item
 * disappear or a count shrink, and at the end every story written by anyone is stored and served.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, requireBuiltCli, runCli, storedItems, tempDirs } from '../support/env.js';
import { generatedFeed } from '../support/feeds.js';
import { itemProblems, killAll, sleep, spawnNode } from './support.js';

vi.setConfig({ testTimeout: 150_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(async () => {
  killAll();
  await dirs.cleanup();
});

const DURATION_MS = Number(process.env.FEEDWRIGHT_CONCURRENCY_MS ?? 8_000);

/** Replace a file atomically, as an upstream publisher would (no half-written source file). */
async function publish(file: string, xml: string): Promise<void> {
  await writeFile(`${file}.tmp`, xml);
  await rename(`${file}.tmp`, file);
}

interface ReaderLog {
  responses: number;
  problems: string[];
}

/** Poll one feed URL until `until()`; check each body parses and never loses an item. */
async function reader(url: string, until: () => boolean): Promise<ReaderLog> {
  const log: ReaderLog = { responses: 0, problems: [] };
  let previous = new Set<string>();
  const json = url.includes('.json');
  while (!until()) {
    const res = await fetch(url);
    const body = await res.text();
    log.responses++;
    if (res.status !== 200) {
      log.problems.push(`${url}: HTTP ${res.status}`);
      continue;
    }
    let ids: string[];
    if (json) {
      try {
        ids = (JSON.parse(body) as { items: Array<{ id: string }> }).items.map((i) => i.id);
      } catch (err) {
        log.problems.push(`${url}: body does not parse: ${String(err)}`);
        continue;
      }
    } else {
      if (XMLValidator.validate(body) !== true) log.problems.push(`${url}: not well-formed XML`);
      ids = [...body.matchAll(/<guid[^>]*>([^<]*)<\/guid>|<id>([^<]*)<\/id>/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
    }
    const now = new Set(ids);
    const gone = [...previous].filter((id) => !now.has(id));
    if (gone.length)
      log.problems.push(`${url}: ${gone.length} items disappeared (${now.size} after ${previous.size})`);
    previous = now;
  }
  return log;
}

describe('scheduler, CLI ingests and readers at the same time', () => {
  it('lose nothing and never serve a half-updated feed', async () => {
    const storeDir = await dirs.make();
    const sourcesDir = await dirs.make();
    const feedsDir = await dirs.make();
    const alpha = path.join(feedsDir, 'alpha.rss');
    const beta = path.join(feedsDir, 'beta.rss');
    await publish(alpha, generatedFeed('alpha', 2).xml);
    await publish(beta, generatedFeed('beta', 2).xml);
    await writeFile(
      path.join(sourcesDir, 'sources.yaml'),
      [
        'sources:',
        `  - { id: alpha, kind: feed, schedule: "* * * * * *", location: ${JSON.stringify(alpha)} }`,
        `  - { id: beta, kind: feed, schedule: "* * * * * *", location: ${JSON.stringify(beta)} }`,
        '',
      ].join('\n'),
    );
    const env = {
      FEEDWRIGHT_STORE: storeDir,
      FEEDWRIGHT_SOURCES: sourcesDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BASE_URL: 'http://feeds.test',
      LOG_LEVEL: 'info',
      FEEDWRIGHT_MAX_LIMIT: '1000',
      FEEDWRIGHT_DEFAULT_LIMIT: '1000',
      FEEDWRIGHT_RETAIN_ITEMS: '0',
    };
    const server = spawnNode([CLI, 'serve'], env);
    const line = await server.waitFor(/feedwright is serving/, 60_000);
    const base = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;

    let done = false;
    const until = (): boolean => done;
    const readers = Promise.all(
      ['/feed.json', '/feed.rss', '/feed.atom', '/sources/alpha/feed.json', '/feed.json'].map((p) =>
        reader(`${base}${p}`, until),
      ),
    );
    // The sources grow while the scheduler re-reads them every second.
    let alphaCount = 2;
    let betaCount = 2;
    const publisher = (async () => {
      while (!done) {
        await sleep(150);
        await publish(alpha, generatedFeed('alpha', ++alphaCount).xml);
        if (alphaCount % 2) await publish(beta, generatedFeed('beta', ++betaCount).xml);
      }
    })();
    // CLI ingests (separate processes) of other feeds, one after another, for the whole time.
    const cliFeeds: string[] = [];
    const cli = (async () => {
      for (let n = 0; !done; n++) {
        const file = path.join(feedsDir, `cli-${n}.rss`);
        await writeFile(file, generatedFeed(`cli-${n}`, 3).xml);
        const res = await runCli(['ingest', '--store', storeDir, file]);
        expect(res.code, res.stderr).toBe(0);
        cliFeeds.push(`cli-${n}`);
      }
    })();

    await sleep(DURATION_MS);
    done = true;
    await Promise.all([publisher, cli]);
    const logs = await readers;
    // One last scheduled run picks up the final versions of the sources.
    await sleep(2_500);
    server.proc.kill('SIGTERM');
    await server.exited;

    expect(logs.flatMap((l) => l.problems)).toEqual([]);
    const items = await storedItems(storeDir);
    expect(items.flatMap(itemProblems)).toEqual([]);
    const guids = new Set(items.map((i) => i.guid));
    const expected = [
      ...generatedFeed('alpha', alphaCount).stories,
      ...generatedFeed('beta', betaCount).stories,
      ...cliFeeds.flatMap((name) => generatedFeed(name, 3).stories),
    ].map((s) => s.guid);
    expect(expected.filter((g) => !guids.has(g))).toEqual([]);
    expect(cliFeeds.length).toBeGreaterThan(0);
    const responses = logs.reduce((n, l) => n + l.responses, 0);
    console.log(
      `concurrency: ${responses} feed responses checked, ${items.length} items ` +
        `(alpha ${alphaCount}, beta ${betaCount}, ${cliFeeds.length} CLI ingests)`,
    );
  });
});
