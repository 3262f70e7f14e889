/**
 * Wordnet desk names (wordnet-desks.ts): a section label that is, whole, a word a wordnet links to
 * a word of an IPTC top-level label ("economy", "politics") names its topic in languages without
 * IPTC labels, Korean and Japanese among them. Invented items.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { deskKey, deskNames } from '../../src/tagging/topics.js';
import { normalisedItem as item } from '../support/items.js';

const desks = deskNames();
let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('wordnet desk names', () => {
  it('read Korean and Japanese desks CLDR names no group for', () => {
    expect(desks.get(deskKey('경제'))).toBe('economy-business-and-finance');
    expect(desks.get(deskKey('정치'))).toBe('politics');
    expect(desks.get(deskKey('経済'))).toBe('economy-business-and-finance');
    expect(desks.get(deskKey('건강'))).toBe('health');
  });

  it('leave a name a language the program reads writes alike to that reading', () => {
    // "اقتصاد" is Persian's and Pashto's word as much as Arabic's, which the vocabulary reads.
    expect(desks.get(deskKey('اقتصاد'))).toBeUndefined();
  });

  it('keep CLDR’s names as they were', () => {
    expect(desks.get(deskKey('날씨'))).toBe('weather');
    expect(desks.get(deskKey('스포츠'))).toBe('sport');
  });

  it('leave a "society" desk unread: it is the desk for home news at large', () => {
    expect(desks.get(deskKey('사회'))).toBeUndefined();
    expect(desks.get(deskKey('社会'))).toBeUndefined();
  });

  it('give an article whose words the program cannot read its desk’s topic', () => {
    // Invented syllables: nothing in the text says economy; only the desk does.
    const tagged = tagger.enrich(
      item({
        title: '보란테 미수코 다렌',
        section: '경제',
        body: ['보란테 미수코 다렌 파소리 누벤가.', '키로마 사델 호무린 바테스.'],
      }),
    );
    expect(tagged.topics[0]).toBe('economy-business-and-finance');
  });
});
