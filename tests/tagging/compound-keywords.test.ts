/**
 * In a language that writes compounds as one word, a word that runs on well past a prefix keyword
 * is another word the keyword only qualifies ("sportbåtar", pleasure boats, are boats): it counts
 * as a compound's known part does, by half. An ending ("sporten") is still the keyword's word.
 * Invented story and taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { buildTopicIndex, pickTopics, scoreTopics } from '../../src/tagging/topics.js';
import { parseTaxonomy } from '../../src/tagging/taxonomy.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';

const taxonomy = parseTaxonomy(
  `weights: { vocabulary: 0, annotations: 0, cognates: 0 }
topics:
  sport:
    keywords: [sport*]
  economy-business-and-finance:
    keywords: [sluss*]
`,
  'invented.yaml',
);

const story = (title: string, body: string[], language: 'sv' | 'en' = 'sv') => ({
  title,
  lede: [],
  body,
  sections: [],
  entities: [],
  language,
});

describe('a prefix keyword inside a compound', () => {
  const index = buildTopicIndex(taxonomy, buildVocabulary());
  it('lets the compound’s head lead: boats waiting at a lock are no sports story', () => {
    const scores = scoreTopics(index, story('Sportbåtar får vänta vid slussen', ['Sportbåtarna köar.']));
    expect(pickTopics(index, scores)[0]).toBe('economy-business-and-finance');
    expect(scores.get('sport')).toBeCloseTo(2.25);
  });
  it('counts the keyword with an ending in full', () => {
    expect(scoreTopics(index, story('Sporten vid slussen', [])).get('sport')).toBe(4);
  });
  it('counts a long run in full in a language that does not join its compounds', () => {
    expect(scoreTopics(index, story('Sportsmanship at the lock', [], 'en')).get('sport')).toBe(4);
  });
});
