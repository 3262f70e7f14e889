import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { parseByline, wordCount } from '../../../src/normalise/text/lines.js';

/**
 * Shapes of round E, in invented text: a desk signing a story, ... The page words are invented
 * or of an invented language, so that no word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Valley Courier', 'Home', 'News', 'Sport', 'Opinion', 'Login | Register'];

const PROSE = [
  'The council voted on Monday to sell the old mill to a local builder after three years of losses and two failed auctions.',
  'The new owner plans to turn the mill into flats for young families and a small cafe by the river.',
  'Residents of the street fear that traffic will grow during the building works next year.',
  'The council will hear objections at a public meeting in January before the sale is signed.',
];

const TAIL = ['Tags: mill, council, housing', '© 2026 The Valley Courier. All rights reserved.'];

describe('a desk or team signing a story', () => {
  for (const desk of ['Sports Desk', 'Metro Team', 'City Bureau', 'Business Staff'])
    it(`is no author ("By ${desk}")`, () => {
      expect(parseByline(`By ${desk}`)?.names ?? null).toBeNull();
      const item = dump([
        ...MENU,
        'News',
        'Old mill sold to local builder after three years of losses',
        'Flats for young families planned by the river',
        `By ${desk}`,
        'Posted On: Saturday, 05 December 2026 21:15',
        ...PROSE,
        ...TAIL,
      ]);
      expect(item.byline).toBeNull();
    });
  it('keeps a role that stands for one writer ("By Staff Reporter")', () => {
    expect(parseByline('By Staff Reporter')?.names).toBe('Staff Reporter');
  });
});

/** Invented Tibetan-script text: syllables joined by the tsheg, clauses closed by the shad. */
const syllables = (n: number, seed = 0): string => {
  const pool = ['ཀ', 'ཁང', 'གསར', 'ལྷག', 'ཆོས', 'མཐོ', 'རྒྱལ', 'སྟོན', 'བཟང', 'དཔལ', 'ཞིང', 'འབྲས'];
  return Array.from({ length: n }, (_, i) => pool[(i * 7 + seed) % pool.length]).join('་');
};

describe('a script that marks syllables, not words (Tibetan)', () => {
  it('counts a line of many syllables as many words', () => {
    expect(wordCount(`${syllables(16)}།`)).toBeGreaterThanOrEqual(6);
    expect(wordCount(`${syllables(2)}།`)).toBeLessThanOrEqual(2);
  });
  it('takes the long line under the section for the headline, not a menu label', () => {
    const item = dump([
      `${syllables(4, 1)}།`,
      ...[2, 3, 4, 5, 6].map((s) => `${syllables(2, s)}།`),
      `${syllables(2, 3)}།`,
      `${syllables(16, 2)}།`,
      `${syllables(18, 5)}།`,
      ...[3, 4, 6, 8].map((s) => `${syllables(20, s)}། ${syllables(16, s + 1)}།`),
      `© 2026 ${syllables(4, 1)}།`,
    ]);
    expect(item.title).toBe(`${syllables(16, 2)}།`);
    expect(item.section).toBe(`${syllables(2, 3)}།`);
  });
});
