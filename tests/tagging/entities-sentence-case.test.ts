/**
 * Bodies named in sentence case, from invented sentences: a quoted name after a lowercase noun,
 * a capitalised word always written before the same lowercase word, in one case or another, and a
 * capitalised word before an institution noun.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';
import {
  headedNames,
  institutionNoun,
  quotedNames,
  recurringNames,
} from '../../src/tagging/entities/sentence-case.js';

const nothingKnown = (): boolean => false;

describe('names in sentence case', () => {
  it('reads a quoted name of two or three words after a lowercase noun', () => {
    const texts = [
      'Bendrovė „Šiaurės statyba“ pranešė apie naują gamyklą.',
      'El programa «Escuela y campo» sigue abierto.',
      'Film „Ostatni pociąg“ pokazano w kinie.',
    ];
    // "y" is a function word: a title with one is a phrase, not a body's name.
    expect(quotedNames(texts, null)).toEqual(['Šiaurės statyba', 'Ostatni pociąg']);
  });

  it('reads a capitalised word always written before the same lowercase word as one name', () => {
    const texts = [
      'I helgen Fylkets vegkontor stengte veien.',
      'Onsdag sa Fylkets vegkontoret at arbeidet går etter planen.',
      'Kari Holm bor i Lia. Lia ligger ved fjorden.',
    ];
    expect(recurringNames(texts, 'nb', nothingKnown)).toEqual(['Fylkets vegkontor']);
  });

  it('leaves a pair alone when the word stands elsewhere, only opens sentences, or is known', () => {
    const texts = [
      'Borgen sier at alt er klart. Borgen sier også at det blir dyrt.',
      'Møtet i Sandvik kommune var kort, og Sandvik kommune svarte ikke.',
      'Saken gjelder Sandvik.',
    ];
    expect(recurringNames(texts, 'nb', nothingKnown)).toEqual([]);
    const person = (w: string): boolean => w === 'Nordahl';
    expect(recurringNames(['Også Nordahl sier nei.', 'Derfor Nordahl sier det.'], 'nb', person)).toEqual([]);
  });

  it('tells an institution noun in a case form or closing a compound, in the nominative', () => {
    expect(institutionNoun('kaupungin')).toBe('kaupunki');
    expect(institutionNoun('taidemuseossa')).toBe('taidemuseo');
    expect(institutionNoun('kommuna')).toBe('kommuna');
    expect(institutionNoun('kommunala')).toBeNull();
    expect(institutionNoun('ruokaa')).toBeNull();
  });

  it('reads a capitalised word before an institution noun as a body, with the place after it', () => {
    const texts = [
      'Kesälän kaupunki kertoi torstaina uudesta aikataulusta.',
      'Asukkaat kävivät Kesälän kaupungin taidemuseossa.',
      'Obec se dohodla, že Mestna občina Dolinje Brdo plača polovico.',
    ];
    expect(headedNames(texts, null)).toEqual(['Kesälän kaupunki', 'Mestna občina Dolinje Brdo']);
  });

  it('leaves a sentence-opening word before a noun in another case, and words also written in lowercase', () => {
    const texts = ['Opozice radnici kritizuje.', 'Uusi kaupunki syntyy, sanoi hän; uusi tie myös.'];
    expect(headedNames(texts, null)).toEqual([]);
  });
});

describe('sentence-case names repeated by the title', () => {
  let tagger: Tagger;
  beforeAll(async () => {
    tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
  });

  it('does not count the title, which restates the lead, as a second use of a pair', () => {
    const e = tagger.enrich(
      item({
        title: 'Raitiotien jatke Sorvalaan viivästyy vuodella',
        body: [
          'Kaupunki kertoi torstaina, että raitiotien jatkeen rakentaminen Sorvalaan viivästyy vuodella.',
          'Urakoitsija on löytänyt maasta pilaantunutta maata, joka on kuljetettava pois ennen töiden jatkamista.',
          'Uusi aikataulu esitellään lautakunnalle maaliskuussa.',
        ],
      }),
    ).entities;
    expect(e.organisations).not.toContain('Sorvalaan viivästyy');
  });
});
