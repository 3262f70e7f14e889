/**
 * The store contract: what every Store adapter must do, run against each (tests/store/contract.test.ts),
 * in the style of adapter suites such as next-auth's runBasicTests. Items are built directly, so
 * this checks the store alone, not the pipeline.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredItem, Tag } from '../../src/model/item.js';
import { UsageError } from '../../src/errors/index.js';
import { emptySourceState, itemCursor, type Store } from '../../src/store/index.js';
import type { RetentionPolicy } from '../../src/store/index.js';
import { normalisedItem } from '../support/items.js';

export interface StoreFactory {
  /** A new empty store; `again` opens a second instance on the same store (another process or node). */
  open(options?: { retention?: RetentionPolicy; now?: () => Date }): Promise<{
    store: Store;
    again: () => Promise<Store>;
  }>;
}

const tag = (slug: string, label = slug.toUpperCase()): Tag => ({ label, slug, kind: 'category' });

let n = 0;
/** A stored item dated `minute` minutes into 2025-03-01, with identity and band keys of its own. */
export function item(over: Partial<StoredItem> & { minute?: number } = {}): StoredItem {
  n++;
  const { minute = n, ...rest } = over;
  const date = new Date(Date.UTC(2025, 2, 1, 0, minute)).toISOString();
  const id = rest.id ?? randomUUID();
  return {
    ...normalisedItem({ title: `Story ${n}`, published: date, body: [`Paragraph of story ${n}.`] }),
    id,
    tags: [tag('desk')],
    origins: [{ source: 'wire', guid: `g${n}`, url: null, fetchedAt: date }],
    keys: [`guid:wire:${id}`, `lsh:0:${id.slice(0, 8)}`, `lsh:1:${id.slice(0, 8)}`],
    contentHash: `h${n}`,
    firstSeen: date,
    modified: date,
    ...rest,
  };
}

async function put(store: Store, ...items: StoredItem[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const i of items) await tx.putItem(i);
  });
}

const titles = (items: StoredItem[]): (string | null)[] => items.map((i) => i.title);

