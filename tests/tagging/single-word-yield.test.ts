/**
 * A topic one word alone backs does not outrank one several distinct words back: the one word is
 * often read in another sense (a motorway "gallery" is a tunnel). Invented story and taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { buildTopicIndex, pickTopics, scoreTopics, singleWordsYield } from '../../src/tagging/topics.js';
import { parseTaxonomy } from '../../src/tagging/taxonomy.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';

const taxonomy = parseTaxonomy(
  `weights: { vocabulary: 0, annotations: 0 }
maxTopics: 2
topics:
  arts-culture-entertainment-and-media:
    sections: [culture]
    keywords: [gallery]
  disaster-accident-and-emergency-incident:
    keywords: [crash, injured]
`,
  'invented.yaml',
);

const story = {
  title: 'Lorry crash shuts the motorway gallery',
  lede: [],
  body: [
    'The gallery stayed shut for six hours.',
    'One driver was injured.',
    'Traffic queued outside the gallery.',
    'Engineers checked the gallery lights.',
  ],
  sections: [],
  entities: [],
  language: 'en' as const,
};

describe('a topic backed by one word yields to one backed by several', () => {
  const index = buildTopicIndex(taxonomy, buildVocabulary());
  it('puts the topic of several words first', () => {
    expect(pickTopics(index, scoreTopics(index, story))[0]).toBe('disaster-accident-and-emergency-incident');
  });
  it('keeps the one word’s topic first when a section backs it too', () => {
    const scores = scoreTopics(index, { ...story, sections: ['Culture'] });
    expect(pickTopics(index, scores)[0]).toBe('arts-culture-entertainment-and-media');
  });
  /** Scores of a single-word arts topic at 10 and a weather topic of three words at `weather`. */
  const yielded = (weather: number): Map<string, number> =>
    singleWordsYield(
      new Map([
        ['arts-culture-entertainment-and-media', 10],
        ['weather', weather],
      ]),
      new Map([
        ['arts-culture-entertainment-and-media', 1],
        ['weather', 3],
      ]),
    );
  it('lifts a near contender just above the single word, leaving the top score as it was', () => {
    expect(yielded(6).get('weather')).toBeCloseTo(10.1);
    expect(yielded(6).get('arts-culture-entertainment-and-media')).toBe(10);
  });
  it('lifts a contender as strong as a secondary topic would be', () => {
    expect(yielded(4).get('weather')).toBeCloseTo(10.1);
  });
  it('leaves a far weaker topic where it is', () => {
    expect(yielded(2).get('weather')).toBe(2);
    expect(yielded(3).get('weather')).toBe(3);
  });
});
