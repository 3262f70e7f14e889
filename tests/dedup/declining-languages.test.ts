import { describe, expect, it } from 'vitest';
import {
  FingerprintMemo,
  compareFingerprints,
  compareSlots,
  findNearDuplicates,
  fingerprint,
  nearDupKeys,
} from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

const NOW = '2026-02-11T18:00:00.000Z';

const same = (a: ReturnType<typeof item>, b: ReturnType<typeof item>): boolean =>
  compareFingerprints(fingerprint(a), fingerprint(b)).same;

/**
 * Invented Lithuanian stories. Lithuanian is no language a text is guessed to be written in, but
 * an item that declares it is read with its own function words and Snowball stemmer: a regional
 * rewrite declines the same nouns otherwise ("upė", "upės"; "tiltas", "tiltą").
 */
describe('a declared language read with its own stemmer', () => {
  const wire = item({
    guid: 'bns-4410',
    language: 'lt',
    title: 'Patvinusi Vingrės upė apsėmė tiltą Rudiškiuose, eismas sustabdytas',
    published: '2026-03-17T07:40:00+02:00',
    body: [
      'Antradienio naktį patvinusi Vingrės upė apsėmė tilto prieigas Rudiškių miestelyje. Tiltas uždarytas eismui, pranešė savivaldybės administracija.',
      'Pasak gelbėtojų, vandens lygis per naktį pakilo beveik dviem metrais. Iš pakrantės namų evakuotos trys šeimos, joms suteiktas laikinas būstas mokykloje.',
      'Vairuotojai raginami rinktis aplinkkelį, kelininkai tikrina, ar srovė nepažeidė tilto atramų.',
    ],
  });
  const regional = item({
    guid: 'rk-9902',
    language: 'lt',
    title: 'Vingrės potvynis Rudiškiuose: tiltas uždarytas, trys šeimos evakuotos',
    published: '2026-03-17T09:15:00+02:00',
    body: [
      'Rudiškiuose antradienio naktį patvino Vingrė: vanduo apsėmė prieigas prie tilto, kurį savivaldybės administracija uždarė eismui.',
      'Gelbėtojų teigimu, per naktį vandens lygis upėje pakilo beveik du metrus. Trims šeimoms teko palikti namus pakrantėje, jos apgyvendintos mokykloje.',
      'Kelininkai tikrina tilto atramas, vairuotojams siūloma važiuoti aplinkkeliu.',
    ],
  });
  const otherTown = item({
    guid: 'rk-9907',
    language: 'lt',
    title: 'Kalnėnuose dėl potvynio atšauktos pamokos',
    published: '2026-03-17T10:30:00+02:00',
    body: [
      'Kalnėnų gimnazijoje trečiadienį pamokos nevyks, nes vanduo apsėmė mokyklos rūsį ir katilinę.',
      'Direktorė sako, kad mokiniai mokysis nuotoliniu būdu, kol bus išsiurbtas vanduo ir patikrinta elektros instaliacija.',
    ],
  });

  it('finds the regional rewrite to be the wire story', () => {
    expect(same(wire, regional)).toBe(true);
  });

  it('keeps another flooding story of that morning apart', () => {
    expect(same(wire, otherTown)).toBe(false);
    expect(same(regional, otherTown)).toBe(false);
  });
});

/**
 * Invented German draws. German capitalises every noun, so a radio line's "Keno-Gewinnzahlen"
 * and the full result's "Zahlen der Ziehung" fill a slot with different capitalised words; the
 * full result's headline says "Keno-Gewinnzahlen" too, so they are one wording, not two fillings.
 */
