/**
 * In a language the word lists do not know, a name that the text prints bare and also with a
 * short ending glued on ("Exampleton", "Exampletonman") is one name, given in its bare form.
 * Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a name with an ending glued on, in an unknown language', () => {
  it('is named by the bare form the text also prints', () => {
    const names = namesOf('Paray chayamun llaqtakunaman', [
      'Kay semanapi paray chayamusqanmanta, Huallpamarca llaqtapi runakuna mana yakuyoq kanku, nispa umalliq willarqan.',
      'Umalliqmi nirqan 200 qatana, hampikuna hinallataq mikhuy Huallpamarcaman apachisqa kanqa kay semanapi.',
      'Runakunaqa Huallpamarca plazapi huñunakurqanku, chaymanta umalliqwan rimarqanku.',
    ]);
    expect(names).toContain('Huallpamarca');
    expect(names).not.toContain('Huallpamarcaman');
  });
});
