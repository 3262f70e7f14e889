import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint, FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

const NOW = '2026-09-15T22:00:00.000Z';

async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, it: NormalisedItem) {
  await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

const clusters = (tx: MemoryTx): string[][] =>
  tx.items().map((i) => i.origins.map((o) => `${o.source}#${o.guid}`));

/** An invented release, the wire story written from it, and a paper printing passages of both. */
const release = item({
  guid: 'rel-88',
  title: 'Temporary closure of the Corran Street pool',
  published: '2026-09-15T09:00:00Z',
  body: [
    'Northvale Leisure Trust has taken the difficult decision to close the Corran Street pool temporarily from 1 October while the roof structure is repaired.',
    'Operations director Imogen Tarrant said: "Our surveyors found corrosion in the roof beams and we cannot keep the pool open safely while we repair them."',
    'Swimming lessons will move to the Hadley Road leisure centre. Members will be contacted about their options.',
  ],
});
const wire = item({
  guid: 'nw-0915-22',
  title: 'Town pool to shut for roof repairs, swimmers face trip across town',
  published: '2026-09-15T11:00:00Z',
  body: [
    'The only public swimming pool in the centre of Northvale will close for at least four months from October because its roof beams are corroded, the trust that runs it has said.',
    'About 900 people a week use the pool. Swim club coach Dan Okafor said moving lessons across town would put families off.',
  ],
});
const paper = item({
  guid: 'ng-4410',
  title: 'Corran Street pool to close for roof repairs',
  published: '2026-09-15T14:00:00Z',
  body: [...wire.body, ...release.body.slice(1), 'Tell us what you think: letters@northvalegazette.example'],
});

/** The same source's later version of a report: the lead restated, its figures changed. */
const strikeMorning = item({
  guid: 'cw-0915-031',
  title: 'Dock strike halts Eastwick port',
  published: '2026-09-15T08:00:00Z',
  body: [
    'The container port at Eastwick was at a standstill on Tuesday morning on the first day of a strike by dockers over new night-shift rotas.',
    'Port managers said 14 ships were waiting offshore by mid-morning and no cargo had been handled since 6am. Pickets blocked both gates of the terminal.',
    'The union wants the rota plan withdrawn. Managers have offered talks on Thursday.',
  ],
});
const strikeEvening = item({
  guid: 'cw-0915-077',
  title: 'Eastwick dock strike: 19 ships now waiting offshore',
  published: '2026-09-15T17:30:00Z',
  body: [
    'The container port at Eastwick was still at a standstill on Tuesday evening on the first day of a strike by dockers over new night-shift rotas, with 19 ships waiting offshore at 5pm.',
    'Pickets remain at both gates of the terminal. A mass meeting will decide on Wednesday morning whether the strike goes on.',
    'Managers confirmed the talks offered for Thursday. Hauliers said lorries were queueing on the bypass and some drivers had been told to wait overnight.',
  ],
});

/** One source's live blog of a flood day, and its wrap-up written in other words that evening. */
const liveBlog = item({
  guid: 'live-310',
  title: 'Live: River Tarn floods in Ashgill',
  published: '2026-09-15T06:00:00Z',
  body: [
    '07:40 The River Tarn rose by 1.2 metres overnight in Ashgill. Firefighters have begun evacuating streets by the river.',
    '09:15 Fifty-one people have been taken from homes on Mill Lane and Weir Street, 12 of them children. They are sheltering in the Ashgill sports hall.',
    '11:05 Mayor Gwen Harker has declared a local emergency.',
    '13:30 Ninety-four properties are now flooded. The road bridge is open to emergency vehicles only.',
    '15:50 Forecasters expect the water to fall from Wednesday.',
  ],
});
const wrapUp = item({
  guid: 'art-318',
  title: 'Ninety-four Ashgill homes flooded as River Tarn bursts its banks',
  published: '2026-09-15T17:00:00Z',
  body: [
    'Ninety-four properties on Mill Lane and Weir Street in Ashgill were flooded on Tuesday after the River Tarn rose by 1.2 metres overnight.',
    'Firefighters evacuated fifty-one people, 12 of them children, who are sheltering in the sports hall. Mayor Gwen Harker declared a local emergency and the road bridge is open to emergency vehicles only.',
    'Forecasters expect the water to fall from Wednesday.',
  ],
});

describe('evidence that arrives later', () => {
  it('joins a release and the wire story written from it, stored apart, when a paper carries both', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'trust', release);
    await ingest(tx, memo, 'wire', wire);
    expect(tx.items()).toHaveLength(2);
    await ingest(tx, memo, 'gazette', paper);
    const ids = tx.items().map((i) => i.id);
    // Ids stay; each story lists the other's sources, so either names all the coverage.
    expect(ids).toHaveLength(2);
    expect(clusters(tx).sort()).toEqual([
      ['trust#rel-88', 'wire#nw-0915-22', 'gazette#ng-4410'],
      ['wire#nw-0915-22', 'gazette#ng-4410', 'trust#rel-88'],
    ]);
    // Re-ingesting the paper changes nothing, ids included.
    await ingest(tx, memo, 'gazette', paper);
    expect(tx.items().map((i) => i.id)).toEqual(ids);
    expect(clusters(tx).flat()).toHaveLength(6);
  });

  it('merges a later version that restates the lead with a new figure, its names unchanged', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'wire', strikeMorning);
    await ingest(tx, memo, 'wire', strikeEvening);
    expect(clusters(tx)).toEqual([['wire#cw-0915-031', 'wire#cw-0915-077']]);
  });

  it('merges a live blog and the wrap-up its own source wrote from it', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'portal', liveBlog);
    await ingest(tx, memo, 'portal', wrapUp);
    expect(clusters(tx)).toEqual([['portal#live-310', 'portal#art-318']]);
  });
});

describe('figures in unspaced scripts', () => {
  const rates = (day: number, usd: string, eur: string, gbp: string) =>
    item({
      guid: `fx-${day}`,
      title: `9月${day}日の為替相場`,
      published: `2026-09-${day}T01:00:00Z`,
      language: 'ja',
      body: [`9月${day}日の外国為替相場（仲値）は、米ドル${usd}、ユーロ${eur}、英ポンド${gbp}でした。`],
    });

  it('reads a figure written against Japanese text as a figure, so two days’ rates stay apart', () => {
    const v = compareFingerprints(
      fingerprint(rates(14, '147円20銭', '162円05銭', '191円33銭')),
      fingerprint(rates(15, '146円88銭', '161円74銭', '190円91銭')),
    );
    expect(v.same).toBe(false);
  });

  it('still merges the same day’s rates printed twice', () => {
    const a = rates(14, '147円20銭', '162円05銭', '191円33銭');
    const v = compareFingerprints(fingerprint(a), fingerprint({ ...a, title: '今日の為替' }));
    expect(v.same).toBe(true);
  });
});
