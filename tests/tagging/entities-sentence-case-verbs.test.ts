/**
 * A body named in sentence case is a capitalised word always before the same lowercase word
 * ("Statens vegvesen"); a lowercase word the article also writes after other words is a word of
 * its own (a verb, "and"), not the second word of a name. Invented text.
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

describe('a capitalised word twice before the same verb', () => {
  it('makes no sentence-case name', () => {
    const e = tagger.enrich(
      item({
        title: 'Nýggj ferja til Kelbyoy',
        body: [
          'Í gjár sigldi nýggja ferjan fyrstu ferð. Kelbyoy hevur bíðað eftir henni í tvey ár, og fólkið hevur fagnað.',
          'Ferjan tekur 200 ferðafólk og 40 bilar. Nú hevur bygdin fingið betri samband, og Kelbyoy hevur eisini fingið nýggja havn.',
          'Skipsreiðaríið sigur, at ferðaætlanin hevur verið broytt.',
        ],
      }),
    ).entities;
    const names = [...e.people, ...e.places, ...e.organisations];
    expect(names).not.toContain('Kelbyoy hevur');
  });
});
