import { describe, expect, it } from 'vitest';
import { FingerprintMemo, findNearDuplicates, nearDupKeys } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import { mostKeysShared } from '../../src/store/index.js';
import type { NormalisedItem, StoredItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { ferryPaper, ferryWire } from './stories.js';

const NOW = '2026-05-04T12:00:00.000Z';

async function storeOne(tx: MemoryTx, memo: FingerprintMemo, source: string, item: NormalisedItem) {
  await applyItems(tx, [item], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
  const stored = tx.items().at(-1);
  if (!stored) throw new Error('nothing stored');
  return stored;
}

const withKeys = (id: string, keys: string[]) => ({ id, keys }) as StoredItem;

describe('near-duplicate candidates', () => {
  it('ranks candidates by how many of the keys they hold, keeping order among equals', () => {
    const a = withKeys('a', ['lsh:0:x']);
    const b = withKeys('b', ['lsh:0:x', 'lsh:1:y', 'lsh:2:z']);
    const c = withKeys('c', ['lsh:1:y']);
    const d = withKeys('d', ['lsh:1:y', 'lsh:2:z']);
    const ranked = mostKeysShared([a, b, c, d], ['lsh:0:x', 'lsh:1:y', 'lsh:2:z'], 3);
    expect(ranked.map((i) => i.id)).toEqual(['b', 'd', 'a']);
  });

  it('finds the copy of a story through the store, whichever memo is used', async () => {
    const tx = new MemoryTx();
    const stored = await storeOne(tx, new FingerprintMemo(), 'wire', ferryWire);
    const probe = nearDupKeys(ferryPaper);
    // A memo that has never seen the stored item computes its fingerprint: the same answer.
    for (const memo of [new FingerprintMemo(), new FingerprintMemo(1)]) {
      expect((await findNearDuplicates(tx, probe, 'paper', memo))?.closest.id).toBe(stored.id);
    }
  });

  it('skips a candidate published more than a week away without fingerprinting it', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await storeOne(tx, memo, 'wire', ferryWire);
    const later = { ...ferryPaper, published: '2026-05-20T11:45:00Z' };
    const fresh = new FingerprintMemo();
    expect(await findNearDuplicates(tx, nearDupKeys(later), 'paper', fresh)).toBeNull();
    expect(fresh.size).toBe(0);
  });
});

describe('FingerprintMemo', () => {
  it('computes a stored item’s fingerprint once per version and forgets the least recently used', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo(2);
    const wire = await storeOne(tx, memo, 'wire', ferryWire);
    expect(memo.size).toBe(1);
    expect(memo.of(wire)).toBe(memo.of({ ...wire }));
    const edited = {
      ...wire,
      modified: '2026-05-05T00:00:00.000Z',
      body: [...wire.body, 'A new paragraph.'],
    };
    expect(memo.of(edited)).not.toBe(memo.of(wire));
    memo.of({ ...wire, id: 'other' });
    expect(memo.size).toBe(2);
  });
});
