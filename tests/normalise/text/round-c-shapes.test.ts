import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round C, in invented text: a consent banner with its buttons on the sentence's line,
 * a date whose day and month a short word joins or whose month carries a glued prefix, a by-word
 * that is also a name's particle, an author's label of two words, a share bar after a spaced
 * colon, and an advertisement label spelt as a neighbouring language spells it. The page words
 * are of an invented language, so that no word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['Dalvo Tidende', 'Hjem', 'Kraji', 'Sporto', 'Kultira', 'Abonu | Eniru'];

const PROSE = [
  'Orla vendis la muelo de Karsten al loka konstruisto post tri jaroj da perdoj kaj du malsukcesaj aŭkcioj, diris la urbestro lundon.',
  'La nova posedanto volas fari el la muelo loĝejojn por junaj familioj kaj malgrandan kafejon.',
  'Loĝantoj de la strato timas ke la trafiko kreskos dum la konstrulaboroj de la venonta jaro.',
  'La urba konsilio voĉdonos pri la plano en sia kunsido de januaro, post publika aŭdienco.',
];

const TAIL = [
  'Etiketoj: muelo, Karsten, loĝejoj',
  'Ligitaj artikoloj',
  'Nova ponto super la rivero malfermiĝos printempe',
  'La fervoja stacio ricevas duan kajon',
  'Plej legitaj',
  'Vetero: forta vento ĉe la marbordo',
  '© 2026 Dalvo Tidende. Ĉiuj rajtoj rezervitaj.',
];

