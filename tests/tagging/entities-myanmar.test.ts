/**
 * Names in Myanmar script from invented sentences: a person after the honorific glued to the
 * name, towns and regions glued to the noun of their kind, each with the phrase's particles off;
 * "ဦး" counting people and a verb made an adjective name nobody.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('names in Myanmar script', () => {
  it('reads honorific persons, towns and regions, and not people counted', () => {
    const e = caselessEntities([
      'ရွှေပြည်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းကြောင်း ဦးသန်းထိုက်ဝင်းက ပြောသည်။',
      'နတ်မြေတိုင်းဒေသကြီးရှိ ကျောင်းများ ပိတ်ထားသည်။ ဆရာဝန် ၈ ဦးပါဝင်သော အဖွဲ့ ရောက်ရှိသည်။',
    ]);
    expect(e.people).toEqual(['သန်းထိုက်ဝင်း']);
    expect(e.places).toEqual(expect.arrayContaining(['ရွှေပြည်', 'နတ်မြေတိုင်းဒေသကြီး']));
    expect(e.places).toHaveLength(2);
  });
});
