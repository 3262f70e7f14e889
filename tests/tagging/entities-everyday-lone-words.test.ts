/**
 * A lone capitalised word of everyday speech in the text's language names a body by its kind
 * ("la Région", "la Polizia") or is an ordinary word written with a capital: no entity. A listed
 * place and a given name stay. Invented texts.
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

describe('a lone everyday word with a capital', () => {
  it('is no entity', () => {
    const names = namesOf('Une nouvelle passerelle pour Kelbonne', [
      'La commune de Kelbonne inaugurera sa passerelle au printemps, après deux ans de travaux sur la rivière.',
      'Le projet coûte quatre millions d’euros, dont la moitié est financée par la Région, selon le maire Julien Arvieux.',
      'Les cyclistes pourront rejoindre Lyon sans passer par la route nationale.',
    ]);
    expect(names).not.toContain('Région');
    expect(names).toContain('Lyon');
    expect(names).toContain('Julien Arvieux');
  });
});
