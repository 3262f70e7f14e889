/**
 * A section label that names one topic puts it first when the story's own words back it, and a
 * label's words are read with accents folded and short endings, as kindred languages spell them.
 * Invented stories.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

/** A solar park story that dwells on money: investment, prices, the company's shares. */
const solarPark = {
  title: 'Solar park on former quarry wins approval after investors raise funding',
  body: [
    'The company said the investment of 40 million euros would be repaid by selling power at fixed prices to the grid.',
    'Shares in the firm rose after the decision. Investors and banks had waited two years for the permit.',
    'Ecologists said the site would be replanted with meadow to protect rare bees and nesting birds, and the habitat of the quarry pond would be kept.',
  ],
};

describe('section first', () => {
  it('puts the topic a desk names first when the story backs it', () => {
    const plain = tagger.enrich(item({ ...solarPark, section: null }));
    const under = tagger.enrich(item({ ...solarPark, section: 'Environment' }));
    expect(plain.topics[0]).toBe('economy-business-and-finance');
    expect(under.topics[0]).toBe('environment');
  });

  it('leaves the order alone under a label that names two topics', () => {
    // "Sucesos" (incidents) is the desk of crimes and accidents alike.
    const plain = tagger.enrich(item({ ...solarPark, section: null }));
    const under = tagger.enrich(item({ ...solarPark, section: 'Sucesos' }));
    expect(under.topics[0]).toBe(plain.topics[0]);
  });

  it('does not bring in a topic the story does not speak of', () => {
    const out = tagger.enrich(item({ ...solarPark, section: 'Religion' }));
    expect(out.topics[0]).not.toBe('religion');
  });

  it('reads a label with accents and an ending as the section word it spells', () => {
    // Romanian and Latvian spellings of "culture" (the rules list "cultura", "kultur").
    for (const section of ['Cultură', 'Kultūra']) {
      const out = tagger.enrich(item({ section, title: 'Zzz qqq', body: ['Xxx yyy www vvv.'] }));
      expect(out.topics, section).toContain('arts-culture-entertainment-and-media');
    }
  });
});
