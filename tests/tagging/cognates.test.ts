/**
 * International roots (cognates.ts): a subject's word that many languages borrowed ("parlament",
 * "policie", "вакцина") meets the IPTC labels of other languages after transliteration, and
 * decides the topic of a text that nothing else reads. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCognateIndex,
  cognateHits,
  cognateRoot,
  type CognateIndex,
} from '../../src/tagging/cognates.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy, type Taxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let index: CognateIndex;
let taxonomy: Taxonomy;
beforeAll(async () => {
  index = buildCognateIndex();
  taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
});

describe('cognate roots', () => {
  it('meet across spellings and scripts', () => {
    expect(cognateRoot('policie')).toBe(cognateRoot('police'));
    expect(cognateRoot('полиция')).toBe(cognateRoot('policja'));
    expect(cognateRoot('Парламент')).toBe(cognateRoot('parlamento'));
    expect(cognateRoot('vakcína')).toBe(cognateRoot('vaccine'));
    expect(cognateRoot('most')).toBeNull();
  });

  it('keep a root several languages name a topic by', () => {
    expect(index.get(cognateRoot('parlament') ?? '')?.[0]?.[0]).toBe('politics');
    expect(index.get(cognateRoot('policie') ?? '')?.[0]?.[0]).toBe('crime-law-and-justice');
    expect(index.get(cognateRoot('festivalu') ?? '')?.[0]?.[0]).toBe('arts-culture-entertainment-and-media');
  });

  it('leave out a root seen only inside longer names, and a language’s everyday words', () => {
    // "regional" opens election and league names alike; no label is the word alone.
    expect(index.get(cognateRoot('regionální') ?? '')).toBeUndefined();
    expect(cognateHits(index, 'Parlamenti ülés', new Set(['parlamenti']))).toEqual([]);
    expect(cognateHits(index, 'Parlamenti ülés').map(([k]) => k)).toEqual([cognateRoot('parlament')]);
  });
});

describe('a text nothing else reads', () => {
  const text = {
    title: 'Парламентын чуулган маргааш эхэлнэ',
    body: ['Гишүүд төсвийн хуулийг хэлэлцэнэ. Министр илтгэл тавина.'],
  };

  it('takes the topic its international roots give', () => {
    const tagger = createTagger(taxonomy);
    expect(tagger.enrich(item(text)).topics[0]).toBe('politics');
  });

  it('has none when roots are turned off', () => {
    const off = createTagger({ ...taxonomy, weights: { ...taxonomy.weights, cognates: 0 } });
    expect(off.enrich(item(text)).topics).toEqual([]);
  });
});
