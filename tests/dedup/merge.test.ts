import { describe, expect, it } from 'vitest';
import { applyItems } from '../../src/pipeline/apply.js';
import { FingerprintMemo } from '../../src/dedup/index.js';
import type { NormalisedItem, StoredItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { ferryInquiry, ferryPaper, ferryWire, item } from './stories.js';

const NOW = '2026-05-04T12:00:00.000Z';
/** One memo for the file, as one store would have: entries are keyed by item version. */
const memo = new FingerprintMemo();

async function ingest(tx: MemoryTx, source: string, items: NormalisedItem[], now = NOW) {
  return applyItems(tx, items, { sourceKey: source, source: null, fetchedAt: now }, now, memo);
}

const only = (tx: MemoryTx): StoredItem => {
  const all = tx.items();
  expect(all).toHaveLength(1);
  return all[0] as StoredItem;
};

describe('merge policy', () => {
  it('keeps the first item’s id and records every source item in origins', async () => {
    const tx = new MemoryTx();
    expect(await ingest(tx, 'wire', [ferryWire])).toMatchObject({ created: 1 });
    const firstId = only(tx).id;
    expect(await ingest(tx, 'paper', [ferryPaper], '2026-05-04T12:05:00.000Z')).toMatchObject({
      created: 0,
      updated: 1,
    });
    const stored = only(tx);
    expect(stored.id).toBe(firstId);
    expect(stored.title).toBe(ferryWire.title);
    expect(stored.origins.map((o) => [o.source, o.guid, o.url])).toEqual([
      ['wire', 'tnw-0412', ferryWire.url],
      ['paper', '77120', ferryPaper.url],
    ]);
    expect(stored.origins[1]?.fetchedAt).toBe('2026-05-04T12:05:00.000Z');
  });

  it('keeps another event with the same people as its own item', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [ferryWire, ferryInquiry]);
    expect(tx.items()).toHaveLength(2);
  });

  it('updates content and modified, never the id, when the source sends a later version', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [ferryWire]);
    const before = only(tx);
    const corrected: NormalisedItem = {
      ...ferryWire,
      updated: '2026-05-04T15:00:00Z',
      body: [...ferryWire.body, 'Update: the Gull Maid was refloated at 7.40pm and towed into harbour.'],
    };
    expect(await ingest(tx, 'wire', [corrected], '2026-05-04T15:05:00.000Z')).toMatchObject({ updated: 1 });
    const after = only(tx);
    expect(after.id).toBe(before.id);
    expect(after.body).toHaveLength(4);
    expect(after.modified).toBe('2026-05-04T15:00:00.000Z');
    expect(after.published).toBe(before.published);
    expect(after.origins).toHaveLength(1);
  });

  it('replaces the topic and entity tags when the source corrects its version', async () => {
    const tx = new MemoryTx();
    const first: NormalisedItem = {
      ...ferryWire,
      topics: ['weather'],
      entities: { people: ['Anna Brisk'], places: [], organisations: [] },
    };
    await ingest(tx, 'wire', [first]);
    expect(only(tx).tags.map((t) => t.slug)).toEqual(['weather', 'anna-brisk']);
    const corrected: NormalisedItem = {
      ...ferryWire,
      updated: '2026-05-04T15:00:00Z',
      body: [...ferryWire.body, 'Correction: the skipper was Ewan Tait, not Anna Brisk.'],
      topics: ['disaster-accident-and-emergency-incident'],
      entities: { people: ['Ewan Tait'], places: [], organisations: [] },
    };
    await ingest(tx, 'wire', [corrected], '2026-05-04T15:05:00.000Z');
    const after = only(tx);
    expect(after.tags.map((t) => [t.kind, t.slug])).toEqual([
      ['topic', 'disaster-accident-and-emergency-incident'],
      ['entity', 'ewan-tait'],
    ]);
    expect(after.entities.people).toEqual(['Ewan Tait']);
  });

  it('keeps two short items of one source that share only a title apart', async () => {
    const tx = new MemoryTx();
    const notice = (body: string) => item({ title: 'Road closures', body: [body] });
    await ingest(tx, 'council', [notice('Mill Lane shut on Monday.')]);
    await ingest(tx, 'council', [notice('Quay Street shut on Friday.')]);
    expect(
      tx
        .items()
        .map((i) => i.body[0])
        .sort(),
    ).toEqual(['Mill Lane shut on Monday.', 'Quay Street shut on Friday.']);
    expect(await ingest(tx, 'council', [notice('Mill Lane shut on Monday.')])).toMatchObject({
      created: 0,
    });
  });

  it('treats a near-duplicate with a new guid from the same source as a later version', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [ferryWire]);
    const id = only(tx).id;
    const reissued: NormalisedItem = {
      ...ferryWire,
      guid: 'tnw-0419',
      url: 'https://tidewire.example/news/ferry-aground-refloated',
      published: '2026-05-04T20:00:00Z',
      body: [...ferryWire.body, 'The ferry was refloated on the evening tide and towed to the harbour.'],
    };
    await ingest(tx, 'wire', [reissued]);
    const stored = only(tx);
    expect(stored.id).toBe(id);
    expect(stored.body.at(-1)).toMatch(/refloated/);
    expect(stored.origins.map((o) => o.guid)).toEqual(['tnw-0412', 'tnw-0419']);
  });

  it('stores every date as a UTC instant, whatever offset the source wrote', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [
      { ...ferryWire, published: '2026-05-04T10:30:00+09:00', updated: '2026-05-04T03:00:00-07:00' },
    ]);
    expect(only(tx)).toMatchObject({
      published: '2026-05-04T01:30:00.000Z',
      updated: '2026-05-04T10:00:00.000Z',
      modified: '2026-05-04T10:00:00.000Z',
    });
  });

  it('compares instants, not text: an update in another offset never moves modified back', async () => {
    const tx = new MemoryTx();
    const v1: NormalisedItem = { ...ferryWire, published: '2026-05-04T01:00:00Z', updated: null };
    await ingest(tx, 'wire', [v1]);
    const v2 = { ...v1, body: [...v1.body, 'Update: the harbour master has opened an inquiry.'] };
    await ingest(tx, 'wire', [v2], '2026-05-04T02:05:00.000Z');
    expect(only(tx).modified).toBe('2026-05-04T02:05:00.000Z');
    // 10:30 at +09:00 is 01:30Z: earlier than the modification shown, though it sorts later as text.
    const v3 = {
      ...v2,
      updated: '2026-05-04T10:30:00+09:00',
      body: [...v2.body, 'The inquiry opens on Friday.'],
    };
    await ingest(tx, 'wire', [v3], '2026-05-04T02:10:00.000Z');
    const after = only(tx);
    expect(after.body.at(-1)).toMatch(/Friday/);
    expect(after.modified).toBe('2026-05-04T02:10:00.000Z');
  });

  it('never lets an older version overwrite a newer one', async () => {
    const tx = new MemoryTx();
    const newer: NormalisedItem = { ...ferryWire, updated: '2026-05-04T15:00:00Z', title: 'Ferry refloated' };
    await ingest(tx, 'wire', [newer]);
    const before = only(tx);
    await ingest(tx, 'wire', [ferryWire], '2026-05-04T16:00:00.000Z');
    expect(only(tx)).toMatchObject({ id: before.id, title: 'Ferry refloated', modified: before.modified });
  });

  it('does not bring back a deleted or expired item as new', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [ferryWire]);
    tx.remove(only(tx).id);
    expect(await ingest(tx, 'wire', [ferryWire])).toMatchObject({ created: 0, updated: 0 });
    expect(tx.items()).toHaveLength(0);
  });

  it('keeps apart two releases from one source that share only its boilerplate', async () => {
    const tx = new MemoryTx();
    const about =
      'About Skerry Lines: Skerry Lines runs passenger and freight ferries to nine islands from three mainland ports, employs 640 people and carried 1.2 million passengers last year.';
    const contact = 'Media enquiries: press office, Skerry Lines, Harbour House, Brackwater.';
    const release = (guid: string, published: string, lead: string[]) =>
      item({ guid, title: lead[0] ?? null, published, body: [...lead.slice(1), about, contact] });
    await ingest(tx, 'skerry', [
      release('pr-31', '2026-05-01T09:00:00Z', [
        'Skerry Lines orders a hybrid ferry',
        'Skerry Lines has ordered a hybrid-electric ferry for the Brackwater crossing, due in service in 2028.',
      ]),
    ]);
    await ingest(tx, 'skerry', [
      release('pr-32', '2026-05-03T09:00:00Z', [
        'Skerry Lines names new chief engineer',
        'Skerry Lines has appointed Morag Tennant as chief engineer; she joins from a shipyard on the Clyde.',
      ]),
    ]);
    expect(tx.items()).toHaveLength(2);
  });

  it('scopes guids to their source: one guid in two sources is two stories', async () => {
    const tx = new MemoryTx();
    await ingest(tx, 'wire', [{ ...ferryWire, guid: '501' }]);
    await ingest(tx, 'paper', [{ ...ferryInquiry, guid: '501', url: 'https://paper.example/inquiry' }]);
    expect(tx.items()).toHaveLength(2);
  });

  it('re-ingesting the same documents changes nothing', async () => {
    const tx = new MemoryTx();
    const docs: Array<[string, NormalisedItem[]]> = [
      ['wire', [ferryWire, ferryInquiry]],
      ['paper', [ferryPaper, item({ guid: 'x', title: 'Tide tables', body: ['High water 06:10.'] })]],
    ];
    for (const [s, items] of docs) await ingest(tx, s, items);
    const snapshot = JSON.stringify(tx.items());
    for (const [s, items] of docs) {
      expect(await ingest(tx, s, items, '2026-05-05T08:00:00.000Z')).toMatchObject({
        created: 0,
        updated: 0,
      });
    }
    expect(JSON.stringify(tx.items())).toBe(snapshot);
  });
});
