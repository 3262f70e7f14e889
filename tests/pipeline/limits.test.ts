import { describe, expect, it } from 'vitest';
import { limitItem, limitItems } from '../../src/pipeline/limits.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { normalisedItem } from '../support/items.js';

const item = (over: Partial<NormalisedItem> = {}): NormalisedItem =>
  normalisedItem({
    guid: 'g',
    url: 'https://example.org/a',
    title: 'Title',
    body: ['one'],
    contentHtml: '<p>one</p>',
    ...over,
  });

const limits = { maxItems: 3, maxFieldChars: 100, maxContentChars: 1000 };

describe('ingest caps', () => {
  it('keeps at most maxItems items of one document and says how many were dropped', () => {
    const { items, dropped } = limitItems(
      Array.from({ length: 10 }, (_, i) => item({ guid: `g${i}` })),
      limits,
    );
    expect(items.map((i) => i.guid)).toEqual(['g0', 'g1', 'g2']);
    expect(dropped).toBe(7);
  });

  it('cuts one-line fields and the article text, rebuilding the HTML from what is kept', () => {
    const long = 'x'.repeat(5000);
    const out = limitItem(
      item({ title: long, byline: long, body: [long, long], contentHtml: `<p>${long}</p><p>${long}</p>` }),
      limits,
    );
    expect(out.title).toHaveLength(100);
    expect(out.title?.endsWith('…')).toBe(true);
    expect(out.byline).toHaveLength(100);
    expect(out.body.join('').length).toBeLessThanOrEqual(1000);
    expect(out.body).toHaveLength(1);
    expect(out.contentHtml).toBe(`<p>${out.body[0]}</p>`);
  });

  it('leaves items within the caps untouched', () => {
    const small = item();
    expect(limitItem(small, limits)).toEqual(small);
  });
});
