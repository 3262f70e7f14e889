/**
 * A capitalised article inside a sentence, after a lowercase word, belongs to the name it opens
 * ("basisschool De Linde", "near Te Awa"): the language writes its articles in lowercase
 * otherwise. At a sentence start the capital proves nothing. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a capitalised article inside a sentence', () => {
  it('opens the name of a school in Dutch', () => {
    const names = namesOf('Schoolreis gaat toch door', [
      'De leerlingen van basisschool De Linde gaan volgende week toch op schoolreis, zo meldt de directie.',
      'De bus vertrekt om acht uur bij het plein en komt rond vijf uur terug.',
    ]);
    expect(names).toContain('De Linde');
    expect(names).not.toContain('Linde');
  });

  it('opens the name of a place in an English text', () => {
    const names = namesOf('Farmers plant new pine block', [
      'Two farms near Te Awakiri planted a new block of pine this winter, the growers said.',
      'The trees will be ready for harvest in about twenty-eight years.',
    ]);
    expect(names).toContain('Te Awakiri');
    expect(names).not.toContain('Awakiri');
  });
});
