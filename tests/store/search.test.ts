/** `Store.searchItems` on the embedded store: what every adapter must answer (see src/store/types.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/model/item.js';
import type { Store } from '../../src/store/index.js';
import { normalisedItem } from '../support/items.js';
import { openTestStore, tempDirs, testConfig } from '../support/env.js';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

let n = 0;
function stored(over: Partial<StoredItem>): StoredItem {
  n++;
  const published = over.published ?? new Date(Date.UTC(2026, 2, n)).toISOString();
  return {
    ...normalisedItem(),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tags: [],
    origins: [{ source: 'test', guid: null, url: null, fetchedAt: published }],
    keys: [`guid:test:${n}`],
    contentHash: `h${n}`,
    firstSeen: published,
    modified: published,
    published,
    ...over,
  };
}

async function storeWith(items: StoredItem[]): Promise<Store> {
  const store = await openTestStore(testConfig(await dirs.make(), await dirs.make()));
  open.push(store);
  await store.transaction(async (tx) => {
    for (const item of items) await tx.putItem(item);
  });
  return store;
}

const titles = (r: { items: StoredItem[] }): Array<string | null> => r.items.map((i) => i.title);

describe('searchItems', () => {
  it('ranks a match in the title above one in the standfirst, above one in the body', async () => {
    const store = await storeWith([
      stored({ title: 'Council meets on Tuesday', body: ['The lighthouse keeper retires after forty years.'] }),
      stored({ title: 'Lighthouse keeper retires', body: ['After forty years on the rock.'] }),
      stored({ title: 'Harbour news', summary: 'A lighthouse keeper retires.', body: ['Other things.'] }),
    ]);
    const r = await store.searchItems({ text: 'lighthouse', limit: 10 });
    expect(titles(r)).toEqual(['Lighthouse keeper retires', 'Harbour news', 'Council meets on Tuesday']);
    expect(r.total).toBe(3);
  });

  it('needs every word, ignores case and accents, and finds longer forms of a word', async () => {
    const store = await storeWith([
      stored({ title: 'Flooding closes the Zürich ring road' }),
      stored({ title: 'Flood defences tested in the valley' }),
      stored({ title: 'Ring road reopens' }),
    ]);
    expect(titles(await store.searchItems({ text: 'ZURICH flood', limit: 10 }))).toEqual([
      'Flooding closes the Zürich ring road',
    ]);
    expect((await store.searchItems({ text: 'flood', limit: 10 })).total).toBe(2);
    expect((await store.searchItems({ text: 'ring road valley', limit: 10 })).total).toBe(0);
  });

  it('a query with no searchable word matches nothing (not everything)', async () => {
    const store = await storeWith([stored({ title: 'The and of it' }), stored({ title: 'Something else' })]);
    for (const text of ['', '   ', '?!', 'the and of']) {
      expect(await store.searchItems({ text, limit: 10 })).toEqual({ items: [], total: 0 });
    }
  });

  it('pages with offset and limit, counting every match, and can list newest first', async () => {
    const store = await storeWith(
      Array.from({ length: 7 }, (_, i) => stored({ title: `Ferry timetable change ${i + 1}` })),
    );
    const first = await store.searchItems({ text: 'ferry', limit: 3 });
    const second = await store.searchItems({ text: 'ferry', limit: 3, offset: 3 });
    const last = await store.searchItems({ text: 'ferry', limit: 3, offset: 6 });
    expect(first.total).toBe(7);
    expect([...titles(first), ...titles(second), ...titles(last)]).toHaveLength(7);
    expect(new Set([...titles(first), ...titles(second), ...titles(last)]).size).toBe(7);
    expect((await store.searchItems({ text: 'ferry', limit: 3, offset: 20 })).items).toEqual([]);
    const newest = await store.searchItems({ text: 'ferry', limit: 2, order: 'newest' });
    expect(titles(newest)).toEqual(['Ferry timetable change 7', 'Ferry timetable change 6']);
  });

  it('follows changes: a new version is found by its new words only, and new items appear', async () => {
    const item = stored({ title: 'Bridge closed for repairs' });
    const store = await storeWith([item]);
    expect((await store.searchItems({ text: 'bridge', limit: 5 })).total).toBe(1);
    await store.transaction(async (tx) => {
      await tx.putItem({ ...item, title: 'Tunnel closed for repairs', modified: '2026-04-01T00:00:00.000Z' });
      await tx.putItem(stored({ title: 'Bridge painters wanted' }));
    });
    expect(titles(await store.searchItems({ text: 'bridge', limit: 5 }))).toEqual(['Bridge painters wanted']);
    expect(titles(await store.searchItems({ text: 'tunnel', limit: 5 }))).toEqual(['Tunnel closed for repairs']);
  });
});

describe('source state', () => {
  it('a source is not disabled until an operator says so, and the mark is kept', async () => {
    const store = await storeWith([]);
    const at = '2026-03-01T10:00:00.000Z';
    await store.transaction(async (tx) => {
      expect((await tx.getSourceState('coastal')).disabledAt).toBeNull();
      await tx.setSourceState('coastal', { ...(await tx.getSourceState('coastal')), disabledAt: at });
    });
    expect((await store.sourceStates()).coastal?.disabledAt).toBe(at);
  });
});
