import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint, FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

const NOW = '2026-09-03T22:00:00.000Z';

/** An agency's first report, its update under a new id hours later, and its next story on the road. */
const first = item({
  guid: 'ag-101',
  url: null,
  title: 'Coach overturns on the A91 near Ferrow, four hurt',
  published: '2026-09-03T09:10:00Z',
  body: [
    'A coach carrying 38 passengers overturned on the A91 near Ferrow at about 7.40am on Thursday, injuring four people, police said.',
    'The northbound carriageway was closed between junctions 6 and 7 while the vehicle was recovered. Drivers were told to expect long delays.',
    'Police said the driver, a man in his fifties, was helping officers with their inquiries. The cause of the crash is not yet known.',
  ],
});

const update = item({
  guid: 'ag-133',
  url: null,
  title: 'A91 coach crash: injured now eleven, road reopens',
  published: '2026-09-03T15:30:00Z',
  body: [
    'The number of people hurt when a coach overturned on the A91 near Ferrow at about 7.40am on Thursday has risen to eleven, police said.',
    'Two passengers remain in hospital with serious injuries; the rest were treated at the scene. The northbound carriageway reopened at 2pm after seven hours.',
    'Investigators are examining the coach’s tachograph. An appeal has gone out for dashcam footage from drivers who were on the road.',
  ],
});

const nextCrash = item({
  guid: 'ag-140',
  url: null,
  title: 'Lorry and car collide on the A91 near Dunsop',
  published: '2026-09-03T17:05:00Z',
  body: [
    'A lorry and a car collided on the A91 near Dunsop at about 4.15pm on Thursday, injuring two people, police said.',
    'The southbound carriageway was closed between junctions 9 and 10 while the vehicles were recovered. Drivers were told to expect delays.',
    'Police appealed for witnesses. The driver of the car was taken to hospital in Carlow with leg injuries.',
  ],
});

async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, it: NormalisedItem) {
  await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

describe('an update restating the event with changed figures', () => {
  it('is the same story, though most of its figures and wording changed', () => {
    expect(compareFingerprints(fingerprint(first), fingerprint(update))).toMatchObject({
      same: true,
      reason: 'update',
    });
  });

  it('is merged when the same agency sends it under a new id', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'agency', first);
    await ingest(tx, memo, 'agency', update);
    await ingest(tx, memo, 'agency', nextCrash);
    expect(tx.items().map((i) => i.origins.map((o) => o.guid))).toEqual([['ag-101', 'ag-133'], ['ag-140']]);
  });

  it('leaves apart another event on the same road on the same day', () => {
    expect(compareFingerprints(fingerprint(first), fingerprint(nextCrash)).same).toBe(false);
    expect(compareFingerprints(fingerprint(update), fingerprint(nextCrash)).same).toBe(false);
  });

  it('needs a changed figure: one lead repeated over another story is a standing opening', () => {
    const standing = item({
      ...nextCrash,
      body: [first.body[0] ?? '', ...nextCrash.body.slice(1)],
    });
    expect(compareFingerprints(fingerprint(first), fingerprint(standing)).reason).not.toBe('update');
  });
});

describe('a copy of the first version arriving after the update', () => {
  it('still finds the story: the replaced version is kept as evidence', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    const localCopy = item({
      guid: 'lp-9',
      url: null,
      title: 'Morning of delays after coach overturns',
      published: '2026-09-03T16:00:00Z',
      body: [
        'Commuters heading for Ferrow sat in queues for most of the morning, readers told us.',
        ...first.body.slice(0, 2),
      ],
    });
    await ingest(tx, memo, 'agency', first);
    await ingest(tx, memo, 'agency', update);
    await ingest(tx, memo, 'paper', localCopy);
    const stored = tx.items();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.title).toBe(update.title);
    expect(stored[0]?.origins.map((o) => o.guid)).toEqual(['ag-101', 'ag-133', 'lp-9']);
  });
});
