/**
 * Russian and Ukrainian regions named by an adjective and a region noun are given in the
 * nominative, whatever case the sentence puts them in. Invented places throughout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../src/model/item.js';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { regionNominative } from '../../src/tagging/entities/russian.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const names = (title: string, body: string[]): string[] => {
  const e: NormalisedItem['entities'] = tagger.enrich(item({ title, body })).entities;
  return [...e.people, ...e.places, ...e.organisations];
};

describe('regionNominative', () => {
  it('gives Russian districts and regions in the nominative', () => {
    expect(regionNominative(['Сосновском', 'районе'])).toEqual(['Сосновский', 'район']);
    expect(regionNominative(['Озёрном', 'районе'])).toEqual(['Озёрный', 'район']);
    expect(regionNominative(['Белозерской', 'области'])).toEqual(['Белозерская', 'область']);
  });

  it('keeps a stressed masculine "-ой" where the noun is in its dictionary form', () => {
    expect(regionNominative(['Лесной', 'район'])).toEqual(['Лесной', 'район']);
    expect(regionNominative(['Лесной', 'области'])).toEqual(['Лесная', 'область']);
  });

  it('gives Ukrainian ones in the nominative', () => {
    expect(regionNominative(['Соснівському', 'районі'])).toEqual(['Соснівський', 'район']);
    expect(regionNominative(['Вербівську', 'область'])).toEqual(['Вербівська', 'область']);
    expect(regionNominative(['Калинівської', 'громади'])).toEqual(['Калинівська', 'громада']);
  });

  it('leaves other names as they are', () => {
    expect(regionNominative(['Сосновском', 'заводе'])).toEqual(['Сосновском', 'заводе']);
    expect(regionNominative(['Анна', 'Петрова'])).toEqual(['Анна', 'Петрова']);
    expect(regionNominative(['Example', 'district'])).toEqual(['Example', 'district']);
  });
});

describe('regions in articles', () => {
  it('names a Russian district repeated in the locative in the nominative', () => {
    const found = names('В Сосновском районе откроют новый каток', [
      'Новый каток в Сосновском районе откроют в декабре, сообщили в администрации.',
      'Жители Сосновского района давно просили об этом, говорят чиновники.',
      'Работы в Сосновском районе начнутся через неделю.',
    ]);
    expect(found).toContain('Сосновский район');
    expect(found).not.toContain('Сосновском районе');
  });

  it('names a Ukrainian region in an oblique case in the nominative', () => {
    const found = names('Негода залишила без світла села', [
      'Уночі негода пошкодила лінії електропередач у Соснівському районі на Вербівщині.',
      'Найбільше постраждали села на півночі, повідомили у міській раді.',
      'Ремонтні бригади працюють по всій Вербівській області з самого ранку.',
    ]);
    expect(found).toContain('Соснівський район');
    expect(found).toContain('Вербівська область');
  });
});
