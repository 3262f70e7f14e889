import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import { ingestContext, openTestStore, tempDirs, testConfig } from '../support/env.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const SOURCES = ['wire', 'paper'] as const;

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

async function ingestAll(store: Store, config: Parameters<typeof ingestContext>[1]) {
  const ctx = await ingestContext(store, config);
  const totals = { created: 0, updated: 0 };
  for (const source of SOURCES) {
    const location = path.join(FIXTURES, `${source}.input.json`);
    const doc = {
      bytes: await readFile(location),
      contentType: 'application/feed+json',
      location,
      url: null,
    };
    const c = await ingestDocument(ctx, doc, { sourceKey: source, source: null });
    totals.created += c.created;
    totals.updated += c.updated;
  }
  return totals;
}

/** Each stored item as readers see it: its id and the source items merged into it. */
async function clusters(store: Store): Promise<Array<{ id: string; origins: string[] }>> {
  const items = await store.listItems();
  return items.map((i) => ({ id: i.id, origins: i.origins.map((o) => `${o.source}#${o.guid}`) }));
}

describe('dedup across sources, end to end', () => {
  it('merges one story from two sources (rewrite, mobile and AMP URLs), keeps hard negatives apart', async () => {
    const config = testConfig(await dirs.make(), await dirs.make());
    const store = await openTestStore(config);
    open.push(store);
    await ingestAll(store, config);
    const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as {
      items: number;
      groups: string[][];
    };
    const got = await clusters(store);
    expect(got).toHaveLength(expected.items);
    for (const group of expected.groups) {
      expect(got.find((c) => c.origins.includes(group[0] ?? ''))?.origins.sort()).toEqual([...group].sort());
    }
  });

  it('re-ingesting every source after a restart adds no items and changes no ids', async () => {
    const config = testConfig(await dirs.make(), await dirs.make());
    const first = await openTestStore(config);
    await ingestAll(first, config);
    const before = await clusters(first);
    await first.close();

    const reopened = await openTestStore(config);
    open.push(reopened);
    expect(await ingestAll(reopened, config)).toEqual({ created: 0, updated: 0 });
    expect(await clusters(reopened)).toEqual(before);
  });
});
