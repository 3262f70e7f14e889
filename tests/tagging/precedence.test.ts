/**
 * Two picked topics in a near tie are ordered as the taxonomy's precedence pairs say; a clear lead
 * keeps the scores' order, and pairs not listed are left alone. Invented scores.
 */
import { describe, expect, it } from 'vitest';
import { byPrecedence } from '../../src/tagging/load.js';
import { parseTaxonomy, type TopicSlug } from '../../src/tagging/taxonomy.js';

const ECONOMY = 'economy-business-and-finance';
const rules = {
  precedence: [['environment', ECONOMY]] as [TopicSlug, TopicSlug][],
  precedenceBand: 0.5,
};
const scores = (entries: [TopicSlug, number][]): Map<TopicSlug, number> => new Map(entries);

describe('byPrecedence', () => {
  it('puts the leader of a listed pair first on a near tie', () => {
    // A reservoir story: the tariff rise scores a little more than the water itself.
    expect(
      byPrecedence(
        rules,
        [ECONOMY, 'environment'],
        scores([
          [ECONOMY, 6],
          ['environment', 4],
        ]),
      ),
    ).toEqual(['environment', ECONOMY]);
  });

  it('keeps the order when the first topic leads clearly', () => {
    expect(
      byPrecedence(
        rules,
        [ECONOMY, 'environment'],
        scores([
          [ECONOMY, 10],
          ['environment', 3],
        ]),
      ),
    ).toEqual([ECONOMY, 'environment']);
  });

  it('leaves pairs the taxonomy does not list, and a single topic, alone', () => {
    const tie = scores([
      ['weather', 5],
      ['disaster-accident-and-emergency-incident', 5],
    ]);
    expect(byPrecedence(rules, ['weather', 'disaster-accident-and-emergency-incident'], tie)).toEqual([
      'weather',
      'disaster-accident-and-emergency-incident',
    ]);
    expect(byPrecedence(rules, [ECONOMY], scores([[ECONOMY, 5]]))).toEqual([ECONOMY]);
  });

  it('reads pairs from taxonomy YAML and refuses an unknown slug', () => {
    const yaml = 'topics: {}\nprecedence:\n  - [environment, economy-business-and-finance]\n';
    expect(parseTaxonomy(yaml, 't.yaml').precedence).toEqual([['environment', ECONOMY]]);
    expect(() => parseTaxonomy('topics: {}\nprecedence:\n  - [environment, money]\n', 't.yaml')).toThrow(
      /precedence/,
    );
  });
});
