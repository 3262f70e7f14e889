import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Shapes of round G, in invented text: a masthead's slogan over the day's date and the menu, with
 * the story's desk and agency where its byline would stand; a teaser box in the text whose titles
 * open with guillemet arrows under a header in words no list knows.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MASTHEAD = [
  'IL CORRIERE DEL LAGO',
  'Quotidiano comasco di informazione',
  'Como, sabato 5 dicembre 2026',
  'Home',
  'Cronaca',
  'Politica',
  'Economia',
  'Sport',
  'Cultura',
];

const PROSE = [
  'La funivia che collega il lungolago con il borgo di Brunate resterà chiusa dal 11 al 31 gennaio per la sostituzione delle funi, ha comunicato ieri la società che la gestisce.',
  'Il direttore dell’esercizio ha spiegato che le funi installate nel 2012 hanno raggiunto le ore di servizio indicate dal costruttore.',
  'Durante la chiusura un servizio di autobus sostitutivi partirà ogni venti minuti da piazza Cavour con la stessa tariffa.',
  'I commercianti del borgo chiedono che il servizio serale sia mantenuto anche nei fine settimana di gennaio.',
];

describe("a masthead's slogan over the day's date and the menu", () => {
  it('is no headline when the story names its desk and agency where a byline stands', () => {
    const item = dump([
      ...MASTHEAD,
      'Economia',
      'Funivia di Brunate chiusa tre settimane per il cambio delle funi',
      'Autobus sostitutivi ogni venti minuti da piazza Cavour per tutto il mese',
      'Redazione Centrale / NordPress',
      '05/12/2026 - 08:15 (GMT+1)',
      ...PROSE,
    ]);
    expect(item.title).toBe('Funivia di Brunate chiusa tre settimane per il cambio delle funi');
    expect(item.section).toBe('Economia');
    expect(item.summary).toBe('Autobus sostitutivi ogni venti minuti da piazza Cavour per tutto il mese');
    expect(item.published).toBe('2026-12-05T08:15:00+01:00');
  });
});