describe('a consent banner with its buttons on the sentence line', () => {
  it('is furniture, not the headline, and the section over the headline is kept', () => {
    const item = dump([
      ...MENU,
      'Ĉi tiu retejo uzas cookies por plibonigi vian viziton. Akceptu | Legu pli',
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
    expect(item.section).toBe('Kraji');
    expect(item.summary).toBe('La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo');
    // "de" is a name's particle too, but before a given name and a surname it is the "by".
    expect(item.byline).toBe('Mirela Vostok');
    // A short word joins day and month ("5 di dicembre"); the label is a word no list knows.
    expect(item.published).toBe('2026-12-05T17:40:00+01:00');
  });
});

describe('dates and authors in words no list knows', () => {
  it('reads a month with a prefix glued to it and an author under a label of two words', () => {
    const item = dump([
      ...MENU,
      'Ĉi tiu retejo uzas cookies. Akceptu | Rifuzu',
      'KRAJI',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      "Skribi na'ik: Mirela da Vostok",
      'Eldonita: 14 kuMashi 2026, 11:05 SAST',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
    // A label in capitals with only the menu's controls above it is the section, not a kicker.
    expect(item.section).toBe('KRAJI');
    expect(item.summary).toBe('La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo');
    expect(item.byline).toBe('Mirela da Vostok');
    expect(item.published).toBe('2026-03-14T11:05:00+02:00');
  });
});

describe('furniture between paragraphs', () => {
  it('drops a share bar after a spaced colon and an advertisement label spelt another way', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'De Mirela Vostok',
      '5 dicembre 2026 17:40 CET',
      'Partaju : Facebook · X · Mail · Presu',
      PROSE[0]!,
      PROSE[1]!,
      'PUBBLICIDAD',
      PROSE[2]!,
      PROSE[3]!,
      'PUBBLICIDAD',
      ...TAIL,
    ]);
    expect(item.body).toEqual(PROSE);
    // The label over the closing rows boxes no advertiser: the related list under the tags stays.
    expect(item.related).toEqual([
      'Nova ponto super la rivero malfermiĝos printempe',
      'La fervoja stacio ricevas duan kajon',
    ]);
  });
});

const ENGLISH = [
  'The Harbour Gazette',
  'News',
  'Sport',
  'Coast',
  'Coast',
  'Ferry crews at Port Elwin vote to strike over winter rosters',
];

const STORY = [
  'Crews on the island ferries voted by a large majority on Friday to strike over the winter rosters, their union said.',
  'The operator said it had offered two extra rest days a month and would meet the union again next week.',
  'Islanders said a strike in January would leave them without a way to reach the hospital on the mainland.',
];

describe('round C lines of an English page', () => {
  it('reads a name and a role after a middle dot as the byline, not the standfirst', () => {
    const item = dump([
      ...ENGLISH,
      'Mara Ellison · Coastal Affairs Reporter',
      'Published Dec. 5, 2026 4:12 p.m. GMT',
      ...STORY,
      'The Coastal Reporting Fund is supported by the Harbour Foundation.',
      'Related stories',
      'Ferry fares rise for the second year running',
      'New pier opens at Port Elwin after two years of works',
    ]);
    expect(item.summary).toBeNull();
    expect(item.byline).toBe('Mara Ellison');
    // The funded programme's note under the text is not a paragraph.
    expect(item.body).toEqual(STORY);
  });

  it('drops the thanks and offer to subscribe at a price under the text', () => {
    const item = dump([
      ...ENGLISH,
      'By Mara Ellison',
      'Published Dec. 5, 2026 4:12 p.m. GMT',
      ...STORY,
      'Thanks for reading the Gazette. Keep local news alive – subscribe from £3 a month.',
      'Related stories',
      'Ferry fares rise for the second year running',
      'New pier opens at Port Elwin after two years of works',
    ]);
    expect(item.body).toEqual(STORY);
  });
});

describe('a date in Roman numerals', () => {
  it('reads the day and the year', () => {
    const item = dump([
      ...ENGLISH,
      'By Mara Ellison',
      'Die Lunae, XIV Martii MMXXVI, hora 09:15 (CET)',
      'Communica: Facebook · X · Epistula nova · Imprime',
      ...STORY,
    ]);
    expect(item.published).toBe('2026-03-14T09:15:00+01:00');
    expect(item.body).toEqual(STORY);
  });
});

describe('a by-word in a script without capitals', () => {
  it("leaves the page's own function word before the name out of the byline", () => {
    const item = dump([
      'כראניק',
      'היים',
      'שטאט',
      'שטאט',
      'נייע בריק איבערן טייך עפנט זיך אין פרילינג',
      'די שטאט וועט פארענדיקן די ארבעט פון דער בריק פאר פסח',
      'פון מענדל קאצבורג, שטאב שרייבער',
      '14.03.2026 11:05 EST',
      'די ארבעטער פון דער שטאט האבן געענדיקט דעם ערשטן טייל פון דער נייער בריק איבערן טייך, האט געזאגט דער בירגערמייסטער מאנטיק.',
      'די בריק וועט קאסטן צוואנציק מיליאן דאלאר, און די שטאט האט באקומען א טייל פון דעם געלט פון דער רעגירונג.',
      'איינוואוינער פון דער געגנט זאגן אז די אלטע בריק איז שוין לאנג געווען צו שמאל פאר די אויטאס.',
    ]);
    expect(item.byline).toBe('מענדל קאצבורג');
  });
});

describe('a by-word glued to the name', () => {
  it('reads the name after a glued prefix where the language glues prefixes to names', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Abantu baseKarsten balinde iintsuku ezintathu ngaphandle kombane',
      'UMasipala waseKarsten uthi umsebenzi uza kugqitywa ngoMvulo',
      'NguMirela Vostok | Intoleri eKarsten',
      '14 Mashi 2026, 11:05 SAST',
      'Abahlali baseKarsten naseNtaba abanawo umbane ukusukela ngoLwesihlanu, emva kokuba intambo enkulu yaqhawuka kufutshane nomlambo.',
      'Isithethi sikaMasipala, uJono Reba, uthe abasebenzi baqhubeka nokulungisa intambo imini nobusuku ukuze umbane ubuye kwangoko.',
      'Iivenkile ezincinci zithi ziphulukene nemali eninzi kuba iifriji zazingasebenzi iintsuku ezintathu zilandelelana.',
    ]);
    expect(item.byline).toBe('Mirela Vostok');
  });
});
