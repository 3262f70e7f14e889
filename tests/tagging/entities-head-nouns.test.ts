/**
 * Bodies named by an institution noun that the rest of the name follows in lower case, from
 * invented sentences: the noun comes from the wordnet-derived table of the article's language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';
import { headNounNames } from '../../src/tagging/entities/head-nouns.js';

describe('bodies named by an institution noun and lowercase words', () => {
  it('runs on to a capitalised name that a linking word brings in after an ordinary word', () => {
    const texts = ['Ieri, la Spitalul orășenesc din Valea Morii au sosit medici noi.'];
    expect(headNounNames(texts, 'ro')).toEqual(['Spitalul orășenesc din Valea Morii']);
  });

  it('keeps the noun and the one word that qualifies it, the shorter mention folded in', () => {
    const texts = [
      'Segundo a Polícia municipal, o trânsito foi desviado.',
      'A nota da Polícia municipal chegou tarde.',
    ];
    expect(headNounNames(texts, 'pt')).toEqual(['Polícia municipal']);
  });

  it('leaves a noun alone at a sentence start, inside a capitalised name, or before a linking word', () => {
    const texts = [
      'Nemocnice oznámila nové ordinační hodiny.',
      'Podle Krajské Nemocnice Sever lékaři chybí.',
      'Podle zprávy Ministerstvo dopravy a spojů odmítlo.',
    ];
    expect(headNounNames(texts, 'cs')).toEqual([]);
  });

  it('reads nothing in English, which capitalises every word of such a name', () => {
    expect(headNounNames(['Officials at the Council said council tax will rise.'], 'en')).toEqual([]);
  });
});

describe('institution nouns in a tagged article', () => {
  let tagger: Tagger;
  beforeAll(async () => {
    tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
  });

  it('names the body in full and drops the noun found alone', () => {
    const e = tagger.enrich(
      item({
        title: 'Orașul primește o nouă secție de pediatrie',
        body: [
          'Ieri, la Spitalul orășenesc din Valea Morii au sosit doi medici pediatri, a anunțat conducerea.',
          'Directorul a spus că secția va fi deschisă din martie și că pacienții nu vor mai merge la Cluj.',
          'Banii au venit din bugetul local, iar lucrările au durat patru luni, potrivit primăriei.',
        ],
      }),
    ).entities;
    expect(e.organisations).toContain('Spitalul orășenesc din Valea Morii');
    expect(e.organisations).not.toContain('Spitalul');
  });
});
