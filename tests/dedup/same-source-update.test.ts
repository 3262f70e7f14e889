import { describe, expect, it } from 'vitest';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { ferryPaper, ferryWire, item } from './stories.js';

const NOW = '2026-05-04T22:00:00.000Z';

async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, it: NormalisedItem) {
  await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

/** The paper's own later article on the story: new id, new headline, a new lead, hours later. */
const paperUpdate = item({
  guid: '77164',
  url: 'https://www.harbourtimes.example/local/gull-maid-refloated',
  title: 'Gull Maid back afloat, towed to Ostmouth for checks',
  published: '2026-05-04T20:30:00Z',
  body: [
    'Salvage teams refloated the ferry Gull Maid on the evening high tide, hours after it ran aground on a sandbank off Brackwater Point early on Monday. Tugs will tow it to Ostmouth, where divers will inspect the hull.',
    'All 212 passengers were taken ashore by lifeboat crews in the morning. The coastguard said no one was injured and that the vessel was not taking on water.',
    'The operator, Skerry Lines, cancelled its remaining sailings for the day and said an inquiry into the grounding had begun.',
    'Harbourmaster Ellen Voss said the channel buoys near the point would be surveyed again this week, after fishermen complained that the sandbank had shifted since the winter storms.',
  ],
});

describe('a later article from a source already merged', () => {
  it('is judged against another source’s full version as any copy would be', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'wire', ferryWire);
    await ingest(tx, memo, 'paper', ferryPaper);
    await ingest(tx, memo, 'paper', paperUpdate);
    const stored = tx.items();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.origins.map((o) => `${o.source}#${o.guid}`)).toEqual([
      'wire#tnw-0412',
      'paper#77120',
      'paper#77164',
    ]);
  });

  it('stays apart when only the short versions of the story match it', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    const short = (guid: string, title: string, text: string, published: string) =>
      item({ guid, url: null, title, published, body: [text] });
    await ingest(
      tx,
      memo,
      'radio',
      short(
        'r1',
        'Ferry aground',
        'The ferry Gull Maid has run aground off Brackwater Point. All 212 passengers were taken ashore by lifeboat.',
        '2026-05-04T09:00:00Z',
      ),
    );
    await ingest(
      tx,
      memo,
      'paper',
      short(
        'p1',
        'Gull Maid aground',
        'Lifeboats took all 212 passengers ashore after the ferry Gull Maid ran aground off Brackwater Point.',
        '2026-05-04T10:00:00Z',
      ),
    );
    // The paper's next short item on the subject: its own version says it is another story.
    await ingest(
      tx,
      memo,
      'paper',
      short(
        'p2',
        'Gull Maid captain',
        'The captain of the ferry Gull Maid, which ran aground off Brackwater Point, has been suspended by Skerry Lines.',
        '2026-05-04T18:00:00Z',
      ),
    );
    expect(tx.items()).toHaveLength(2);
  });
});

/** An agency's first report and its own later version under a new id, reworded around the figures. */
const slipFirst = item({
  guid: 'sa-0211',
  url: null,
  title: 'Landslip cuts off three hill villages above Carnwick',
  published: '2026-11-18T06:40:00Z',
  body: [
    'A landslip overnight blocked the Carnwick to Tollbury road at the 14th kilometre, cutting off three villages with about 1,200 residents.',
    'The roads authority said earth and rock covered about 60 metres of the carriageway. Two excavators started clearing it at 6am.',
    'The county prefect said the road should reopen within 48 hours if no more rain falls. Schools in Tollbury stay shut until Friday.',
  ],
});
const slipLater = item({
  guid: 'sa-0259',
  url: null,
  title: 'Carnwick to Tollbury road partly reopened',
  published: '2026-11-18T14:20:00Z',
  body: [
    'One lane of the road between Carnwick and Tollbury, buried at its 14th kilometre overnight, reopened at 13.30 with traffic lights controlling it.',
    'The three villages and their roughly 1,200 people are reachable again, the roads authority announced.',
    'Clearing the remaining 60 metres will take another five days, according to the prefect. Tollbury pupils go back on Monday.',
  ],
});

describe('a later version from the same source under a new id', () => {
  it('is the same story when it keeps three of the report’s telling figures in other words', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'agency', slipFirst);
    await ingest(tx, memo, 'agency', slipLater);
    expect(tx.items()).toHaveLength(1);
  });
});
