import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/index.js';
import { StoreError } from '../../src/errors/index.js';
import { ingestDocument } from '../../src/pipeline/ingest.js';
import { openStore, type Store } from '../../src/store/index.js';
import { generatedFeed } from '../support/feeds.js';
import { fixture, ingestContext, openTestStore, tempDirs, testConfig } from '../support/env.js';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

async function freshStore(env: Record<string, string> = {}): Promise<{ config: Config; store: Store }> {
  const config = testConfig(await dirs.make(), await dirs.make(), env);
  const store = await openTestStore(config);
  open.push(store);
  return { config, store };
}

/** Ingest an in-memory RSS document as an ad-hoc location. */
async function ingestXml(store: Store, config: Config, name: string, count: number) {
  const { xml, stories } = generatedFeed(name, count);
  await ingestDocument(
    await ingestContext(store, config),
    { bytes: Buffer.from(xml), contentType: 'application/rss+xml', location: `${name}.rss`, url: null },
    { sourceKey: name, source: null },
  );
  return stories;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('store file safety', () => {
  it('refuses a half-written db.json with a clear StoreError and leaves it untouched', async () => {
    const { config, store } = await freshStore();
    await ingestXml(store, config, 'harbour', 2);
    const file = path.join(config.storeDir, 'db.json');
    const good = await readFile(file, 'utf8');
    const half = good.slice(0, Math.floor(good.length / 2));
    await writeFile(file, half);

    const err = await failure(openStore({ dir: config.storeDir, retention: config.retention }));
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(file);
    expect(err.message).toContain('left untouched');
    expect(await readFile(file, 'utf8')).toBe(half);
  });

  it('an open store notices the corruption and refuses to write over it', async () => {
    const { config, store } = await freshStore();
    await ingestXml(store, config, 'harbour', 2);
    const file = path.join(config.storeDir, 'db.json');
    await writeFile(file, '{"schema": 1, "items": [');
    await expect(store.check()).rejects.toBeInstanceOf(StoreError);
    const err = await failure(ingestXml(store, config, 'ferry', 1));
    expect(err).toBeInstanceOf(StoreError);
    expect(await readFile(file, 'utf8')).toBe('{"schema": 1, "items": [');
  });

  it('refuses JSON that is not a feedwright store', async () => {
    const dir = await dirs.make();
    await writeFile(path.join(dir, 'db.json'), JSON.stringify({ hello: 'world' }));
    const err = await failure(openStore({ dir, retention: { maxItems: 0, maxAgeDays: 0 } }));
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain('not a feedwright store');
  });

  it('keeps the previous good file as db.json.bak', async () => {
    const { config, store } = await freshStore();
    await ingestXml(store, config, 'harbour', 1);
    await ingestXml(store, config, 'ferry', 1);
    const bak = JSON.parse(await readFile(path.join(config.storeDir, 'db.json.bak'), 'utf8')) as {
      schema: number;
      items: Array<{ title: string }>;
    };
    expect(bak.schema).toBe(1);
    expect(bak.items.map((i) => i.title)).toContain('harbour story number 1');
  });
});

describe('transactions', () => {
  it('a failing transaction changes nothing', async () => {
    const { config, store } = await freshStore();
    await ingestXml(store, config, 'harbour', 2);
    const version = await store.version();
    const [item] = await store.listItems();
    await expect(
      store.transaction(async (tx) => {
        if (item) await tx.putItem({ ...item, title: 'changed' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.version()).toBe(version);
    expect((await store.listItems()).map((i) => i.title)).not.toContain('changed');
  });

  it('loses no write when two store instances on one folder write at the same time', async () => {
    const { config, store } = await freshStore();
    const other = await openTestStore(config);
    open.push(other);
    const writes = Array.from({ length: 12 }, (_, i) => ingestXml(i % 2 ? store : other, config, `desk-${i}`, 2));
    const stories = (await Promise.all(writes)).flat();
    for (const s of [store, other]) {
      await s.check();
      const titles = (await s.listItems()).map((i) => i.title);
      expect(titles.sort()).toEqual(stories.map((x) => x.title).sort());
    }
  });
});

describe('retention', () => {
  it('keeps the newest items and never brings an expired one back', async () => {
    const { config, store } = await freshStore({ FEEDWRIGHT_RETAIN_ITEMS: '2' });
    const stories = await ingestXml(store, config, 'harbour', 3);
    // Stories are dated a minute apart, the last newest.
    expect((await store.listItems()).map((i) => i.title)).toEqual([stories[2]?.title, stories[1]?.title]);
    await ingestXml(store, config, 'harbour', 3);
    expect(await store.listItems()).toHaveLength(2);
  });
});

describe('fixtures on disk', () => {
  it('ingesting a real fixture file keeps its raw copy', async () => {
    const { config, store } = await freshStore();
    const bytes = await readFile(fixture('bakery.txt'));
    await ingestDocument(
      await ingestContext(store, config),
      { bytes, contentType: null, location: fixture('bakery.txt'), url: null },
      { sourceKey: 'bakery', source: null },
    );
    const [raw] = await store.getRaw('bakery');
    expect(raw?.bytes.equals(bytes)).toBe(true);
  });
});
