/**
 * The IPTC vocabulary as topic evidence, with rules turned off so only the vocabulary speaks:
 * compounds read by their known parts (German, Dutch, Swedish), spelt-out numbers and other
 * subjectless English words left out, and words spread over many concepts weighing little.
 */
import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../src/tagging/compounds.js';
import { detectLanguage, readsAs } from '../../src/tagging/language.js';
import { createTagger } from '../../src/tagging/load.js';
import { parseTaxonomy } from '../../src/tagging/taxonomy.js';
import { topicTokens } from '../../src/tagging/topics.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';
import { normalisedItem as item } from '../support/items.js';

const vocabulary = buildVocabulary();
/** No keywords, phrases or sections: topics come from the vocabulary alone. */
const vocabularyOnly = createTagger(
  parseTaxonomy('version: 1\nweights: { vocabulary: 1 }\ntopics: {}\n', 'vocabulary-only.yaml'),
);

describe('compounds', () => {
  const known = (words: string[]) => (w: string) => words.includes(w);
  it('finds the known words inside a compound, longest first and without overlap', () => {
    expect(compoundParts('Landeshochwasserzentrum', known(['wasser', 'hochwasser', 'zentrum']))).toEqual([
      'hochwasser',
      'zentrum',
    ]);
    expect(compoundParts('brandweerkazerne', known(['brandweer']))).toEqual(['brandweer']);
    expect(compoundParts('skolstrejken', known(['strejk', 'skola']))).toEqual(['strejk']);
  });
  it('gives nothing for a word known whole or too short to split', () => {
    expect(compoundParts('Hochwasser', known(['hochwasser', 'wasser']))).toEqual([]);
    expect(compoundParts('Wasser', known(['wasser']))).toEqual([]);
  });
  it('reads a German story told in compounds', () => {
    const out = vocabularyOnly.enrich(
      item({
        title: 'Landeshochwasserzentrum warnt vor steigenden Pegeln an der Mulde',
        body: [
          'Nach tagelangen Niederschlägen hat das Landeshochwasserzentrum für mehrere Landkreise die zweithöchste Warnstufe ausgerufen.',
          'Die Hochwasserlage bleibt nach Angaben der Behörde bis zum Wochenende angespannt; erste Keller wurden geflutet.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('words that name no subject', () => {
  it('leaves spelt-out numbers and pronouns out of the English vocabulary', () => {
    const en = vocabulary.get('en');
    for (const w of ['two', 'ten', 'first', 'often']) expect(en?.words.has(w)).toBe(false);
    // Words that do name subjects stay.
    expect(en?.words.get('flood')?.[0]?.[0]).toBe('disaster-accident-and-emergency-incident');
  });
  it('weighs a word of many definitions below a word of one concept', () => {
    const en = vocabulary.get('en');
    const weight = (s: string): number => Math.max(0, ...(en?.words.get(s) ?? []).map(([, w]) => w));
    expect(weight('team')).toBeLessThan(weight('flood'));
  });
  it('does not call a story sport for its teams and two sides', () => {
    const out = vocabularyOnly.enrich(
      item({
        title: 'Two teams of engineers clear landmines from farmland near the old front line',
        body: [
          'Two teams of deminers have cleared ten hectares of farmland of mines and unexploded ordnance left from the war.',
          'The teams work in pairs, and the armed conflict left thousands of explosive devices in the fields.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('conflict-war-and-peace');
  });
});

describe('compounds of any length', () => {
  it('does not try to split a run of letters longer than any compound', () => {
    const known = (w: string) => w === 'wasser';
    expect(compoundParts(`${'x'.repeat(100_000)}wasser`, known)).toEqual([]);
  });
});

describe('both Portuguese variants', () => {
  it('reads a Brazilian story by the Brazilian labels as well as the European ones', () => {
    const out = vocabularyOnly.enrich(
      item({
        title: 'Terremoto atinge cidades do litoral e deixa desabrigados',
        body: [
          'Um terremoto de magnitude 6,1 atingiu cidades do litoral na madrugada desta terça-feira, segundo o serviço geológico.',
          'A Defesa Civil informou que dezenas de casas desabaram e que centenas de moradores estão desabrigados.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('languages IPTC translated after the 2019 export', () => {
  it('reads a Norwegian story by IPTC’s Norwegian labels (no definitions)', () => {
    expect(vocabulary.get('nb')?.words.size).toBeGreaterThan(500);
    const out = vocabularyOnly.enrich(
      item({
        title: 'Flom og ras stenger veiene i dalen',
        body: [
          'Etter et døgn med kraftig regn har flom og flere ras stengt tre veier i dalen, opplyser kommunen.',
          'Beboere i de laveste husene ble evakuert natt til lørdag, og det er sendt ut farevarsel om mer nedbør.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('disaster-accident-and-emergency-incident');
  });
  it('reads an Arabic story by IPTC’s Arabic labels (no definitions)', () => {
    expect(vocabulary.get('ar')?.words.size).toBeGreaterThan(500);
    const out = vocabularyOnly.enrich(
      item({
        title: 'زلزال يضرب القرى الجبلية ويهدم عشرات المنازل',
        body: [
          'ضرب زلزال بقوة خمس درجات القرى الجبلية فجر الأحد، وهدم عشرات المنازل القديمة.',
          'وقالت فرق الإنقاذ إنها أجلت مئات السكان إلى المدارس، ولا يزال البحث جاريا عن مفقودين تحت الأنقاض.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('a language we have no function words for', () => {
  const told = (text: string) => {
    const words = topicTokens(text);
    const lang = detectLanguage(words);
    return { lang, reads: readsAs(words, lang) };
  };
  it('is not read by the labels of the nearest language we have', () => {
    // Swahili: a few short words look German, too few for a German text.
    const swahili = told(
      'Wavuvi wa kijiji walisema kwamba bei ya samaki imeshuka sana mwezi huu kwa sababu wanunuzi ' +
        'wachache wamekuja sokoni, na wengi wao wanasema hawawezi kulipa deni la boti zao mpya ' +
        'zilizonunuliwa mwaka jana kwa mkopo wa benki.',
    );
    expect(swahili.reads).toBe(false);
  });
  it('leaves a language whose endings do the work of function words to its own labels', () => {
    const finnish = told(
      'Kaupunki sulkee uimahallin remontin ajaksi, ja uimarit ohjataan naapurikuntien halleihin. ' +
        'Remontti alkaa syyskuussa ja kestää noin vuoden, kertoo liikuntapalveluiden johtaja. Hänen ' +
        'mukaansa halli on ollut huonossa kunnossa jo pitkään, eikä korjauksia voi enää lykätä.',
    );
    expect(finnish).toEqual({ lang: 'fi', reads: true });
  });
});
