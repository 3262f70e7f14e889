import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Header shapes of round T, in invented text: the masthead over the menu, the player under it. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("the site's menu printed as one row", () => {
  it('ends the masthead: the slogan over it is no headline, the row no standfirst', () => {
    const item = dump([
      'Papur Bro Cwm Tawel',
      'Newyddion y cwm, bob wythnos',
      'Hafan | Newyddion | Chwaraeon | Amaethyddiaeth | Diwylliant | Ysgolion | Cysylltu | Archif Lluniau Hanesyddol',
      'Chwilio...',
      'Amaethyddiaeth',
      "Sioe'r ddefaid yn dychwelyd i gae'r pentref ar ôl tair blynedd",
      "Cynhaliwyd y sioe ar gae'r pentref ddydd Sadwrn ac fe ddaeth dros fil o ymwelwyr i weld y defaid gorau o'r ardal.",
      "Dywedodd y trefnwyr eu bod yn falch iawn o weld cymaint o deuluoedd ifanc yn dod i'r sioe eleni am y tro cyntaf.",
      "Roedd y gystadleuaeth ar gyfer yr oen gorau yn arbennig o gryf, gyda ffermwyr o bob rhan o'r sir yn cymryd rhan.",
      "Bydd y sioe nesaf yn cael ei chynnal ym mis Medi, ac mae'r pwyllgor yn chwilio am wirfoddolwyr i helpu.",
      '© 2026 Papur Bro Cwm Tawel',
    ]);
    expect(item.title).toBe("Sioe'r ddefaid yn dychwelyd i gae'r pentref ar ôl tair blynedd");
    expect(item.section).toBe('Amaethyddiaeth');
  });

  it("ends the masthead when run together in capitals, the day's date under the slogan", () => {
    const item = dump([
      'VALLA HÄÄL',
      'Kogukonna leht igale perele',
      'Esmaspäev, 9. märts 2026',
      'AVALEHT UUDISED VALD SPORT KULTUUR ARVAMUS KUULUTUSED',
      'Uudised',
      'Küla raamatukogu saab uue katuse ja lugemistoa',
      'Autor: Mari Tamm',
      'Vallavalitsus eraldas remondiks 48 000 eurot ning tööd peaksid valmima enne suvist lugemislaagrit.',
      'Raamatukogu juhataja sõnul on vana katus lasknud vett läbi juba kolm talve ja mitu riiulit raamatuid on kahjustada saanud.',
      'Uus lugemistuba tuleb teisele korrusele, kus seni asus laoruum, ning sinna mahub korraga paarkümmend last.',
      'Ehitaja valitakse hanke kaudu märtsi lõpus ning tööd algavad aprillis.',
      '© 2026 Valla Hääl',
    ]);
    expect(item.title).toBe('Küla raamatukogu saab uue katuse ja lugemistoa');
    expect(item.section).toBe('Uudised');
    expect(item.summary).not.toBe('AVALEHT UUDISED VALD SPORT KULTUUR ARVAMUS KUULUTUSED');
  });
});

describe('a date row in words no list knows under the headline', () => {
  it("is who and when: the live player's line under the menu is no headline", () => {
    const item = dump([
      'REDIO OBODO NSUKKA 98.1 FM — Olu Ndị Obodo',
      'Ụlọ | Akụkọ | Mmemme | Egwuregwu | Egwu | Ekele | Kpọtụrụ anyị',
      '▶ NA NDỤ',
      'Ugbu a na ikuku: Mmemme Ụtụtụ ya na Chinedu Okafor',
      '🔊 ━━━━━○── LIVE',
      'Gee anyị na ekwentị gị: budata ngwa Redio Obodo Nsukka ugbu a',
      'Ahụike',
      'Ụlọ ọgwụ obodo Ibagwa meghere ọzọ mgbe ọnwa anọ gachara',
      'Emelitere: 3 Ọnwa Atọ 2026 – 14:20 · Ebipụtara: 3 Ọnwa Atọ 2026 – 10:05',
      "Ihe karịrị narị ndị ọrịa nwetara ọgwụgwọ n'ụbọchị mbụ, mana ndị nọọsụ kwuru na ọgwụ ezughi.",
      "Ndị nọọsụ na-enyere ndị ọrịa aka n'ọnụ ụzọ ụlọ ọgwụ ahụ.",
      'Foto: Emeka Nwosu / Redio Obodo Nsukka',
      'IBAGWA – Ụlọ ọgwụ obodo Ibagwa meghere ọzọ na Mọnde mgbe emechiri ya ọnwa anọ maka ịrụzi elu ụlọ na ụlọ ịmụ nwa.',
      'Onye isi ahụike mpaghara kwuru na ọrụ ahụ ji ihe karịrị nde naira iri asatọ, nke kansụl na ndị enyemaka kwụrụ.',
      'Ndị obodo kwuru na ha na-eje ije ihe karịrị kilomita iri gaa ụlọ ọgwụ mpaghara mgbe emechiri ụlọ ọgwụ ahụ.',
      'Ikike niile echekwara © 2026 Redio Obodo Nsukka 98.1 FM',
    ]);
    expect(item.title).toBe('Ụlọ ọgwụ obodo Ibagwa meghere ọzọ mgbe ọnwa anọ gachara');
    expect(item.section).toBe('Ahụike');
    expect(item.summary).not.toBe('Gee anyị na ekwentị gị: budata ngwa Redio Obodo Nsukka ugbu a');
  });
});
