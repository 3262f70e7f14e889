/**
 * A name spelled out before its acronym in brackets is one name, across the lowercase words of
 * its language that a run of capitals stops at: the acronym's letters tell where it begins.
 * Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a name spelled out before its acronym', () => {
  it('joins the words of a language the lists lack across its short joining words', () => {
    const names = namesOf('Alimi apempha thandizo', [
      'Bungwe la Alimi a Mpunga (BAM) linati mitengo ya feteleza yakwera kwambiri chaka chino.',
      'Mkulu wa bungweli anati alimi ambiri sangakwanitse kugula feteleza wokwanira.',
    ]);
    expect(names).toContain('Bungwe la Alimi a Mpunga');
    expect(names).not.toContain('Mpunga');
  });

  it('keeps a lowercase word that gives a letter, and an "and" the acronym spells', () => {
    const names = namesOf('Hotels count the cost of the closure', [
      "Selon l'Office des forêts du Nord (OFN), la route restera fermée jusqu'à la fin du mois.",
      'The Harbour and Canal Association of Westmarch (HCAW) said bookings had fallen by half.',
    ]);
    expect(names).toContain('Office des forêts du Nord');
    expect(names).toContain('Harbour and Canal Association of Westmarch');
    expect(names).not.toContain('Harbour');
    expect(names).not.toContain('Canal Association of Westmarch');
  });

  it('keeps a spelled-out name whole, and a run the acronym does not spell as it was', () => {
    const names = namesOf('Ferry workers walk out', [
      'Members of the Lakeside Union of Ferry Workers (LUFW) stopped work on Monday.',
      'Talks with Harbour Lines (XYZ) failed, said Ana Soto.',
    ]);
    expect(names).toContain('Lakeside Union of Ferry Workers');
    expect(names).toContain('Harbour Lines');
  });
});
