/**
 * Desk names (desk-names.ts, from CLDR's character-group labels): a section label that is, whole,
 * a locale's word for sport, weather, travel, food and drink or nature names its topic in languages
 * the program has no vocabulary or section rule for. Invented items.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { buildTopicIndex, deskKey, deskNames, scoreTopics } from '../../src/tagging/topics.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';
import { normalisedItem as item } from '../support/items.js';

const desks = deskNames();
let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('desk names', () => {
  it('are keyed by the label folded: case, accents and marks do not matter', () => {
    expect(deskKey('Thời  Tiết')).toBe('thoi tiet');
    expect(deskKey('İdman')).toBe('idman');
    expect(desks.get(deskKey('Thời tiết'))).toBe('weather');
    expect(desks.get(deskKey('İdman'))).toBe('sport');
    expect(desks.get(deskKey('Wisata'))).toBe('lifestyle-and-leisure');
  });

  it('name no topic for a label that is only part of a name or no name at all', () => {
    expect(desks.get(deskKey('Tiết'))).toBeUndefined();
    expect(desks.get(deskKey('Tin tức'))).toBeUndefined();
  });

  it('give an article in a language the program cannot read its section’s topic', () => {
    // Invented words: nothing in the text says weather; only the desk does.
    const tagged = tagger.enrich(
      item({
        title: 'Zorvath melindu kastaro pel nivrade',
        section: 'Thời tiết',
        body: ['Zorvath melindu kastaro pel nivrade oska.', 'Trimbe olvasto nerrik pel vandu.'],
      }),
    );
    expect(tagged.topics[0]).toBe('weather');
  });

  it('do not count twice where a section rule already names the same topic', async () => {
    const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
    const index = buildTopicIndex(taxonomy, buildVocabulary());
    const label = (section: string) =>
      scoreTopics(index, { title: '', lede: [], body: [], sections: [section], entities: [] });
    // "sport" is both a section rule and CLDR's English name of the group: one full section weight
    // (beside what the vocabulary reads in the word), not two.
    expect(label('Sport').get('sport')).toBeLessThan(2 * taxonomy.weights.section);
    expect(label('Idman').get('sport')).toBeGreaterThanOrEqual(taxonomy.weights.section);
  });
});
