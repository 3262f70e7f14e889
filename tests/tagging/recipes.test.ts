/**
 * A recipe is told by its ingredient list, a run of short lines that each open with an amount, in
 * any language: its words (flour, cream, oven) are too everyday for a vocabulary to read as a
 * subject. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { hasIngredientList, isIngredientLine } from '../../src/tagging/recipes.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('ingredient lists', () => {
  it('make a recipe a lifestyle story', () => {
    const cake = item({
      title: 'Pflaumenkuchen vom Blech nach Omas Art',
      body: [
        'Im September stehen die Bäume voll, und dieser Kuchen ist schnell gemacht.',
        'Zutaten',
        '300 g Mehl',
        '150 g kalte Butter',
        '1 Päckchen Vanillezucker',
        '2 Eier',
        '1,5 kg Pflaumen',
        'Den Teig kneten, ausrollen und mit den halbierten Pflaumen belegen.',
      ],
    });
    expect(tagger.enrich(cake).topics[0]).toBe('lifestyle-and-leisure');
  });

  it('are runs of short lines opening with amounts', () => {
    expect(isIngredientLine('2,5 dl cream')).toBe(true);
    expect(isIngredientLine('½ tsp salt')).toBe(true);
    // A ranking's number, a result row, a long sentence are no ingredients.
    expect(isIngredientLine('1. Harbour Town')).toBe(false);
    expect(isIngredientLine('Harbour Town 2')).toBe(false);
    expect(isIngredientLine('12 families were moved out of the flats on the quay on Sunday night')).toBe(
      false,
    );
    expect(hasIngredientList(['3 dead', '12 injured', 'The road stays closed.'])).toBe(false);
    expect(hasIngredientList(['200 g flour', '100 g butter', '2 eggs', '1 lemon'])).toBe(true);
  });
});
