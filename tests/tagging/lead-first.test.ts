/**
 * The primary topic is the one headline and lede clearly weigh most, when the whole text picked it
 * too; a near tie in the lead leaves the whole text's order. Invented scores.
 */
import { describe, expect, it } from 'vitest';
import { leadFirst } from '../../src/tagging/load.js';
import type { TopicSlug } from '../../src/tagging/taxonomy.js';

const lead = (entries: [TopicSlug, number][]): Map<TopicSlug, number> => new Map(entries);

describe('leadFirst', () => {
  it('puts first the picked topic the lead clearly favours', () => {
    // A strike story whose long body dwells on the economy.
    const picked: TopicSlug[] = ['economy-business-and-finance', 'labour'];
    expect(
      leadFirst(
        picked,
        lead([
          ['labour', 8],
          ['economy-business-and-finance', 2],
        ]),
      ),
    ).toEqual(['labour', 'economy-business-and-finance']);
  });

  it('keeps the order on a near tie in the lead', () => {
    const picked: TopicSlug[] = ['weather', 'disaster-accident-and-emergency-incident'];
    expect(
      leadFirst(
        picked,
        lead([
          ['disaster-accident-and-emergency-incident', 5],
          ['weather', 4],
        ]),
      ),
    ).toEqual(picked);
  });

  it("keeps the whole text's first topic when the lead's few words do not make up its margin", () => {
    // A council vote whose standfirst mentions its cost once: the body is all about the vote.
    const picked: TopicSlug[] = ['politics', 'economy-business-and-finance'];
    const whole = lead([
      ['politics', 3],
      ['economy-business-and-finance', 1.4],
    ]);
    const lede = lead([
      ['economy-business-and-finance', 1.2],
      ['politics', 0.2],
    ]);
    expect(leadFirst(picked, lede, whole)).toEqual(picked);
    // The same lead moves it when the whole text's margin is within what the lead says.
    const close = lead([
      ['politics', 2],
      ['economy-business-and-finance', 1.4],
    ]);
    expect(leadFirst(picked, lede, close)).toEqual(['economy-business-and-finance', 'politics']);
  });

  it('never brings in a topic the whole text did not pick', () => {
    const picked: TopicSlug[] = ['sport'];
    expect(
      leadFirst(
        picked,
        lead([
          ['politics', 9],
          ['sport', 1],
        ]),
      ),
    ).toEqual(['sport']);
    expect(leadFirst([], lead([['politics', 9]]))).toEqual([]);
  });
});
