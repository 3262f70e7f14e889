import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round S's pictures, closing bylines, bodies and related lists, in invented text. */

const dump = (text: string) => normaliseTextDump(text, { url: null });

describe('a name, a role in lower case and an e-mail after a bar, under the last paragraph', () => {
  it('is the writer signing the text: the name is the byline', () => {
    const item = dump(
      [
        'Aktualności',
        '',
        'Muzeum otwiera nową salę poświęconą historii kolei wąskotorowej',
        '',
        'Nowa sala mieści dwie lokomotywy i kilkadziesiąt zabytkowych biletów oraz map z dawnych lat.',
        '',
        'Wystawę przygotowano we współpracy z miejscowym stowarzyszeniem miłośników kolei i szkołą.',
        '',
        'Zwiedzanie jest bezpłatne w każdą niedzielę, a grupy szkolne mogą rezerwować oprowadzanie.',
        '',
        'Marta Nowak, rzeczniczka muzeum | m.nowak@muzeum-przyklad.pl',
        '',
        'Udostępnij: Facebook | X | E-mail',
      ].join('\n'),
    );
    expect(item.byline).toBe('Marta Nowak');
    expect(item.body.some((p) => p.includes('@'))).toBe(false);
  });
});

describe('a "read also" header over one title, then a blank line and a subheading', () => {
  it('links that one title; the subheading over the next paragraph stays in the text', () => {
    const item = dump(
      [
        'Nachrichten',
        '',
        'Neue Fähre verbindet die Insel ab Juni mit dem Festland',
        '',
        'Die Reederei hat am Montag das neue Schiff vorgestellt, das im Juni den Dienst aufnehmen soll.',
        '',
        'Das Schiff bietet Platz für 300 Fahrgäste und vierzig Autos und fährt mit Flüssiggas.',
        '',
        'LESEN SIE AUCH',
        'Hafen bekommt einen neuen Anleger für Ausflugsboote',
        '',
        'Neuer Fahrplan für den Sommer',
        'Im Sommer soll die Fähre stündlich fahren, im Winter alle zwei Stunden, teilte die Reederei mit.',
        '',
        'Die Fahrkarten kosten so viel wie bisher, Inselbewohner zahlen weiterhin den halben Preis.',
      ].join('\n'),
    );
    expect(item.related).toEqual(['Hafen bekommt einen neuen Anleger für Ausflugsboote']);
    expect(item.body).toContain('Neuer Fahrplan für den Sommer');
  });
});

describe('a bulleted list of titles under a bracketed header, one title opening with a corner quote', () => {
  it('holds every title: a corner bracket opens a title as a quotation mark does', () => {
    const item = dump(
      [
        '最新消息',
        '',
        '市立圖書館週末延長開放時間，夜間自習室增設一百個座位',
        '',
        '市立圖書館今天宣布，自下個月起週六與週日的開放時間將延長至晚上十點，方便學生準備考試。',
        '',
        '館方表示，夜間自習室將增設一百個座位，並提供免費無線網路與充電插座，讀者需以借書證入場。',
        '',
        '館長說，延長開放的人力由志工協助，試辦三個月後將依使用人數檢討是否繼續。',
        '',
        '＜相關消息＞',
        '・兒童閱覽室暑假期間每週舉辦兩場說故事活動',
        '・「城市記憶」老照片特展即日起在三樓展出',
        '・新版借書證明年一月起可使用手機感應借書',
        '',
        '回到消息列表',
      ].join('\n'),
    );
    expect(item.related).toEqual([
      '兒童閱覽室暑假期間每週舉辦兩場說故事活動',
      '「城市記憶」老照片特展即日起在三樓展出',
      '新版借書證明年一月起可使用手機感應借書',
    ]);
  });
});

describe('a caption, then a "©" line naming the photographer, then the text', () => {
  it("is the picture's credit, not the site's rights line", () => {
    const item = dump(
      [
        'Nyheter',
        '',
        'Skolans kör vann regionfinalen i Västerås',
        '',
        'Av Karin Lund',
        '12 mars 2026 kl. 09.30',
        '',
        'Körens sångare och deras dirigent firar segern tillsammans på scenen i konserthuset efter lördagens final',
        '© Lena Berg / Exempelbladet',
        '',
        'Kören från Björkskolan vann på lördagen regionfinalen i Västerås och går nu vidare till riksfinalen i Göteborg i maj.',
        '',
        'Juryn berömde särskilt körens tolkning av en gammal folkvisa, som eleverna själva hade arrangerat.',
        '',
        'Riksfinalen sänds i radio och avgörs i Göteborg den 16 maj, meddelar arrangörerna.',
        '',
        '© 2026 Exempelbladet AB',
      ].join('\n'),
    );
    expect(item.image).toMatchObject({
      caption:
        'Körens sångare och deras dirigent firar segern tillsammans på scenen i konserthuset efter lördagens final',
      credit: 'Lena Berg / Exempelbladet',
    });
    expect(item.summary).toBeNull();
  });
});