describe('a teaser box whose titles open with guillemet arrows', () => {
  it('is the related list, in whatever words its header is written', () => {
    const item = dump([
      'Economia',
      'Funivia di Brunate chiusa tre settimane per il cambio delle funi',
      'Di Anna Ferri',
      '5 dicembre 2026, 08:15',
      ...PROSE.slice(0, 2),
      'DAL TERRITORIO',
      '» Tassisti di Cantù annunciano uno sciopero di ventiquattro ore',
      '» Il comune di Erba mette a gara il restauro del mercato coperto',
      ...PROSE.slice(2),
    ]);
    expect(item.related).toEqual([
      'Tassisti di Cantù annunciano uno sciopero di ventiquattro ore',
      'Il comune di Erba mette a gara il restauro del mercato coperto',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});

/** A Czech story with its lead photo's line between the header and the text. */
const czech = (photo: string) =>
  dump([
    'Domů',
    'Zprávy',
    'Brno',
    'Most přes Svratku bude tři týdny uzavřen kvůli opravě ložisek',
    'Autobusy pojedou po objížďce přes Pisárky a Bohunice',
    'Autor: Jana Dvořáková',
    '5. prosince 2026 08:15',
    photo,
    'Most přes Svratku v Pisárkách bude od pondělí uzavřen pro všechna vozidla, oznámila v pátek městská správa silnic.',
    'Opravy ložisek potrvají tři týdny a stát budou přibližně dvanáct milionů korun, uvedl mluvčí správy.',
    'Autobusy linek 52 a 54 pojedou po objížďce přes Pisárky a Bohunice, tramvaje jezdí beze změny.',
  ]);

describe('a credit printed before its caption, a dash between them', () => {
  it('parts "<photo word>: <credit> — <caption>"', () => {
    const item = czech('Foto: Petr Novák — Most přes Svratku v Pisárkách za úsvitu');
    expect(item.image?.caption).toBe('Most přes Svratku v Pisárkách za úsvitu');
    expect(item.image?.credit).toBe('Petr Novák');
  });
});

/** A Dutch story with its lead photo's line between the header and the text. */
const dutch = (photo: string) =>
  dump([
    'Home',
    'Regio',
    'Leeuwarden',
    'Brug over de Harlinger Trekvaart drie weken dicht voor nieuwe lagers',
    'Bussen rijden om via Zuiderburen en de ringweg',
    'Door Anke Postma',
    '5 december 2026, 08:15',
    photo,
    'De brug over de Harlinger Trekvaart gaat vanaf maandag drie weken dicht voor al het verkeer, meldt de gemeente.',
    'Het vervangen van de lagers kost ongeveer twee miljoen euro en moet klaar zijn voor de kerstvakantie.',
    'Bussen van de lijnen 2 en 5 rijden om via Zuiderburen en de ringweg, fietsers kunnen de pont nemen.',
  ]);

describe('a credit\'s own word in no list and the language\'s "by" before the name', () => {
  it('parts "<word> <by> <credit> — <caption>"', () => {
    const item = dutch('Opname door Hylke Kamsma — De brug over de Harlinger Trekvaart bij zonsopgang');
    expect(item.image?.caption).toBe('De brug over de Harlinger Trekvaart bij zonsopgang');
    expect(item.image?.credit).toBe('Hylke Kamsma');
  });
  it('leave the credit: "(Opname door Hylke Kamsma)" credits Hylke Kamsma', () => {
    const item = dutch('De brug over de Harlinger Trekvaart bij zonsopgang. (Opname door Hylke Kamsma)');
    expect(item.image?.caption).toBe('De brug over de Harlinger Trekvaart bij zonsopgang.');
    expect(item.image?.credit).toBe('Hylke Kamsma');
  });
});

describe('a full-width bracket with a one-character label closing a caption', () => {
  it('holds the credit: "…。（撮：山田太郎）"', () => {
    const item = dump([
      'ホーム',
      '地域',
      '駅舎の改修工事が完了、来月から新しい待合室を開放へ',
      '記者：佐藤花子',
      '2026年12月5日 08:15',
      '改修を終えた駅舎の外壁。（撮：山田太郎）',
      '市は5日、築90年の駅舎の改修工事が完了したと発表した。来月から新しい待合室を開放する。',
      '工事費は約2億円で、国の補助金と市の基金を充てた。外壁は建設当時の色に戻した。',
      '市の担当者は「地域の人が集まる場所にしたい」と話している。',
    ]);
    expect(item.image?.caption).toBe('改修を終えた駅舎の外壁。');
    expect(item.image?.credit).toBe('山田太郎');
  });
});

describe("a 12-hour clock's day-period word, in the language's own words (CLDR)", () => {
  it('reads "오후 3:10" (before the time) as the afternoon', () => {
    expect(datesIn('2026년 12월 5일 오후 3:10 (GMT+9)')[0]?.instant).toBe('2026-12-05T15:10:00+09:00');
  });
  it('reads "午前12:40" touching the time as just after midnight', () => {
    expect(datesIn('2026年12月5日 午前12:40 (GMT+9)')[0]?.instant).toBe('2026-12-05T00:40:00+09:00');
  });
  it('reads "9:05 م" (after the time) as the evening, the zone after it', () => {
    expect(datesIn('2026-12-05 9:05 م (GMT+3)')[0]?.instant).toBe('2026-12-05T21:05:00+03:00');
  });
  it('leaves a time with no day-period word by it as printed', () => {
    expect(datesIn('2026-12-05 od 9:05 (GMT+1)')[0]?.instant).toBe('2026-12-05T09:05:00+01:00');
  });
});

describe('a bare name alone under the last paragraph, over the furniture', () => {
  it('signs the text: the byline, out of the body', () => {
    const prose = [
      'Most na Warcie w Poznaniu zostanie zamknięty na trzy tygodnie z powodu wymiany łożysk, poinformował w piątek zarząd dróg.',
      'Autobusy linii 51 i 74 pojadą objazdem przez Starołękę, a tramwaje będą kursować bez zmian.',
      'Remont ma kosztować około dwóch milionów złotych i zakończyć się przed świętami.',
    ];
    const item = dump([
      'Strona główna',
      'Poznań',
      'Most na Warcie zamknięty na trzy tygodnie z powodu wymiany łożysk',
      'Autobusy pojadą objazdem przez Starołękę',
      'Opublikowano 5.12.2026, 09:30',
      ...prose,
      'Reklama',
      'Halina Wróblewska',
      'Tagi: Poznań, most, remonty',
      'Najczęściej czytane',
      'Lech przegrywa u siebie trzeci raz z rzędu',
    ]);
    expect(item.byline).toBe('Halina Wróblewska');
    expect(item.body).toEqual(prose);
  });
});

describe("a caption's kicker in capitals", () => {
  it('stays in the caption: emphasis, not a label naming the caption', () => {
    const item = dump([
      'Início',
      'Região',
      'Ponte sobre o Mondego reabre ao trânsito depois de seis meses de obras',
      'Por Ana Lima',
      '5 de dezembro de 2026, 09:30',
      'REABERTA: A ponte sobre o rio Mondego na quinta-feira. FOTO: RUI COSTA',
      'A ponte sobre o rio Mondego reabriu ao trânsito na quinta-feira, depois de seis meses de obras de reforço dos pilares.',
      'As obras custaram quatro milhões de euros e foram pagas pela câmara e pelo Estado.',
      'Os autocarros voltam ao percurso habitual a partir de segunda-feira.',
    ]);
    expect(item.image?.caption).toBe('REABERTA: A ponte sobre o rio Mondego na quinta-feira.');
    expect(item.image?.credit).toBe('RUI COSTA');
  });
});

/** A Norwegian local story: the headline printed twice under its place label, the lists under the text. */
const NORWEGIAN_HEAD = [
  'Forsiden',
  'Nyheter',
  'Sport',
  'Kultur',
  'Distrikt',
  'Forsiden / Distrikt / Lofoten',
  'Lofoten',
  'Svolvær: Ny bussterminal åpner med forsinkelse',
  'Svolvær: Ny bussterminal åpner med forsinkelse',
  'Fra 14. desember stopper alle linjer ved kaia – parkeringshuset kommer til våren',
  'Av Kari Nordvik',
  'Lørdag 5. desember 2026, 10:05',
];
const NORWEGIAN_TEXT = [
  'Den nye bussterminalen i Svolvær åpner 14. desember, nesten et år senere enn planlagt, opplyser fylkeskommunen.',
  'Alle de ti by- og regionrutene stopper da ved den nye terminalen like ved hurtigrutekaia.',
  'Forsinkelsen skyldes problemer med grunnvann under gravearbeidet i fjor vår, sier prosjektlederen.',
];

describe('a headline printed twice under a place label of its own ("Town: headline")', () => {
  it('is the headline, not a teaser that its label opens twice', () => {
    const item = dump([...NORWEGIAN_HEAD, ...NORWEGIAN_TEXT]);
    expect(item.title).toBe('Svolvær: Ny bussterminal åpner med forsinkelse');
    expect(item.section).toBe('Lofoten');
    expect(item.summary).toBe(
      'Fra 14. desember stopper alle linjer ved kaia – parkeringshuset kommer til våren',
    );
  });
});

describe("an ad label with a list's header and titles right under it", () => {
  it('is an empty ad slot: the list under it is the related list', () => {
    const item = dump([
      ...NORWEGIAN_HEAD,
      ...NORWEGIAN_TEXT,
      'Annonse',
      'Mer fra Lofoten',
      'Moskenes: Kommunestyret vedtar ny gang- og sykkelvei langs E10',
      'Vågan: Skibussen kjører igjen fra lørdag',
      'Mest lest',
      'Snøskred stenger fylkesveien ved Henningsvær',
    ]);
    expect(item.related).toEqual([
      'Moskenes: Kommunestyret vedtar ny gang- og sykkelvei langs E10',
      'Vågan: Skibussen kjører igjen fra lørdag',
    ]);
  });
});
