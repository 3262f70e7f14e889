/**
 * A listed town that opens several sentences and nowhere else is the place they are about, while
 * a town's name that is also a word the article writes in lower case stays a word. Invented text
 * about real towns of the long city list, in Slovak, which no function-word list covers.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a listed town opening sentences', () => {
  it('counts when it opens two of them', () => {
    const names = namesOf('Nová plaváreň otvorí v lete', [
      'Bardejov chce otvoriť novú krytú plaváreň ešte pred letnými prázdninami, povedal primátor.',
      'Stavba stála viac ako šesť miliónov eur a financovala sa z úveru aj z fondov.',
      'Bardejov bude mať po otvorení plavárne aj nové parkovisko pre dvesto áut pri štadióne.',
    ]);
    expect(names).toContain('Bardejov');
  });

  it('does not count a word the article writes in lower case too', () => {
    const names = namesOf('Oprava mosta sa predĺži', [
      'Most cez rieku zostane zatvorený až do konca septembra, oznámila správa ciest.',
      'Robotníci našli v pilieroch trhliny, ktoré treba opraviť skôr, než sa starý most otvorí.',
      'Most bol postavený pred šesťdesiatimi rokmi a odvtedy ho opravovali iba dvakrát.',
    ]);
    expect(names).not.toContain('Most');
  });
});
