/**
 * A country named in the article's own language keeps the article's spelling: the expected name
 * is the one the reader sees ("Germania", "Francja"), not the English one the spellings are
 * grouped under. Invented texts.
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

describe('a country in the spelling of the article', () => {
  it('keeps the Italian name', () => {
    const places = placesOf('Esportazioni di vino in calo verso la Germania', [
      'Le esportazioni di vino della cooperativa verso la Germania sono calate del dieci per cento nel primo trimestre, secondo i dati diffusi ieri.',
      'Il presidente della cooperativa ha detto che i prezzi sono ancora troppo alti per i clienti tedeschi e che il mercato si riprenderà solo in estate.',
      'Le vendite in Germania restano comunque la prima voce del bilancio, davanti a quelle in Austria.',
    ]);
    expect(places).toContain('Germania');
    expect(places).not.toContain('Germany');
  });

  it('keeps the Polish name', () => {
    const places = placesOf('Przewoźnik uruchamia nowe połączenie do Francji', [
      'Przewoźnik kolejowy uruchomi od czerwca nowe połączenie nocne, które będzie kursować trzy razy w tygodniu, a bilety trafią do sprzedaży w maju.',
      'Pociąg pojedzie przez Niemcy i dotrze do stolicy rano, podał rzecznik spółki, który dodał, że na trasie będą dwa przystanki.',
      'Według spółki to pierwsze takie połączenie z Polski od ponad dziesięciu lat i jest na nie duże zapotrzebowanie.',
    ]);
    expect(places).toContain('Niemcy');
    expect(places).not.toContain('Germany');
  });
});