export function storeContract(name: string, factory: StoreFactory, skipReason: string | null = null): void {
  const suite = skipReason ? describe.skip : describe;
  suite(skipReason ? `${name} store contract (skipped: ${skipReason})` : `${name} store contract`, () => {
    const opened: Store[] = [];
    const open = async (options?: Parameters<StoreFactory['open']>[0]) => {
      const made = await factory.open(options);
      opened.push(made.store);
      return {
        store: made.store,
        again: async () => {
          const s = await made.again();
          opened.push(s);
          return s;
        },
      };
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('starts empty, healthy and ready', async () => {
      const { store } = await open();
      expect(await store.listItems()).toEqual([]);
      expect(await store.listTags()).toEqual([]);
      expect(await store.getItem('nope')).toBeNull();
      expect(await store.lastModified()).toBeNull();
      expect(await store.sourceStates()).toEqual({});
      expect(await store.getRaw('nothing')).toEqual([]);
      expect(typeof (await store.version())).toBe('string');
      expect(await store.check()).toEqual({ writable: true, problem: null });
      expect(await store.readiness()).toEqual({ ready: true, problem: null });
    });

    it('keeps an item exactly as given (same JSON, key order included) and bumps the version', async () => {
      const { store } = await open();
      const before = await store.version();
      const a = item({ title: 'Quay \u00e9t\u00e9 \u{1F30A} "quoted" \\ back' });
      await put(store, a);
      const got = await store.getItem(a.id);
      expect(JSON.stringify(got)).toBe(JSON.stringify(a));
      expect(await store.version()).not.toBe(before);
      expect(store.knownVersion()).toBe(await store.version());
      expect(await store.lastModified()).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('lists newest first, ties broken by id, with tag and source filters', async () => {
      const { store } = await open();
      const a = item({ minute: 1, tags: [tag('harbour')] });
      const b = item({ minute: 5, id: 'b-tie', origins: [{ source: 'coast', guid: null, url: null, fetchedAt: '' }] });
      const c = item({ minute: 5, id: 'a-tie', tags: [tag('harbour'), tag('desk')] });
      const d = item({ minute: 9, published: null, firstSeen: new Date(Date.UTC(2025, 2, 1, 0, 9)).toISOString() });
      await put(store, a, b, c, d);
      expect((await store.listItems()).map((i) => i.id)).toEqual([d.id, 'a-tie', 'b-tie', a.id]);
      expect((await store.listItems({ tag: 'harbour' })).map((i) => i.id)).toEqual(['a-tie', a.id]);
      expect((await store.listItems({ source: 'coast' })).map((i) => i.id)).toEqual(['b-tie']);
      expect((await store.listItems({ limit: 2 })).map((i) => i.id)).toEqual([d.id, 'a-tie']);
      expect(await store.listItems({ tag: 'nobody' })).toEqual([]);
    });

    it('sorts an item by its dateForOrdering: a page\'s own day, or an undated item held below the newest', async () => {
      const { store } = await open();
      const dated = item({ minute: 10 });
      // Published is null (the page gives only a day); first seen much later than that day.
      const pageDay = item({
        minute: 5,
        published: null,
        dateForOrdering: '2025-03-01T00:05:00.000Z',
        firstSeen: '2025-03-02T12:00:00.000Z',
      });
      // No date at all, first seen after the newest dated story: placed just below it.
      const undated = item({
        minute: 20,
        published: null,
        dateForOrdering: '2025-03-01T00:09:59.999Z',
        firstSeen: '2025-03-02T13:00:00.000Z',
      });
      await put(store, pageDay, undated, dated);
      const ids = [dated.id, undated.id, pageDay.id];
      expect((await store.listItems()).map((i) => i.id)).toEqual(ids);
      const [, second] = await store.listItems({ limit: 2 });
      if (!second) throw new Error('no second item');
      expect((await store.listItems({ before: itemCursor(second) })).map((i) => i.id)).toEqual([pageDay.id]);
    });

    it('pages with cursors in both directions, also within a tag', async () => {
      const { store } = await open();
      const items = Array.from({ length: 7 }, (_, i) => item({ minute: 10 + i, tags: [tag(i % 2 ? 'odd' : 'even')] }));
      await put(store, ...items);
      const all = await store.listItems();
      const first = await store.listItems({ limit: 3 });
      expect(first).toEqual(all.slice(0, 3));
      const second = await store.listItems({ limit: 3, before: itemCursor(first[2]!) });
      expect(second).toEqual(all.slice(3, 6));
      const back = await store.listItems({ limit: 3, after: itemCursor(second[0]!) });
      expect(back).toEqual(all.slice(0, 3));
      const nearer = await store.listItems({ limit: 2, after: itemCursor(second[0]!) });
      expect(nearer).toEqual(all.slice(1, 3));
      const even = await store.listItems({ tag: 'even' });
      expect(await store.listItems({ tag: 'even', before: itemCursor(even[0]!), limit: 2 })).toEqual(even.slice(1, 3));
      await expect(store.listItems({ before: 'not-a-cursor' })).rejects.toBeInstanceOf(UsageError);
    });

    it('counts tags, most used first, spelled as the newest item spells them', async () => {
      const { store } = await open();
      await put(
        store,
        item({ minute: 1, tags: [tag('coast', 'coast'), tag('ferry')] }),
        item({ minute: 2, tags: [tag('coast', 'Coast')] }),
        item({ minute: 3, tags: [tag('bay')] }),
      );
      const tags = await store.listTags();
      expect(tags.map((t) => [t.tag.slug, t.tag.label, t.count])).toEqual([
        ['coast', 'Coast', 2],
        ['bay', 'BAY', 1],
        ['ferry', 'FERRY', 1],
      ]);
    });

    it('finds items by identity and band keys, in key order, each once', async () => {
      const { store } = await open();
      const a = item({ keys: ['url:https://a.example/1', 'hash:aa', 'lsh:3:00ff'] });
      const b = item({ keys: ['url:https://b.example/2', 'lsh:3:0abc', 'lsh:4:0abc'] });
      await put(store, a, b);
      await store.transaction(async (tx) => {
        expect((await tx.findByKeys(['hash:aa'])).map((i) => i.id)).toEqual([a.id]);
        expect((await tx.findByKeys(['lsh:4:0abc'])).map((i) => i.id)).toEqual([b.id]);
        expect((await tx.findByKeys(['url:https://b.example/2', 'hash:aa', 'lsh:3:00ff'])).map((i) => i.id)).toEqual([
          b.id,
          a.id,
        ]);
        expect(await tx.findByKeys(['url:https://nowhere.example/'])).toEqual([]);
      });
    });

    it('ranks similar items by how many of the keys they hold, at most `limit`', async () => {
      const { store } = await open();
      const one = item({ keys: ['guid:s:1', 'lsh:0:01', 'lsh:1:01'] });
      const three = item({ keys: ['guid:s:3', 'lsh:0:03', 'lsh:1:03', 'lsh:2:03'] });
      const two = item({ keys: ['guid:s:2', 'lsh:0:02', 'lsh:1:02'] });
      await put(store, one, three, two);
      const wanted = ['lsh:0:01', 'lsh:0:02', 'lsh:1:02', 'lsh:0:03', 'lsh:1:03', 'lsh:2:03'];
      await store.transaction(async (tx) => {
        expect((await tx.findSimilar(wanted, 8)).map((i) => i.id)).toEqual([three.id, two.id, one.id]);
        expect((await tx.findSimilar(wanted, 1)).map((i) => i.id)).toEqual([three.id]);
        expect(await tx.findSimilar(['lsh:9:ff'], 8)).toEqual([]);
      });
    });

    it('answers lookups the same with a prefetch as without, its own writes included', async () => {
      const { store } = await open();
      const a = item({ minute: 10, keys: ['guid:s:a', 'url:https://shared.example/', 'lsh:0:aa', 'lsh:1:bb'] });
      const b = item({ minute: 20, keys: ['guid:s:b', 'url:https://shared.example/', 'lsh:0:aa'] });
      await put(store, a, b);
      await store.load(
        (async function* () {
          yield { kind: 'tombstone' as const, key: 'guid:s:gone', itemId: 'gone' };
        })(),
      );
      const c = item({ minute: 30, keys: ['guid:s:c', 'lsh:0:aa', 'lsh:2:cc'] });
      const revisedA = { ...a, title: 'Revised', keys: ['guid:s:a', 'lsh:2:cc'] };
      const bands = ['lsh:0:aa', 'lsh:1:bb', 'lsh:2:cc'];
      /** One document's lookups and writes; what each lookup answered (rolled back after). */
      const transcript = async (prefetch: boolean): Promise<unknown[]> => {
        const seen: unknown[] = [];
        const ids = (items: StoredItem[]) => items.map((i) => `${i.id === a.id ? 'a' : i.id === b.id ? 'b' : i.id === c.id ? 'c' : '?'}:${i.title}`);
        await store
          .transaction(async (tx) => {
            if (prefetch) await tx.prefetch?.(['guid:s:a', 'guid:s:b', 'guid:s:c', 'guid:s:gone', 'url:https://shared.example/', ...bands]);
            seen.push(ids(await tx.findByKeys(['url:https://shared.example/'])));
            seen.push(ids(await tx.findByKeys(['guid:s:b', 'guid:s:a'])));
            seen.push(ids(await tx.findSimilar(bands, 8)));
            seen.push(await tx.isTombstoned(['guid:s:gone']), await tx.isTombstoned(['guid:s:c']));
            await tx.putItem(c);
            seen.push(ids(await tx.findByKeys(['guid:s:c', 'lsh:2:cc'])));
            seen.push(ids(await tx.findSimilar(['lsh:0:aa', 'lsh:2:cc'], 8)), ids(await tx.findSimilar(bands, 1)));
            await tx.putItem(revisedA);
            seen.push(ids(await tx.findByKeys(['url:https://shared.example/', 'guid:s:a'])));
            seen.push(ids(await tx.findSimilar(bands, 8)));
            // A key no prefetch read: the database answers, the writes so far included.
            seen.push(ids(await tx.findByKeys(['guid:s:late', 'guid:s:c'])), ids(await tx.findSimilar(bands, 8)));
            throw new Error('roll back');
          })
          .catch((err: unknown) => {
            if ((err as Error).message !== 'roll back') throw err;
          });
        return seen;
      };
      const without = await transcript(false);
      expect(await transcript(true)).toEqual(without);
      expect(without[3]).toBe(true);
      expect(without[5]).toEqual([`c:${c.title}`]);
      expect(without[9]).toContain('a:Revised');
      expect((await store.listItems()).map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    });

    it('replacing an item replaces its keys, tags and sources', async () => {
      const { store } = await open();
      const a = item({ keys: ['guid:s:old'], tags: [tag('before')] });
      await put(store, a);
      await put(store, { ...a, keys: ['guid:s:new'], tags: [tag('after')], title: 'Revised' });
      await store.transaction(async (tx) => {
        expect(await tx.findByKeys(['guid:s:old'])).toEqual([]);
        expect((await tx.findByKeys(['guid:s:new']))[0]?.title).toBe('Revised');
      });
      expect(await store.listItems({ tag: 'before' })).toEqual([]);
      expect(titles(await store.listItems({ tag: 'after' }))).toEqual(['Revised']);
      expect(await store.listItems()).toHaveLength(1);
    });

    it('a failing transaction changes nothing', async () => {
      const { store } = await open();
      const a = item();
      await put(store, a);
      const version = await store.version();
      await expect(
        store.transaction(async (tx) => {
          await tx.putItem({ ...a, title: 'changed' });
          await tx.putItem(item());
          await tx.setSourceState('wire', { ...emptySourceState(), lastSeen: 5 });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.version()).toBe(version);
      expect(titles(await store.listItems())).toEqual([a.title]);
      expect(await store.sourceStates()).toEqual({});
    });

    it('keeps source states; a state-only change leaves the item version alone', async () => {
      const { store } = await open();
      const version = await store.version();
      const state = { ...emptySourceState(), lastResult: 'ok' as const, etag: '"x"', files: { '/a': 'h' } };
      await store.transaction(async (tx) => {
        expect(await tx.getSourceState('wire')).toEqual(emptySourceState());
        await tx.setSourceState('wire', state);
      });
      expect(await store.sourceStates()).toEqual({ wire: state });
      expect(await store.transaction((tx) => tx.getSourceState('wire'))).toEqual(state);
      expect(await store.version()).toBe(version);
    });

    it('retention keeps the newest items and tombstones the identity keys of the rest', async () => {
      const { store } = await open({ retention: { maxItems: 2, maxAgeDays: 0 } });
      const old = item({ minute: 1, keys: ['url:https://old.example/1', 'lsh:0:0001'] });
      await put(store, old, item({ minute: 2 }), item({ minute: 3 }));
      expect(await store.listItems()).toHaveLength(2);
      expect(await store.getItem(old.id)).toBeNull();
      await store.transaction(async (tx) => {
        expect(await tx.isTombstoned(['url:https://old.example/1'])).toBe(true);
        expect(await tx.isTombstoned(['lsh:0:0001'])).toBe(false);
        expect(await tx.findByKeys(['url:https://old.example/1'])).toEqual([]);
      });
    });

    it('removes items by id for good: gone from lists, tags and search, identity keys tombstoned', async () => {
      const { store, again } = await open();
      const other = await again();
      const gone = item({ minute: 1, title: 'Lighthouse keeper retires', tags: [tag('lamp')], keys: ['guid:wire:lamp', 'lsh:0:lamp'] });
      const kept = item({ minute: 2, title: 'Lighthouse repainted' });
      await put(store, gone, kept);
      const before = await store.version();
      const seen = await other.version();
      expect(await store.transaction((tx) => tx.removeItems({ ids: ['no-such-item', gone.id] }))).toEqual([gone.id]);
      expect(await store.version()).not.toBe(before);
      expect(await store.getItem(gone.id)).toBeNull();
      expect((await store.listItems()).map((i) => i.id)).toEqual([kept.id]);
      expect((await store.listTags()).map((t) => t.tag.slug)).toEqual(['desk']);
      expect((await store.searchItems({ text: 'lighthouse', limit: 10 })).items.map((i) => i.id)).toEqual([kept.id]);
      await store.transaction(async (tx) => {
        expect(await tx.isTombstoned(['guid:wire:lamp'])).toBe(true);
        expect(await tx.isTombstoned(['lsh:0:lamp'])).toBe(false);
        expect(await tx.findByKeys(['guid:wire:lamp', 'lsh:0:lamp'])).toEqual([]);
      });
      // Another instance (the server beside a CLI) sees the removal.
      await vi.waitFor(async () => expect(await other.version()).not.toBe(seen), { timeout: 5_000, interval: 20 });
      expect(await other.getItem(gone.id)).toBeNull();
      // Nothing to remove changes nothing.
      const after = await store.version();
      expect(await store.transaction((tx) => tx.removeItems({ ids: [gone.id] }))).toEqual([]);
      expect(await store.version()).toBe(after);
    });

    it("purges a source's items, those merged from several sources included, and no other", async () => {
      const { store } = await open();
      const origin = (source: string) => ({ source, guid: null, url: null, fetchedAt: '2025-03-01T00:00:00.000Z' });
      const own = item({ minute: 1, origins: [origin('spam')], keys: ['guid:spam:1'] });
      const shared = item({ minute: 2, origins: [origin('coast'), origin('spam')], keys: ['url:https://coast.example/2'] });
      const other = item({ minute: 3, origins: [origin('coast')] });
      await put(store, own, shared, other);
      const removed = await store.transaction((tx) => tx.removeItems({ source: 'spam' }));
      expect(removed.sort()).toEqual([own.id, shared.id].sort());
      expect((await store.listItems()).map((i) => i.id)).toEqual([other.id]);
      expect(await store.listItems({ source: 'spam' })).toEqual([]);
      expect(await store.transaction((tx) => tx.isTombstoned(['url:https://coast.example/2']))).toBe(true);
      expect(await store.transaction((tx) => tx.removeItems({ source: 'nobody' }))).toEqual([]);
    });

    it('a copy carries removals: an item removed at the origin goes from a store that had it', async () => {
      const { store: from } = await open();
      const { store: to } = await open();
      const a = item({ minute: 1, keys: ['guid:wire:copied'] });
      const b = item({ minute: 2 });
      await put(from, a, b);
      await to.load(from.dump());
      expect(await to.listItems()).toHaveLength(2);
      await from.transaction((tx) => tx.removeItems({ ids: [a.id] }));
      const version = await to.version();
      expect(await to.load(from.dump())).toMatchObject({ items: 1, tombstones: 1 });
      expect((await to.listItems()).map((i) => i.id)).toEqual([b.id]);
      expect(await to.version()).not.toBe(version);
      expect(await to.transaction((tx) => tx.isTombstoned(['guid:wire:copied']))).toBe(true);
      expect(await to.load(from.dump())).toEqual({ items: 0, tombstones: 0, sources: 0, raw: 0 });
    });

    it('retention by age uses the store clock', async () => {
      const now = () => new Date(Date.UTC(2025, 2, 11));
      const { store } = await open({ retention: { maxItems: 0, maxAgeDays: 7 }, now });
      const old = item({ minute: 1, keys: ['guid:s:old'] });
      const fresh = item({ published: new Date(Date.UTC(2025, 2, 9)).toISOString() });
      await put(store, old, fresh);
      expect((await store.listItems()).map((i) => i.id)).toEqual([fresh.id]);
      expect(await store.transaction((tx) => tx.isTombstoned(['guid:s:old']))).toBe(true);
    });

    it('searches headlines, standfirsts and bodies: every word, case and accents folded, paged', async () => {
      const { store } = await open();
      const quay = item({ minute: 1, title: 'Quay repairs begin', body: ['The harbour wall at Zürich Quay is mended.'] });
      const ferry = item({ minute: 2, title: 'Ferry timetable', summary: 'Harbour sailings cut', body: ['Fewer boats.'] });
      const other = item({ minute: 3, title: 'Market day', body: ['Stalls on the square.'] });
      await put(store, quay, ferry, other);
      const ids = async (text: string, more: Partial<Parameters<Store['searchItems']>[0]> = {}) => {
        const r = await store.searchItems({ text, limit: 10, ...more });
        return { ids: r.items.map((i) => i.id), total: r.total };
      };
      expect((await ids('HARBOUR', { order: 'newest' })).ids).toEqual([ferry.id, quay.id]);
      expect(await ids('zurich quay')).toEqual({ ids: [quay.id], total: 1 });
      expect(await ids('harbour market')).toEqual({ ids: [], total: 0 });
      const page = await store.searchItems({ text: 'harbour', limit: 1, offset: 1, order: 'newest' });
      expect(page.items.map((i) => i.id)).toEqual([quay.id]);
      expect(page.total).toBe(2);
    });

    it('keeps one raw document per key and location, bytes intact', async () => {
      const { store } = await open();
      const doc = (location: string, text: string) => ({
        key: 'wire',
        location,
        url: `https://wire.example/${location}`,
        contentType: 'text/html',
        fetchedAt: '2025-03-01T00:00:00.000Z',
        bytes: Buffer.from(text, 'latin1'),
      });
      await store.putRaw(doc('a', 'first \xe9'));
      await store.putRaw(doc('b', 'second'));
      await store.putRaw(doc('a', 'first again \x00\xff'));
      const raws = await store.getRaw('wire');
      expect(raws.map((r) => [r.location, r.bytes.toString('latin1')])).toEqual([
        ['b', 'second'],
        ['a', 'first again \x00\xff'],
      ]);
      expect(raws[0]).toMatchObject({ url: 'https://wire.example/b', contentType: 'text/html' });
      expect(await store.getRaw('other')).toEqual([]);
    });

    it('loses no write when two instances write at once', async () => {
      const { store, again } = await open();
      const other = await again();
      const items = Array.from({ length: 16 }, () => item());
      await Promise.all(items.map((i, k) => put(k % 2 ? store : other, i)));
      for (const s of [store, other]) {
        await vi.waitFor(async () => expect(await s.listItems()).toHaveLength(16), { timeout: 5_000 });
      }
      // Read-modify-write of one source's state from both: no update lost.
      const bump = (s: Store) =>
        s.transaction(async (tx) => {
          const st = await tx.getSourceState('counter');
          await tx.setSourceState('counter', { ...st, lastSeen: st.lastSeen + 1 });
        });
      await Promise.all(Array.from({ length: 20 }, (_, k) => bump(k % 2 ? store : other)));
      for (const s of [store, other]) {
        await vi.waitFor(async () => expect((await s.sourceStates()).counter?.lastSeen).toBe(20), { timeout: 5_000 });
      }
    });

    it('serialises dedup decisions: a story two writers see at once is stored once', async () => {
      const { store, again } = await open();
      const other = await again();
      const storeOnce = (s: Store) =>
        s.transaction(async (tx) => {
          const [known] = await tx.findByKeys(['url:https://same.example/story']);
          if (!known) await tx.putItem(item({ keys: ['url:https://same.example/story'] }));
        });
      await Promise.all(Array.from({ length: 6 }, (_, k) => storeOnce(k % 2 ? store : other)));
      for (const s of [store, other]) {
        await vi.waitFor(async () => expect(await s.listItems()).toHaveLength(1), { timeout: 5_000 });
      }
    });

    it("another instance sees a write's new version", async () => {
      const { store, again } = await open();
      const other = await again();
      const seen = await other.version();
      await put(store, item());
      const written = await store.version();
      expect(written).not.toBe(seen);
      await vi.waitFor(async () => expect(await other.version()).toBe(written), { timeout: 5_000, interval: 20 });
      expect(await other.listItems()).toHaveLength(1);
    });
  });
}
