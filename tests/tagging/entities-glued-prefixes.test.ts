/**
 * Names with a lowercase prefix glued to their capital, as Bantu languages write their class and
 * case prefixes ("muHarare") and Irish its eclipsis: the name is found without the prefix, where
 * the article writes several such words. Invented texts and places.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const namesOf = (title: string, body: string[]): string[] => {
  const e = tagger.enrich(item({ title, body })).entities;
  return [...e.people, ...e.places, ...e.organisations];
};

describe('a prefix glued to a name', () => {
  it('finds the name after the prefix', () => {
    const names = namesOf('Mvura yadzoka muKelbamba mushure memazuva mashanu', [
      'Vagari vekuKelbamba vakawana mvura zvakare mangwanani, mushure mekunge pombi huru yaputika pedyo neDzivarembe.',
      'Mumwe wevagari, Tendai Marufu, akati vana vakanga vasingakwanise kuenda kuchikoro nekuda kwekushaikwa kwemvura.',
      'Vashandi vakashanda husiku hwese kuti vagadzirise pombi iyi, uye mvura yakasvika kudzimba dzese masikati.',
    ]);
    expect(names).toContain('Kelbamba');
    expect(names).toContain('Dzivarembe');
    expect(names.some((n) => /^\p{Ll}/u.test(n))).toBe(false);
  });

  it('reads a weekday after a prefix as a weekday', () => {
    const names = namesOf('Amanzi abuyile eKelbamba', [
      'Abahlali baseKelbamba bafumene amanzi kwakhona ngoLwesibili emva kokuba ipayipi liqhekekile eDzivarembe.',
      'Abasebenzi bamasipala basebenze ubusuku bonke ukuze balungise ipayipi.',
    ]);
    expect(names).toContain('Kelbamba');
    expect(names).not.toContain('Lwesibili');
  });

  it('reads no brand in English as a glued name', () => {
    const names = namesOf('Readers move to the ePaper', [
      'The Kelby Courier will print its last weekday edition in March, and readers will find the ePaper on their phones.',
      'Subscribers keep their accounts, the publisher Anna Whitlow said.',
    ]);
    expect(names).not.toContain('Paper');
  });
});