describe('a slot filled with a word the other item states in its headline', () => {
  const radio = item({
    guid: 'rw-k-311',
    language: 'de',
    title: 'Keno-Gewinnzahlen vom Dienstag',
    published: '2026-09-08T19:35:00Z',
    body: [
      'Die Keno-Gewinnzahlen vom Dienstag, 8. September: 3, 14, 22, 29, 41, 56, 63. Alle Angaben ohne Gewähr.',
    ],
  });
  const result = item({
    guid: 'keno-2026-251',
    language: 'de',
    title: 'Keno-Gewinnzahlen vom Dienstag, 8. September 2026',
    published: '2026-09-08T19:20:00Z',
    body: [
      'Die Zahlen der Ziehung vom Dienstag, 8. September 2026, lauten 3, 14, 22, 29, 41, 56, 63.',
      'Plus 5: 7 1 9 3 2. Alle Angaben ohne Gewähr.',
    ],
  });
  const nextRadio = item({
    guid: 'rw-k-318',
    language: 'de',
    title: 'Keno-Gewinnzahlen vom Mittwoch',
    published: '2026-09-09T19:35:00Z',
    body: [
      'Die Keno-Gewinnzahlen vom Mittwoch, 9. September: 5, 11, 18, 33, 47, 52, 68. Alle Angaben ohne Gewähr.',
    ],
  });

  it('does not count as a slot filled differently', () => {
    const [a, b] = [fingerprint(radio), fingerprint(result)];
    expect(compareSlots(a.slots, b.slots, [a.words, a.numbers], [b.words, b.numbers]).differ).toBe(0);
  });

  it('lets the radio line of a draw merge with the full result', () => {
    expect(same(radio, result)).toBe(true);
  });

  it('keeps the next draw apart: its numbers fill the slots anew', () => {
    expect(same(nextRadio, result)).toBe(false);
    expect(same(nextRadio, radio)).toBe(false);
  });
});

/** An invented Slovak agency report and a local paper's same-day rewrite of it (see below). */
const slovakAgency = item({
  guid: 'tasr-2211',
  language: 'sk',
  title: 'Mliekáreň v Horných Ostrovanoch prepustí 140 zamestnancov',
  published: '2026-02-11T11:05:00+01:00',
  body: [
    'Spoločnosť Ostrovianska mliekáreň do konca apríla prepustí 140 z celkových 310 zamestnancov, oznámilo vedenie firmy. Dôvodom je pokles výkupných cien a drahá energia.',
    'Výrobu tvrdých syrov presunie do závodu v Poľsku, v Horných Ostrovanoch zostane balenie a expedícia.',
    'Odbory chcú rokovať o odstupnom, úrad práce ponúkne prepusteným rekvalifikačné kurzy.',
  ],
});
const slovakLocal = item({
  guid: 'hn-5530',
  language: 'sk',
  title: 'Ostrovianska mliekáreň škrtá: o prácu príde 140 ľudí, starosta žiada stretnutie',
  published: '2026-02-11T16:40:00+01:00',
  body: [
    'V Horných Ostrovanoch zasiahla správa, že miestny mliekarenský podnik do apríla pošle domov 140 ľudí, ako blesk z jasného neba. Firma zamestnáva 310 pracovníkov, väčšinou z obce a okolia.',
    'Vedenie prepúšťanie zdôvodňuje nižšími cenami mlieka a drahými energiami; časť výroby sa sťahuje do Poľska.',
    '„Žiadam okamžité stretnutie s vedením, ide o tretinu pracovných miest v obci,“ povedal starosta Marek Hudák.',
  ],
});

/**
 * Invented Slovak stories. Slovak has no stemmer here, and a local paper's rewrite of the agency
 * report in its own sentences shares few word forms with it; what it keeps are the report's
 * telling figures (140 of 310 jobs) and the firm's town.
 */
describe('a same-day rewrite in a declining language that states the same figures', () => {
  const school = item({
    guid: 'hn-5534',
    language: 'sk',
    title: 'Horné Ostrovany dostanú 2,4 milióna eur na prístavbu školy',
    published: '2026-02-11T17:20:00+01:00',
    body: [
      'Obec Horné Ostrovany získala z eurofondov 2,4 milióna eur na prístavbu základnej školy pre 180 žiakov, povedal starosta Marek Hudák.',
      'Stavba sa má začať v júni a skončiť do dvoch rokov.',
    ],
  });
  const nextDraw = [
    ['Loto: vyžrebované čísla 7. 2. 2026', '3, 9, 17, 25, 31, 44', '2,1'],
    ['Loto: vyžrebované čísla 11. 2. 2026', '5, 12, 19, 27, 36, 48', '2,3'],
  ].map(([title, numbers, pot], i) =>
    item({
      guid: `loto-${i}`,
      language: 'sk',
      title,
      published: `2026-02-${i ? '11' : '07'}T20:30:00+01:00`,
      body: [
        `Vyžrebované čísla: ${numbers}. Hlavnú výhru nezískal nikto, istina v ďalšom žrebovaní je ${pot} milióna eur.`,
      ],
    }),
  );

  it('is the same story: every telling figure agrees, and the town', () => {
    expect(same(slovakAgency, slovakLocal)).toBe(true);
  });

  it('keeps the town’s other story of that afternoon apart: its figures are its own', () => {
    expect(same(slovakAgency, school)).toBe(false);
    expect(same(slovakLocal, school)).toBe(false);
  });

  it('keeps two draws apart', () => {
    const [a, b] = nextDraw as [ReturnType<typeof item>, ReturnType<typeof item>];
    expect(same(a, b)).toBe(false);
  });
});

