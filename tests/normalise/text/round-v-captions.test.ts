import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { markedCaption } from '../../../src/normalise/text/lines.js';

/** Picture captions and credits of round V's shapes; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['Il Corriere del Lago', 'Notizie', 'Sport', 'Cultura', 'Economia'];

describe('a credit line naming who supplied the picture', () => {
  it.each([
    ['Foto cedida por Club Náutico Riberalta', 'Club Náutico Riberalta'],
    ['Foto bereitgestellt von Ruderverein Seedorf', 'Ruderverein Seedorf'],
    ['Photo lent by Ann Lee', 'Ann Lee'],
  ])('reads %s as a credit line of its own', (line, credit) => {
    expect(markedCaption(line, false)).toEqual({ caption: null, credit });
  });
  it('leaves a sentence with the same words alone', () => {
    expect(markedCaption('Foto hecha por los vecinos del barrio.', false)?.credit ?? null).toBeNull();
  });
  it('reads the line over it as the caption', () => {
    const prose = [
      'La piscina municipal de Riberalta ha reabierto al público tras catorce meses de obras que le han dado agua climatizada y una rampa de acceso.',
      'El proyecto, de 2,4 millones de euros, ha sido financiado a partes iguales por el ayuntamiento y el gobierno regional.',
    ];
    const r = dump([
      'Ayuntamiento de Riberalta',
      'Noticias',
      'Inicio',
      'Servicios',
      'Turismo',
      'La piscina de Riberalta reabre tras una reforma de 2,4 millones',
      'Publicado el jueves 3 de diciembre de 2026',
      'Compartir',
      'Facebook',
      'Correo',
      'La alcaldesa Ana Ruiz (izquierda) con voluntarios del club en la piscina reformada.',
      'Foto cedida por Club Náutico Riberalta',
      ...prose,
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: 'La alcaldesa Ana Ruiz (izquierda) con voluntarios del club en la piscina reformada.',
      credit: 'Club Náutico Riberalta',
    });
    expect(r.body).toEqual(prose);
  });
});

const PROSE_IT = [
  'Le prime casette di legno sono state montate giovedì nel parco comunale: per la prima volta il mercatino non si terrà nella piazza centrale.',
  'La decisione è stata presa dalla giunta all’inizio di novembre, dopo un parere negativo dei vigili del fuoco sull’accesso dei mezzi di soccorso.',
];

describe('a copyright sign credit under the caption', () => {
  it('reads "© Name / Agency" on the line under a lead caption as its credit', () => {
    const r = dump([
      ...MENU,
      'Il mercatino di Natale lascia la piazza e si sposta nel parco comunale',
      'Lucia Ferri',
      'Pubblicato il 05/12/2026 alle 17:42',
      'Condividi',
      'Facebook',
      'WhatsApp',
      'Le casette in legno in fase di montaggio nel parco comunale, giovedì pomeriggio.',
      '© Marco Bassi / Agenzia Fotolago',
      ...PROSE_IT,
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: 'Le casette in legno in fase di montaggio nel parco comunale, giovedì pomeriggio.',
      credit: 'Marco Bassi / Agenzia Fotolago',
    });
    expect(r.body).toEqual(PROSE_IT);
  });
});

describe('a caption over a labelled credit line, under the author', () => {
  it('reads the line over "<photo>: <desk>" as the caption, not the author’s role', () => {
    const prose = [
      'W mieście trwa wymiana zużytych odcinków sieci ciepłowniczej: przed sezonem grzewczym wykonawcy mają położyć około osiemnastu kilometrów rur.',
      'Według zastępcy prezydenta miasta prace są wykonane w trzech czwartych, a najtrudniejsze odcinki biegną pod osiedlem Północnym.',
    ];
    const r = dump([
      'Gazeta Miejska',
      'Wiadomości',
      'Region',
      'Sport',
      'Kultura',
      'Przed zimą miasto wymieni osiemnaście kilometrów sieci ciepłowniczej',
      'Wykonawcy pracują na trzy zmiany, sezon grzewczy ma się zacząć 20 października',
      '14 października 2026, 10:42',
      'Anna Kowalska',
      'Udostępnij',
      'Facebook',
      'Skopiuj link',
      'Naprawa magistrali ciepłowniczej na osiedlu Północnym',
      'Zdjęcie: biuro prasowe urzędu miasta',
      ...prose,
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: 'Naprawa magistrali ciepłowniczej na osiedlu Północnym',
      credit: 'biuro prasowe urzędu miasta',
    });
  });
});

describe('a caption opened by a pointer and closed by its credit in brackets', () => {
  const prose = [
    '港務局昨天宣布，新的渡輪碼頭將於明年春天動工，預計兩年內完工，屆時每天可容納四十班次的渡輪進出。',
    '局長表示，舊碼頭已使用超過四十年，部分結構老化嚴重，必須全面改建才能確保旅客安全。',
  ];
  it('keeps the word for "provided" inside the brackets', () => {
    const r = dump([
      '港灣日報',
      '首頁',
      '地方',
      '財經',
      '體育',
      '新渡輪碼頭明年動工　兩年內完工',
      '記者陳志明／高雄報導',
      '2026年10月14日 15:32',
      '新渡輪碼頭的完工模擬圖。（圖／Example Harbour 提供）',
      ...prose,
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: '新渡輪碼頭的完工模擬圖。',
      credit: 'Example Harbour 提供',
    });
  });
  it('drops a pointer arrow before an English caption', () => {
    const r = dump([
      ...MENU,
      'Harbour board approves the new ferry terminal for next spring',
      'By Ann Lee',
      '14 October 2026',
      '► The planned ferry terminal seen from the east pier. Photo: Harbour Board',
      'The harbour board approved the new ferry terminal on Tuesday, and work on the east pier will begin next spring.',
      'The old terminal has served the island for more than forty years and no longer meets safety rules, the board said.',
    ]);
    expect(r.image?.caption).toBe('The planned ferry terminal seen from the east pier.');
  });
});

describe('a button label in a share row', () => {
  it('is no standfirst', () => {
    const r = dump([
      'Der Seebote',
      'Nachrichten',
      'Region',
      'Sport',
      'Kultur',
      'Gemeinde fördert junge Bootsbauer mit einem Ausbildungszuschuss',
      'Von Anna Berger',
      '7. Dezember 2026, 18:05 Uhr',
      'Teilen',
      'Auf Facebook teilen',
      'Auf die Leseliste von Pocket',
      'Link kopieren',
      'Die Gemeinde am See will jungen Bootsbauern während ihrer Ausbildung bis zu drei Jahre lang einen monatlichen Zuschuss zahlen, kündigte der Bürgermeister am Montag an.',
      'Im Ort arbeiten noch rund vierzig Bootsbauer, fast die Hälfte von ihnen ist älter als sechzig Jahre.',
    ]);
    expect(r.summary).toBeNull();
  });
});
