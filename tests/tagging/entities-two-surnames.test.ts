/**
 * A person named with a given name and two surnames, then by the first surname or by both:
 * one entity. Invented text and people.
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

describe('a person with two surnames', () => {
  it('is one entity when called by the first surname', () => {
    const names = namesOf('La cooperativa abre un nuevo mercado', [
      'La presidenta de la cooperativa, Lucía Ortega Ibarra, anunció el lunes la apertura de un mercado cubierto en el barrio.',
      'Según Ortega, el mercado tendrá cuarenta puestos y abrirá todos los días de la semana.',
      'Los vecinos llevaban años pidiendo un espacio así, explicó la dirigente a los periodistas.',
    ]);
    expect(names).toContain('Lucía Ortega Ibarra');
    expect(names).not.toContain('Ortega');
  });

  it('is one entity when called by both surnames', () => {
    const names = namesOf('La cooperativa abre un nuevo mercado', [
      'La presidenta de la cooperativa, Lucía Ortega Ibarra, anunció el lunes la apertura de un mercado cubierto en el barrio.',
      'Según Ortega Ibarra, el mercado tendrá cuarenta puestos y abrirá todos los días de la semana.',
      'Los vecinos llevaban años pidiendo un espacio así, explicó la dirigente a los periodistas.',
    ]);
    expect(names).toContain('Lucía Ortega Ibarra');
    expect(names).not.toContain('Ortega Ibarra');
  });
});
