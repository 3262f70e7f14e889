/**
 * A place named in several cases in a language no function-word list covers, whose letters tell
 * a declining language (Croatian here): one entity, in the form that stands without a
 * preposition. Invented text and place.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a place declined in an unlisted language', () => {
  it('is one entity in its bare form', () => {
    const names = namesOf('Novi most otvoren za promet', [
      'Stanovnici su u subotu prvi put prešli novi most u Kravinju, koji su radnici gradili gotovo dvije godine.',
      'Autobusi iz Kravinja sada do grada stižu dvadeset minuta brže nego prije, rekli su vozači.',
      'Mještani kažu kako Kravinje dugo čeka ovu cestu te da će sada lakše dolaziti na posao i u školu.',
      'Radovi na pristupnim cestama nastavit će se do kraja ljeta, a cijena je veća od planirane.',
    ]);
    expect(names).toContain('Kravinje');
    expect(names).not.toContain('Kravinju');
    expect(names).not.toContain('Kravinja');
  });
});
