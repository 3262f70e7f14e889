/**
 * Several processes writing one store at once: CLI ingests (child processes) and the service's own
 * in-process writes. Every item must survive; a corrupt store file must be refused, untouched.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestDocument } from '../../src/pipeline/ingest.js';
import { onPostgres } from '../support/postgres.js';
import { generatedFeed, type GeneratedStory } from '../support/feeds.js';
import {
  fixture,
  ingestContext,
  openTestStore,
  requireBuiltCli,
  runCli,
  storedItems,
  tempDirs,
  testConfig,
} from '../support/env.js';

vi.setConfig({ testTimeout: 90_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(() => dirs.cleanup());

async function writeFeeds(dir: string, names: string[], count: number) {
  const stories: GeneratedStory[] = [];
  const files: string[] = [];
  for (const name of names) {
    const feed = generatedFeed(name, count);
    const file = path.join(dir, `${name}.rss`);
    await writeFile(file, feed.xml);
    files.push(file);
    stories.push(...feed.stories);
  }
  return { files, stories };
}

describe('concurrent writers on one store', () => {
  it('loses nothing when CLI ingests run while the service writes', async () => {
    const storeDir = await dirs.make();
    const feedDir = await dirs.make();
    const config = testConfig(storeDir, await dirs.make());
    // Four CLI processes, each ingesting three feeds (three separate writes each).
    const perProcess = await Promise.all(
      [0, 1, 2, 3].map((p) =>
        writeFeeds(
          feedDir,
          [0, 1, 2].map((f) => `desk-${p}-${f}`),
          3,
        ),
      ),
    );
    const store = await openTestStore(config);
    const ctx = await ingestContext(store, config);
    try {
      let childrenDone = false;
      const children = Promise.all(
        perProcess.map(({ files }) => runCli(['ingest', '--store', storeDir, ...files])),
      ).finally(() => {
        childrenDone = true;
      });
      // The service keeps writing for as long as the CLI processes run, so their writes interleave.
      const serviceStories: GeneratedStory[] = [];
      for (let i = 0; !childrenDone || i < 6; i++) {
        const feed = generatedFeed(`service-${i}`, 2);
        await ingestDocument(
          ctx,
          { bytes: Buffer.from(feed.xml), contentType: null, location: `service-${i}.rss`, url: null },
          { sourceKey: `service-${i}`, source: null },
        );
        serviceStories.push(...feed.stories);
      }
      for (const res of await children) expect(res.code, res.stderr).toBe(0);
      await store.check();
      const expected = [...perProcess.flatMap((p) => p.stories), ...serviceStories];
      const titles = (await store.listItems()).map((i) => i.title).sort();
      expect(titles).toEqual(expected.map((s) => s.title).sort());
      expect(titles.length).toBeGreaterThanOrEqual(4 * 3 * 3 + 6 * 2);
    } finally {
      await store.close();
    }
  });

  // The embedded store's own file safety (a database has no db.json).
  it.skipIf(onPostgres())(
    'refuses a corrupt db.json with one clear line, leaving the file as it was',
    async () => {
      const storeDir = await dirs.make();
      const ingest = await runCli(['ingest', '--store', storeDir, fixture('river-post.rss')]);
      expect(ingest.code, ingest.stderr).toBe(0);
      const file = path.join(storeDir, 'db.json');
      const good = await readFile(file, 'utf8');
      const half = good.slice(0, Math.floor(good.length / 3));
      await writeFile(file, half);
      const [items, again] = await Promise.all([
        runCli(['items', '--json', '--store', storeDir]),
        runCli(['ingest', '--store', storeDir, fixture('bakery.txt')]),
      ]);
      for (const res of [items, again]) {
        expect(res.code).not.toBe(0);
        const lines = res.stderr.split('\n').filter(Boolean);
        expect(lines).toEqual([expect.stringContaining(file)]);
        expect(res.stderr).toContain('left untouched');
      }
      expect(await readFile(file, 'utf8')).toBe(half);
      // Restoring the backup the message points to brings the items back.
      await writeFile(file, await readFile(`${file}.bak`));
      expect((await storedItems(storeDir)).length).toBeGreaterThan(0);
    },
  );
});
