/**
 * German capitalises every noun, so a small town of the long city list counts only with more
 * evidence: a preposition that places it, or an article that names it three times and more,
 * never with an article before it. Invented stories; the towns are real entries of the list.
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

const places = (title: string, body: string[]): string[] =>
  tagger.enrich(item({ title, body })).entities.places;

describe('small German towns', () => {
  it('counts a town the article names three times, never after an article or "in"', () => {
    const found = places('Hallenbad Alsfeld: Eintritt wird teurer', [
      'Alsfeld erhöht die Preise im Hallenbad. Ab Januar kostet eine Tageskarte sechs Euro statt fünf.',
      'Der Bürgermeister sagte, für Alsfeld sei das Bad unverzichtbar. Die Energiekosten seien gestiegen.',
      'Der Förderverein will Unterschriften gegen die Erhöhung sammeln.',
    ]);
    expect(found).toContain('Alsfeld');
  });

  it('leaves a town of the long list named only twice', () => {
    const found = places('Eintritt wird teurer', [
      'Homberg erhöht die Preise im Hallenbad. Ab Januar kostet eine Tageskarte sechs Euro statt fünf.',
      'Der Bürgermeister sagte, für Homberg sei das Bad unverzichtbar. Die Energiekosten seien gestiegen.',
    ]);
    expect(found).not.toContain('Homberg');
  });

  it('leaves a word the article also gives an article', () => {
    const found = places('Der Lauterbach tritt über die Ufer', [
      'Lauterbach meldet Hochwasser. Der Lauterbach ist nach dem Regen stark angeschwollen.',
      'Anwohner sagten, für Lauterbach sei das der höchste Stand seit Jahren. Lauterbach bleibt gesperrt.',
    ]);
    expect(found).not.toContain('Lauterbach');
  });
});
