/**
 * A weekday or month of a language we have no word lists for is capitalised in a date as a name
 * is, but names nothing: CLDR knows it. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../src/model/item.js';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { CALENDAR, isCalendarForm, isCalendarSpelling } from '../../src/tagging/words.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const names = (title: string, body: string[]): string[] => {
  const e: NormalisedItem['entities'] = tagger.enrich(item({ title, body })).entities;
  return [...e.people, ...e.places, ...e.organisations];
};

describe('weekdays and months of languages we do not read', () => {
  it('knows the long names CLDR has for them', () => {
    // Malagasy Thursday, Shona Sunday, Sundanese Saturday.
    for (const w of ['alakamisy', 'svondo', 'saptu']) expect(CALENDAR.has(w)).toBe(true);
  });

  it('takes none of them for a name', () => {
    const found = names('Tsena vaovao any Ambatomirahavavy', [
      'Nosokafana ny Alakamisy teo ny tsena vaovao any Ambatomirahavavy, hoy Rakotomalala Hery.',
      'Hiverina ny mpivarotra rehetra ny Alakamisy manaraka, ary hovana ny lalana ny Svondo.',
    ]);
    expect(found).not.toContain('Alakamisy');
    expect(found).not.toContain('Svondo');
  });

  it('reads only their names as written, not stems that ordinary words share', () => {
    // Tswana "Labone" (Thursday) and Igbo "Mọnde" (Monday) would take in these words.
    expect(isCalendarForm('Labour')).toBe(false);
    expect(isCalendarForm('Mondego')).toBe(false);
  });

  it('knows them with tone marks CLDR leaves off', () => {
    // Ewe Sunday and Thursday with a high tone written, as a page may print them.
    expect(isCalendarSpelling('Kɔ́siɖa')).toBe(true);
    expect(isCalendarSpelling('Yawóɖa')).toBe(true);
    // As CLDR writes it, the table has it already; short words stay names.
    expect(isCalendarSpelling('Kɔsiɖa')).toBe(false);
    expect(isCalendarSpelling('Móna')).toBe(false);
    const found = names('Asi yeye ʋu le Keta', [
      'Wowu asi yeye la le Keta le Kɔ́siɖa, Kofi Mensah gblɔ na nyadzɔdzɔŋlɔlawo.',
      'Asitsalawo katã agbugbɔ ava le Yawóɖa si gbɔna, eye mɔ la aʋu le Kɔ́siɖa.',
    ]);
    expect(found).not.toContain('Kɔ́siɖa');
    expect(found).not.toContain('Yawóɖa');
    expect(found).toContain('Kofi Mensah');
  });
});
