import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented items (Swahili, a language whose words dedup does not otherwise read): a water board's
 * standing notice of a planned cut, the same wording each time, its headline naming the day.
 */
const notice = (guid: string, day: string, published: string, language: string | null = 'sw') =>
  item({
    guid,
    url: null,
    language,
    title: `Tangazo la Mamlaka ya Maji Mjini Pwani: kukatika kwa maji ${day}`,
    published,
    body: [
      'Mamlaka ya Maji Mjini Pwani inawatangazia wateja wake kwamba huduma ya maji itakatika kuanzia saa tatu asubuhi hadi saa kumi jioni kwa ajili ya matengenezo ya bomba kuu.',
      'Maeneo yatakayoathirika ni Mtaa wa Bandari, Mtaa wa Sokoni na Kijiji cha Mnazi. Wateja wanaombwa kuhifadhi maji ya kutosha.',
    ],
  });

describe('a headline’s weekday in the item’s own language', () => {
  it('keeps apart two days’ notices worded alike', () => {
    const tuesday = notice('mw-1', 'Jumanne', '2026-04-13T06:00:00+03:00');
    const wednesday = notice('mw-2', 'Jumatano', '2026-04-14T06:00:00+03:00');
    expect(compareFingerprints(fingerprint(tuesday), fingerprint(wednesday))).toMatchObject({
      same: false,
      reason: 'different weekday',
    });
  });

  it('is read only in that language’s own text', () => {
    const tuesday = notice('mw-1', 'Jumanne', '2026-04-13T06:00:00+03:00', null);
    const wednesday = notice('mw-2', 'Jumatano', '2026-04-14T06:00:00+03:00', null);
    expect(compareFingerprints(fingerprint(tuesday), fingerprint(wednesday)).reason).not.toBe(
      'different weekday',
    );
  });
});
