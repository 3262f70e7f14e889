/**
 * One keyword in two forms ("gallery", "galleries") is one word, not several agreeing: it still
 * yields to a topic that distinct words back. Invented story and taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { buildTopicIndex, pickTopics, scoreTopics } from '../../src/tagging/topics.js';
import { parseTaxonomy } from '../../src/tagging/taxonomy.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';

const taxonomy = parseTaxonomy(
  `weights: { vocabulary: 0, annotations: 0, cognates: 0 }
topics:
  arts-culture-entertainment-and-media:
    keywords: [galler*]
  disaster-accident-and-emergency-incident:
    keywords: [crash, injured]
`,
  'invented.yaml',
);

const story = {
  title: 'Lorry crash shuts the motorway gallery',
  lede: [],
  body: [
    'The galleries stayed shut.',
    'One driver was injured.',
    'Traffic queued outside the gallery.',
    'Gallery lights were checked.',
  ],
  sections: [],
  entities: [],
  language: 'en' as const,
};

describe('a keyword in several forms', () => {
  const index = buildTopicIndex(taxonomy, buildVocabulary());
  it('counts as one word beside a topic of distinct words', () => {
    expect(pickTopics(index, scoreTopics(index, story))[0]).toBe('disaster-accident-and-emergency-incident');
  });
});
