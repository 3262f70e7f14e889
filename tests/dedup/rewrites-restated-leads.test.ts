import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint, FingerprintMemo } from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

const NOW = '2026-05-06T22:00:00.000Z';

/** An agency's first report and its update, which opens with the new toll and restates the lead after it. */
const first = item({
  guid: 'ag-201',
  url: null,
  title: 'Two dead as gas blast wrecks flats in Marrow Hill',
  published: '2026-05-06T07:05:00Z',
  body: [
    'Two people died and nine were hurt when a gas cylinder exploded in a block of flats in Marrow Hill early on Wednesday, police said.',
    'The blast happened shortly after 6am in a fourth-floor flat of the Larch Court block. Firefighters evacuated 38 residents and part of the front wall collapsed.',
    'The injured were taken to Marrow Hill General Hospital, two of them with serious burns.',
  ],
});
const update = item({
  guid: 'ag-233',
  url: null,
  title: 'Marrow Hill flats blast: death toll rises to three',
  published: '2026-05-06T11:40:00Z',
  body: [
    'A woman of 72 has died in hospital, taking the death toll from the Marrow Hill gas blast to three, police said on Wednesday afternoon.',
    'Two people died and nine were hurt when a gas cylinder exploded in a fourth-floor flat of the Larch Court block in Marrow Hill shortly after 6am. Police said 38 residents had been evacuated.',
    'Prosecutors have opened an investigation. Engineers will check whether the block is safe to live in.',
  ],
});
/** The same agency's next story from the same town on the same day: other people, other figures. */
const nextStory = item({
  guid: 'ag-240',
  url: null,
  title: 'New children’s ward opens at Marrow Hill General Hospital',
  published: '2026-05-06T14:20:00Z',
  body: [
    'A new children’s ward with 24 beds opened at Marrow Hill General Hospital on Wednesday after a refurbishment costing 2.6 million pounds.',
    'Health board chair Nadia Orme said families would no longer have to travel to the city for most treatment. The ward has two intensive care rooms.',
    'The work was paid for from the regional development fund and took eleven months.',
  ],
});

async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, it: NormalisedItem) {
  await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

describe('an update that opens with its new figure', () => {
  it('restates the first lead in its second paragraph, not in its first', () => {
    const [a, b] = [fingerprint(first), fingerprint(update)];
    expect(containment(a.lead, b.lead)).toBeLessThan(0.5);
    expect(compareFingerprints(a, b)).toMatchObject({ same: true, reason: 'update' });
  });

  it('is merged when the same agency sends it under a new id; its next story stays apart', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    for (const it of [first, update, nextStory]) await ingest(tx, memo, 'agency', it);
    expect(tx.items().map((i) => i.origins.map((o) => o.guid))).toEqual([['ag-201', 'ag-233'], ['ag-240']]);
  });
});

/** Two desks translating one foreign report: the same names and figures, each in its own words. */
const translation = item({
  guid: 't-1',
  title: 'Ferry strikes cargo ship in fog off Kalvos',
  published: '2026-05-06T08:50:00Z',
  body: [
    'A ferry carrying 412 passengers collided with a cargo ship in thick fog off the island of Kalvos on Wednesday morning, the coastguard said. Seven people suffered minor injuries.',
    'The Santa Irini, sailing from Port Dovra, struck the stern of the Malta-flagged Orion Bay. Both vessels stayed afloat.',
    'The foreign ministry said 23 of our citizens were on board, none of them hurt. The ferry was towed into Kalvos harbour, where passengers went ashore.',
  ],
});
const otherDesk = item({
  guid: 't-2',
  title: 'Collision at sea near Kalvos: Santa Irini hits freighter',
  published: '2026-05-06T09:40:00Z',
  body: [
    'According to the coastguard, the passenger vessel Santa Irini, with 412 people aboard, ran into the freighter Orion Bay close to Kalvos early on Wednesday amid very poor visibility.',
    'Seven travellers were lightly wounded. Neither ship sank; the Santa Irini, which had left Port Dovra, was pulled to the Kalvos quayside by tugs.',
    'Among those aboard were 23 nationals, all unharmed, the foreign ministry reported.',
  ],
});

describe('one report rewritten by two desks', () => {
  it('shares little lower-case wording (the case the rule is for)', () => {
    expect(containment(fingerprint(translation).common, fingerprint(otherDesk).common)).toBeLessThan(0.5);
  });

  it('is one story within hours', () => {
    expect(compareFingerprints(fingerprint(translation), fingerprint(otherDesk)).same).toBe(true);
  });

  it('is not one story a day later: a follow-up names the same ships and figures', () => {
    const nextDay = item({ ...otherDesk, published: '2026-05-07T08:40:00Z' });
    expect(compareFingerprints(fingerprint(translation), fingerprint(nextDay)).same).toBe(false);
  });
});
