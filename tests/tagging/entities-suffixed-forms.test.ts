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
    const names = namesOf('Runakuna yakuta mañakunku', [
      'Kamachiq rimarqan tutamanta: kunan Huallpamarca llaqtapi tiyaq runakunaqa yakuta mañakunku.',
      'Paqarin kamachiqkuna Huallpamarcaman rinqaku mikhuyta hinallataq hampikunata apaspa.',
      'Chaymanta Huallpamarca runakunaqa hatun plazapi tantanakurqanku kamachiqkunawan rimanankupaq.',
    ]);
    expect(names).toContain('Huallpamarca');
    expect(names).not.toContain('Huallpamarcaman');
  });
});
