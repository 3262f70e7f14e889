import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint, gistOf, withEvidence } from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { normalisedItem as item } from '../support/items.js';
import { MemoryTx } from './fake-store.js';

/**
 * Invented story: a one-sentence radio item arrives first (its version is shown), a regional
 * paper's version is merged into it (its intro retells the radio item), then the agency's full
 * text, which shares whole paragraphs with the paper but neither the radio item's wording nor its
 * figures (the vote).
 */
const radio = item({
  guid: 'r-1',
  title: 'Tavy footbridge plan approved',
  published: '2026-03-10T12:00:00Z',
  body: [
    'Councillors in Brenford voted 9 to 4 last night to build a footbridge across the Tavy between Millfield and the station.',
  ],
});

const shared = [
  'Brenford councillors on Tuesday approved plans for a 3.2 million pound footbridge across the River Tavy, linking the railway station with the new housing at Millfield.',
  'The 90-metre span will replace a ferry crossing that closed in 2019 after its landing stage was damaged in a storm. Work is due to begin next spring and finish in 2028.',
  'Planning chair Rosalind Avery said walkers and cyclists had waited too long for a safe crossing. Two objectors had raised concerns about the height of the deck above the towpath.',
];

const paper = item({
  guid: 'p-1',
  url: 'https://brenford-echo.example/news/footbridge',
  title: 'Station to Millfield in five minutes: footbridge gets the nod',
  published: '2026-03-10T15:00:00Z',
  body: [
    'Councillors voted 9 to 4 last night to build a footbridge across the Tavy, and commuters from Millfield will soon walk to the station in five minutes.',
    ...shared,
  ],
});

const wire = item({
  guid: 'w-1',
  url: 'https://counties-agency.example/2026/03/10/tavy-footbridge',
  title: 'Council approves £3.2m River Tavy footbridge',
  published: '2026-03-10T11:00:00Z',
  body: [
    ...shared,
    'The cost will be shared between the council and a regional transport fund, which has already committed 2 million pounds.',
    'The design, by a Bristol practice, was chosen from five entries in a competition last year.',
  ],
});

const NOW = '2026-03-10T18:00:00.000Z';
async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, i: NormalisedItem) {
  await applyItems(tx, [i], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

describe('evidence from every merged version', () => {
  it('the agency text alone does not match the short radio item shown', () => {
    expect(compareFingerprints(fingerprint(wire), fingerprint(radio)).same).toBe(false);
  });

  it('merges a copy that shares its text with a version merged earlier, not with the one shown', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'radio', radio);
    await ingest(tx, memo, 'paper', paper);
    // A fresh memo: the evidence must come from the stored item (as after a restart).
    await ingest(tx, new FingerprintMemo(), 'wire', wire);
    const items = tx.items();
    expect(items).toHaveLength(1);
    expect(items[0]?.origins.map((o) => o.source)).toEqual(['radio', 'paper', 'wire']);
    expect(items[0]?.title).toBe(radio.title);
  });

  it('keeps other sources’ wording only, once, and never the shown version again', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'radio', radio);
    await ingest(tx, memo, 'paper', paper);
    const [stored] = tx.items();
    if (!stored) throw new Error('nothing stored');
    expect(stored.evidence?.map((v) => v.title)).toEqual([paper.title]);
    expect(withEvidence(stored, paper, 'paper2')).toBe(stored);
    expect(withEvidence(stored, radio, 'radio')).toBe(stored);
  });
});

describe('gist', () => {
  it('shares word beginnings across inflections and leaves function words out', () => {
    const a = gistOf(['Die Lagerhalle brannte in der Nacht vollständig nieder']);
    const b = gistOf(['Mehrere Lagerhallen brennen nieder']);
    expect(containment(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(gistOf(['und der die das']).length).toBe(0);
  });

  it('is far apart for unrelated stories and close for a copy', () => {
    const text = (i: NormalisedItem) => [i.title ?? '', ...i.body];
    const other = item({
      title: 'Harriers win the county relay title',
      body: [
        'Brenford Harriers won the county relay championship on Saturday, their first title in twelve years.',
      ],
    });
    expect(containment(gistOf(text(wire)), gistOf(text(other)))).toBeLessThan(0.3);
    expect(containment(gistOf(text(wire)), gistOf(text(paper)))).toBeGreaterThan(0.5);
  });
});