describe('candidates for a rewrite that shares its figures, not its words', () => {
  it('are found through the store by a pair of its telling figures', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await applyItems(tx, [slovakAgency], { sourceKey: 'agency', source: null, fetchedAt: NOW }, NOW, memo);
    const stored = tx.items().at(-1);
    const found = await findNearDuplicates(tx, nearDupKeys(slovakLocal), 'local', memo);
    expect(found?.closest.id).toBe(stored?.id);
  });
});

/**
 * Invented Basque stories: an agency report and a local paper's retelling in its own sentences.
 * Basque builds each word from a stem and suffixes, so the two share almost no word form, and at
 * most a chance band key; they share the report's figures (58 of 190 jobs).
 */
const basqueAgency = item({
  guid: 'iaa-7731',
  language: 'eu',
  title: 'Harrizabalgo galdategiak 58 langile kaleratuko ditu',
  published: '2026-04-14T09:30:00+02:00',
  body: [
    'Harrizabalgo Burdingintza galdategiak 58 langile kaleratuko ditu 190etik, enpresak gaur goizean jakinarazi duenez. Kaleratzeak maiatzaren 20an hasiko dira.',
    'Zuzendaritzaren arabera, eskaera berrien falta eta energiaren prezio altua dira arrazoiak. Pieza handien galdaketa Poloniako lantegi batera eramango dute.',
    'Sindikatuek greba deitzea ez dute baztertzen, eta ostiralean batzarra egingo dute langileekin.',
  ],
});
const basqueLocal = item({
  guid: 'hh-2210',
  language: 'eu',
  title: 'Kolpe gogorra herriarentzat: 58 lanpostu galduko dira galdategian',
  published: '2026-04-14T15:50:00+02:00',
  body: [
    'Burdingintzako langileek albiste txarra jaso zuten atzo goizeko bileran: 58 lagunek lana galduko dute. Galdategian 190 pertsonak egiten dute lan, gehienak herrikoak.',
    '„Herri osoarentzat kolpe latza da hau“, adierazi du Nerea Agirre alkateak, eta bilera eskatu dio zuzendaritzari.',
    'Enpresak dioenez, ez dago eskaera nahikorik eta energia garestitu egin da. Lanaren zati bat Poloniara joango da.',
  ],
});

describe('figure keys', () => {
  it('are a pair of telling figures each, for an item that states a few', () => {
    const keys = nearDupKeys(basqueAgency).bands.filter((k) => k.startsWith('lsh:f:'));
    expect(keys.length).toBeGreaterThan(0);
    const draw = item({
      title: 'Loto',
      language: 'eu',
      body: [
        'Zenbaki sarituak: 12, 17, 23, 31, 38, 44, 46, 49 eta 51. Osagarria: 27. Hurrengo zozketan 14 milioi euro.',
      ],
    });
    expect(nearDupKeys(draw).bands.filter((k) => k.startsWith('lsh:f:'))).toEqual([]);
  });

  it('make a retelling that shares almost no word form a candidate, then one story', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await applyItems(tx, [basqueAgency], { sourceKey: 'agency', source: null, fetchedAt: NOW }, NOW, memo);
    const stored = tx.items().at(-1);
    const found = await findNearDuplicates(tx, nearDupKeys(basqueLocal), 'local', memo);
    expect(found?.closest.id).toBe(stored?.id);
  });
});