describe('a table of figures printed with tabs between its cells, inside the text', () => {
  it('keeps each row as a paragraph with its tabs', () => {
    const item = dump(
      [
        'Deportes',
        '',
        'El club de remo local gana tres medallas en el campeonato regional',
        '',
        'Los remeros del club compitieron el domingo en el embalse ante más de doscientos deportistas de la región.',
        '',
        'Clasificación de la prueba de dos sin timonel',
        'Puesto\tEquipo\tTiempo',
        '1\tClub Remo Alcalá\t7:02',
        '2\tRemo Villanueva\t7:09',
        '',
        'El entrenador del club dijo que el resultado premia meses de trabajo en el agua durante el invierno.',
      ].join('\n'),
    );
    expect(item.body).toContain('1\tClub Remo Alcalá\t7:02');
    expect(item.body).toContain('Puesto\tEquipo\tTiempo');
  });
});

describe('a caption closed by a credit in square brackets under a label no list knows', () => {
  it('is the picture: the label is dropped, the credit kept', () => {
    const item = dump(
      [
        'Newyddion',
        '',
        'Pont newydd yn agor dros afon yn y dref ar ôl dwy flynedd o waith',
        '',
        'Gan Elin Morgan',
        '',
        'Cerddwyr yn croesi’r bont newydd am y tro cyntaf fore Sadwrn. [Llun: Gareth Pryce / Cyngor Sir]',
        '',
        'Agorodd y bont newydd dros yr afon fore Sadwrn, ar ôl dwy flynedd o waith adeiladu a sawl oedi oherwydd llifogydd.',
        '',
        'Mae’r bont yn cysylltu’r orsaf drenau â chanol y dref, ac mae lle i feiciau ar y ddwy ochr.',
        '',
        'Dywedodd y cyngor y bydd yr hen bont yn cael ei chadw fel llwybr i gerddwyr yn unig.',
      ].join('\n'),
    );
    expect(item.image).toMatchObject({
      caption: 'Cerddwyr yn croesi’r bont newydd am y tro cyntaf fore Sadwrn.',
      credit: 'Gareth Pryce / Cyngor Sir',
    });
  });
});

describe('titles printed a line each without a header, in a dump whose paragraphs are hard-wrapped', () => {
  it('are a list of titles, not one wrapped paragraph', () => {
    const item = dump(
      [
        'Cronaca',
        '',
        'Il comune riapre la biblioteca di quartiere dopo i lavori di restauro',
        '',
        'La biblioteca di via Roma riapre lunedì dopo otto mesi di lavori che hanno rifatto il tetto e gli impianti.',
        '',
        'Le sale di lettura sono state ampliate e ospitano ora quaranta posti a sedere, venti in più di prima.',
        '',
        'L’orario resta lo stesso, dalle nove alle diciannove, e il prestito si potrà prenotare anche online.',
        '',
        'Nuova pista ciclabile collega la stazione con il centro storico della città',
        'Mercato del sabato: da aprile le bancarelle tornano in piazza Garibaldi',
        'Scuole, al via le iscrizioni ai centri estivi per bambini e ragazzi',
        'Vedi tutte le notizie',
      ].join('\n'),
    );
    expect(item.related).toEqual([
      'Nuova pista ciclabile collega la stazione con il centro storico della città',
      'Mercato del sabato: da aprile le bancarelle tornano in piazza Garibaldi',
      'Scuole, al via le iscrizioni ai centri estivi per bambini e ragazzi',
    ]);
  });
});

describe('a row of counts, each a number and a word or two in lower case', () => {
  it("is the page's counters (views, reading time), not text", () => {
    const item = dump(
      [
        'Uudised',
        '',
        'Vallavalitsus avab uue lasteaia rühma juba septembris',
        '',
        'Lasteaia laiendus valmis plaanitust kaks kuud varem ja mahutab kakskümmend last.',
        '',
        'Kolmapäev, kaheteistkümnes august · õhtul seitse (Eesti aeg)',
        '',
        '386 korda loetud · 4 minutit lugemist',
        '',
        'Vallavalitsus otsustas kolmapäeval avada lasteaias uue rühma, sest järjekorras on üle neljakümne lapse.',
        '',
        'Uue rühma ruumid said valmis juuli lõpus ning praegu käib mööbli ja mänguasjade paigaldamine.',
        '',
        'Vanemad saavad taotlusi esitada kuni augusti lõpuni valla kodulehel või vallamajas kohapeal.',
      ].join('\n'),
    );
    // Under a date line no reader knows, the header gives way; the counters are still no text.
    expect(item.body).not.toContain('386 korda loetud · 4 minutit lugemist');
  });
});
