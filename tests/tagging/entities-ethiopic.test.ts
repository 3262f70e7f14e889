/**
 * Names in Ethiopic script from invented Amharic sentences: a person after a title, a place
 * before the noun of its kind with its prefix left off, a body from its genitive to its
 * institution word, and a short country name in a script that writes syllables.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('names in Ethiopic script', () => {
  it('reads a titled person, a town before "city", a bureau from its genitive, and a country', () => {
    const e = caselessEntities([
      'በሆሮዳ ከተማ አዲስ ትምህርት ቤት ተከፈተ።',
      'የሆሮዳ ወረዳ ትምህርት ቢሮ ኃላፊ አቶ ከበደ ታምራት ትምህርት ቤቱ 400 ተማሪዎችን ይቀበላል ብለዋል።',
      'ተማሪዎቹ ከኤርትራ ድንበር አቅራቢያ ይመጣሉ፤ ኤርትራ ቅርብ ናት።',
    ]);
    expect(e.people).toEqual(['ከበደ ታምራት']);
    expect(e.places).toEqual(expect.arrayContaining(['ሆሮዳ', 'ኤርትራ']));
    expect(e.organisations).toEqual(['የሆሮዳ ወረዳ ትምህርት ቢሮ']);
  });
});
