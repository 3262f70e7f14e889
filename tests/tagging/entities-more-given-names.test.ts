/**
 * Given names of the fake-data package's regional locales (Swiss German, Zulu, Senegalese French,
 * Yoruba…) tell where a person's name begins after a role word no list knows: the role is left
 * out. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { isAnyGivenName } from '../../src/tagging/given-names.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const peopleOf = (title: string, body: string[]): string[] =>
  tagger.enrich(item({ title, body })).entities.people;

describe('given names of regional locales', () => {
  it('are given names, but not a function word that a locale lists ("El")', () => {
    expect(isAnyGivenName('Mthunzi')).toBe(true);
    expect(isAnyGivenName('Reto')).toBe(true);
    expect(isAnyGivenName('El')).toBe(false);
  });

  it('start a name after a role in a language without word lists', () => {
    const people = peopleOf('Soko jipya lafunguliwa mjini', [
      'Soko jipya la samaki limefunguliwa rasmi jana asubuhi baada ya ujenzi wa miezi kumi na minne.',
      'Mkurugenzi Mthunzi Khumalo amesema wafanyabiashara wote watapata meza mpya bila malipo.',
      'Soko litafunguliwa kila siku kuanzia saa kumi na mbili asubuhi, kwa mujibu wa taarifa ya halmashauri.',
    ]);
    expect(people).toContain('Mthunzi Khumalo');
    expect(people).not.toContain('Mkurugenzi Mthunzi Khumalo');
  });

  it('start a name after a German role noun', () => {
    const people = peopleOf('Neue Seilbahn am Hausberg eröffnet', [
      'Die neue Seilbahn am Hausberg ist am Samstag nach zwei Jahren Bauzeit in Betrieb gegangen.',
      '„Wir sind stolz auf das Ergebnis“, sagte Bergführer Reto Zumbühl bei der Eröffnung vor zahlreichen Gästen.',
      'Die Bahn soll künftig auch im Sommer fahren, hieß es.',
    ]);
    expect(people).toContain('Reto Zumbühl');
    expect(people).not.toContain('Bergführer Reto Zumbühl');
  });
});
