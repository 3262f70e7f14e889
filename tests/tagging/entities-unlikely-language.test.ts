/**
 * The article's language is told by its function words only where its letters allow it: a
 * creole whose words happen to be German function words ("dir", "bis", "er") but whose letters
 * read as French is not read as German, where every noun is capitalised and a listed town needs a
 * preposition to count. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { languageOf, type Segment } from '../../src/tagging/entities/index.js';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

const BODY = [
  'Sindika bann chauffeurs bis in dir ki la grève pou continuer. Plis ki 300 bis pa finn sorti dan dépôts, ek bann passagers in attane longtemps lor route.',
  'Minis transport in dir ki li pou rencontre sindika. Enn chauffeur in dir: nou pa capave continuer coumsa, bann bis er trop vieux.',
  'Bann écoles ti ouvert, me bann élèves ti bizin marcher ant Vacoas ek Curepipe, dir bann parents, parski okenn bis er passé.',
];

const segments = (texts: string[]): Segment[] => texts.map((text) => ({ text, weight: 1, headline: false }));

describe('a language its letters rule out', () => {
  it('is not told from function words another language shares', () => {
    expect(languageOf(segments(BODY))).not.toBe('de');
  });

  it('leaves the towns of such a text standing', () => {
    const names = namesOf('Lagrev bis lor tou zil', BODY);
    expect(names).toContain('Vacoas');
    expect(names).toContain('Curepipe');
  });
});
