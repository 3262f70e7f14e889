/**
 * German capitalises every noun, so a noun after "in" looks like a place ("in Betrieb", "in
 * Auftrag"): a word of the spoken word list is a noun there, unless it names a continent. Invented texts.
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

const placesOf = (title: string, body: string[]): string[] =>
  tagger.enrich(item({ title, body })).entities.places;

describe('a German noun after a place preposition', () => {
  it('is no place when speech uses the word', () => {
    const places = placesOf('Neue Schleuse am Kelbinger Kanal', [
      'Die neue Schleuse am Kanal ist seit Montag in Betrieb, teilte das Wasserstraßenamt mit.',
      'Der Bau war vor drei Jahren in Auftrag gegeben worden und hat rund zwölf Millionen Euro gekostet.',
      'Für die Schifffahrt nach Europa sei die Strecke wichtig, sagte ein Sprecher der Reederei.',
    ]);
    expect(places).not.toContain('Betrieb');
    expect(places).not.toContain('Auftrag');
    expect(places).toContain('Europa');
  });
});
