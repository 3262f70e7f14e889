/**
 * topicFeatures lists the evidence scoring reads, for bench/topics-learn.mjs to learn from: each
 * term by the reader that found it (here a pivot dictionary and the German vocabulary) and the
 * topics those terms point at, counted by where they fall.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { buildTopicIndex, topicFeatures, type TopicIndex } from '../../src/tagging/topics.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';

let index: TopicIndex;
beforeAll(async () => {
  index = buildTopicIndex(await readTaxonomy(BUNDLED_TAXONOMY), buildVocabulary());
});

const story = (title: string, body: string) => ({
  title,
  lede: [],
  body: [body],
  sections: [],
  entities: [],
});

describe('topicFeatures', () => {
  it('names a dictionary-read term and the topic it points at, the headline counting more', () => {
    const f = topicFeatures(
      index,
      story('La squadra perde la partita in casa', 'Dopo la partita i tifosi hanno applaudito comunque.'),
    );
    const title = index.taxonomy.weights.title;
    expect(f.get('p:it:partita')).toBe(title + index.taxonomy.weights.body);
    expect(f.get('t:sport') ?? 0).toBeGreaterThan(0);
  });
  it('names a vocabulary term by its language and stem', () => {
    const f = topicFeatures(
      index,
      story('Neues Stadion für den Verein', 'Das Stadion fasst zwanzigtausend Gäste.'),
    );
    expect(f.has('v:de:stadion')).toBe(true);
  });
});
