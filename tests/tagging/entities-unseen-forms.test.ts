/**
 * Name forms seen on unseen sites: in languages we have no word lists for, a place named in a
 * case form ("Elbasanit", Albanian genitive) is the listed place less a short ending, and a
 * turned comma inside a word is a letter of it (Uzbek "o‘"); a head word that several bodies
 * named in full share ("Council") names none of them alone. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../src/model/item.js';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const entitiesOf = (title: string, body: string[]): NormalisedItem['entities'] =>
  tagger.enrich(item({ title, body })).entities;

describe('case forms of listed places in a language we do not read', () => {
  it('gives the listed name for a form with a short ending', () => {
    const e = entitiesOf('Rruga e re drejt qendrës së qytetit', [
      'Punimet për rrugën e re në hyrje të Elbasanit do të përfundojnë në pranverë, njoftoi bashkia.',
      'Rruga do të lidhë lagjet e reja me qendrën e Elbasanit dhe me stacionin e autobusëve.',
      'Banorët kanë kërkuar prej vitesh një rrugë më të sigurt për fëmijët që shkojnë në shkollë.',
    ]);
    const all = [...e.people, ...e.places, ...e.organisations];
    expect(all).toContain('Elbasan');
    expect(all).not.toContain('Elbasanit');
  });
});

describe('a turned comma inside a word', () => {
  it('is a letter of the name (Uzbek o‘ and g‘), not where it ends', () => {
    const e = entitiesOf('Yo‘lda ta’mirlash ishlari boshlandi', [
      'Viloyat hokimligi xabariga ko‘ra, Chust – Qo‘rg‘ontepa avtomobil yo‘lida ta’mirlash ishlari boshlandi.',
      'Ishlar Qo‘rg‘ontepa tumanida kuzgacha davom etadi, deyiladi xabarda.',
    ]);
    const all = [...e.people, ...e.places, ...e.organisations];
    expect(all).toContain('Qo‘rg‘ontepa');
    expect(all).not.toContain('Qo');
  });
});

describe('a head word shared by several bodies', () => {
  it('is no name on its own when the article names two of them in full', () => {
    const e = entitiesOf('Council backs new bus lanes on Quarry Road', [
      'Bus lanes will be painted along Quarry Road after Marlow Vale District Council approved the plan on Tuesday.',
      'Westshire County Council will pay for the signs, its transport team said.',
    ]);
    expect(e.organisations).toEqual(
      expect.arrayContaining(['Marlow Vale District Council', 'Westshire County Council']),
    );
    expect(e.organisations).not.toContain('Council');
  });
});
