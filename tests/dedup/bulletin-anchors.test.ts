import { describe, expect, it } from 'vitest';
import { FingerprintMemo, dedupKeys } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented Breton radio bulletin: one page a bulletin, its items linked by their number on it
 * ("…/keleier/0700#1", "…#3"), each its own story, in one document of the feed.
 */
const NOW = '2026-10-08T08:00:00.000Z';
const PAGE = 'https://radio-breizh.example/keleier/2026-10-08-0700';

const bridge = item({
  guid: 'rb-1008-0700-1',
  url: `${PAGE}#1`,
  title: 'Pont Kemper serret e-pad tri sizhun',
  published: '2026-10-08T07:00:00+02:00',
  language: 'br',
  body: ['Serret e vo pont ar Stêr e Kemper e-pad tri sizhun adalek al Lun evit labourioù war e frammoù.'],
});

const school = item({
  guid: 'rb-1008-0700-3',
  url: `${PAGE}#3`,
  title: 'Ur skol divyezhek nevez e Landerne',
  published: '2026-10-08T07:00:00+02:00',
  language: 'br',
  body: [
    'Digoret e vo ur skol divyezhek nevez e Landerne d’ar bloaz a zeu, gant daou glas ha daou-ugent skoliad.',
  ],
});

describe('the items of a bulletin page linked by their anchors', () => {
  it('keep the anchor in their URL key', () => {
    expect(dedupKeys(bridge, 'radio')).toContain(`url:${PAGE}#1`);
    expect(dedupKeys(school, 'radio')).toContain(`url:${PAGE}#3`);
  });

  it('are stored apart, not merged as one page', async () => {
    const tx = new MemoryTx();
    await applyItems(
      tx,
      [bridge, school],
      { sourceKey: 'radio', source: null, fetchedAt: NOW },
      NOW,
      new FingerprintMemo(),
    );
    expect(tx.items()).toHaveLength(2);
  });

  it('still drop a tracking tag or a place every page has from the URL key', () => {
    const tagged = item({ guid: 'x1', url: 'https://paper.example/keleier/pont-kemper#xtor=RSS-3' });
    const comments = item({ guid: 'x2', url: 'https://paper.example/keleier/pont-kemper#comments' });
    expect(dedupKeys(tagged, 'paper')).toContain('url:https://paper.example/keleier/pont-kemper');
    expect(dedupKeys(comments, 'paper')).toContain('url:https://paper.example/keleier/pont-kemper');
  });
});
