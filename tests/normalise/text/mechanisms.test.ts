import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../src/normalise/text/dates.js';
import { describeLines } from '../../../src/normalise/text/features.js';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import {
  bracketedSignature,
  labelledAuthor,
  markedCaption,
  outletCredit,
  parseByline,
  wordCount,
} from '../../../src/normalise/text/lines.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Mechanisms added for pages unlike the ones the rules were first written from; invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });
const one = (line: string) => describeLines([line])[0]!;

/** A test per row: what `read` makes of the line is the row's second value. */
const eachLine = <T>(title: string, read: (line: string) => T, rows: [string, T][]) =>
  it.each(rows)(title, (line, expected) => {
    expect(read(line)).toBe(expected);
  });

/** A masthead's name and menu, the headline and byline, and the same under a section label. */
const MASTHEAD = ['Harbour Weekly', 'News', 'Sport'];
const HEAD = ['Harbour board raises mooring fees by eight per cent for the summer', 'By Nora Quint'];
const HEADER = [...MASTHEAD, 'Harbour', 'Harbour board raises mooring fees by eight per cent'];

const PROSE = [
  'The harbour board voted on Tuesday to raise mooring fees by eight per cent from the summer season onwards.',
  'Fishermen said the rise would cost a small boat owner several hundred pounds a year at a difficult time.',
  'The board said the money would pay for dredging the inner basin, which has not been done since 2009.',
  'A final decision on the dredging contract is expected before the end of the month, officials said.',
];

describe('headline under a section label', () => {
  it('takes the longer line under a short label, not the label, when the byline is two lines down', () => {
    const item = dump([
      ...MASTHEAD,
      'Boats and moorings',
      HEAD[0]!,
      'Fishermen warn that small boat owners will pay several hundred pounds more each year',
      'By Nora Quint',
      ...PROSE,
    ]);
    expect(item.title).toBe(HEAD[0]);
    expect(item.section).toBe('Boats and moorings');
    expect(item.summary).toBe(
      'Fishermen warn that small boat owners will pay several hundred pounds more each year',
    );
    expect(item.byline).toBe('Nora Quint');
  });
});

describe('a label opening the headline', () => {
  it('passes over a series label, but takes a place the headline opens with as a sentence', () => {
    const series = dump([
      ...MASTHEAD,
      'Sailing',
      'Harbour Regatta 2026',
      'Harbour Regatta 2026: day three as the wind drops and the fleet waits',
      'By Nora Quint',
      ...PROSE,
    ]);
    expect(series.section).toBe('Sailing');
    const place = dump([
      ...MASTHEAD,
      'Obituaries',
      'Millbrook',
      'Millbrook. Former harbour master who ran the port for thirty years dies at 87',
      'By Nora Quint',
      ...PROSE,
    ]);
    expect(place.section).toBe('Millbrook');
  });
});

describe('captions and credits', () => {
  // What a credit marker reads, with the line in the header or not.
  it.each([
    {
      what: 'drops the medium word opening a bracketed credit',
      line: 'The quay at low tide (Photo Ilse Varga)',
      header: true,
      parts: { caption: 'The quay at low tide', credit: 'Ilse Varga' },
    },
    {
      what: 'reads any one-word label before a credit after the caption’s full stop, in the header',
      line: 'Boats moored in the inner basin. Kuva: Lehtikuva / Aarne Salo',
      header: true,
      parts: { caption: 'Boats moored in the inner basin.', credit: 'Lehtikuva / Aarne Salo' },
    },
    {
      what: 'reads such a label in the text too, after a caption of one sentence',
      line: 'Boats moored in the inner basin. Kuva: Lehtikuva / Aarne Salo',
      header: false,
      parts: { caption: 'Boats moored in the inner basin.', credit: 'Lehtikuva / Aarne Salo' },
    },
    {
      what: 'not in the text after two sentences',
      line: 'The vote was close. Two members abstained. Result: Harbour Board / Town Council',
      header: false,
      parts: null,
    },
    {
      what: 'reads a bracketed label and name after a short caption sentence as a credit',
      line: 'Volunteers fill sandbags on the quay. (Contributed: Pia Holm)',
      header: false,
      parts: { caption: 'Volunteers fill sandbags on the quay.', credit: 'Pia Holm' },
    },
  ])('$what', ({ line, header, parts }) => {
    expect(markedCaption(line, header)).toEqual(parts);
  });

  eachLine(
    'reads "Name for Outlet" and "Name/Agency" lines as credits, and not sentences: %j',
    outletCredit,
    [
      ['Tomas Berg for Harbour Weekly', 'Tomas Berg for Harbour Weekly'],
      ['Tomas Berg/Coastpix', 'Tomas Berg/Coastpix'],
      ['Tomas Berg voted for the plan.', null],
      ['Fees rise for boat owners', null],
    ],
  );

  it('takes an unmarked credit line under the lead caption once the byline names someone else', () => {
    const item = dump([
      ...HEAD,
      'The inner basin at dawn.',
      'Tomas Berg for Harbour Weekly',
      ...PROSE.slice(0, 2),
      'The harbour master on his launch.',
      'Tomas Berg for Harbour Weekly',
      ...PROSE.slice(2),
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'The inner basin at dawn.',
      credit: 'Tomas Berg for Harbour Weekly',
    });
    expect(item.body).toEqual(PROSE);
  });
});

describe('furniture by shape', () => {
  it('reads a row of clock times with a word or two each as a date line', () => {
    expect(one('heute, 08:12 • geändert heute, 09:40').dateLine).toBe(true);
    expect(one('Tickets for the ferry cost more this year').dateLine).toBe(false);
  });

  // An icon before a short call to action is furniture; "Related" and a noun heads related links,
  // "Related topics" the tags.
  eachLine('reads %j as %s', furnitureKind, [
    ['👉 Siga o nosso perfil no Instagram', 'drop'],
    ['The boat sank in minutes.', null],
    ['Related podcasts', 'related'],
    ['Related topics', 'footer'],
  ]);

  it('drops an advertiser’s box, a share bar’s networks and a player’s lines, keeping the story', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'Advertisement',
      'Five ways to keep your hull clean all winter',
      'Presented by Marine Coatings Ltd',
      PROSE[1]!,
      'Play video',
      'The inner basin from the air',
      '01:42',
      PROSE[2]!,
      PROSE[3]!,
      'Share this story',
      'Hacker News',
      'Diaspora',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('keeps a subheading under an advertisement label', () => {
    const item = dump([...HEAD, PROSE[0]!, 'Advertisement', 'What the board decided', ...PROSE.slice(1)]);
    expect(item.body).toEqual([PROSE[0], 'What the board decided', ...PROSE.slice(1)]);
  });

  it('strips list bullets from related titles', () => {
    const item = dump([
      ...HEAD,
      ...PROSE.slice(0, 2),
      'See also',
      '• Dredging contract goes out to tender',
      '– Lifeboat crew honoured for night rescue',
      ...PROSE.slice(2),
    ]);
    expect(item.related).toEqual([
      'Dredging contract goes out to tender',
      'Lifeboat crew honoured for night rescue',
    ]);
  });
});

describe('byline, pull quotes and author boxes', () => {
  it('drops a byline part naming the outlet printed in the masthead', () => {
    const item = dump(['Harbour Weekly', HEAD[0]!, 'By Nora Quint, Harbour Weekly', ...PROSE]);
    expect(item.byline).toBe('Nora Quint');
  });

  it('drops a pull quote whose sentences the paragraph quotes with an attribution between them', () => {
    const quoted = '“The sea gives,” says the harbour master. “The sea takes back. We keep the books.”';
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'The sea gives. The sea takes back. We keep the books.',
      quoted,
      ...PROSE.slice(1),
    ]);
    expect(item.body).toEqual([PROSE[0], quoted, ...PROSE.slice(1)]);
  });

  it('keeps a quoted one-phrase subheading that repeats words of the paragraph under it', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      '‘We were never asked’',
      'One skipper said: “We were never asked, not once, and now the bill arrives.”',
      ...PROSE.slice(1),
    ]);
    expect(item.body).toContain('‘We were never asked’');
  });

  it('drops an author box with its heading', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'About the writer',
      'Nora Quint has covered the harbour for ten years. She sails a small dinghy badly.',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('drops a note over the author box in the box’s words, keeps a short last sentence of the story', () => {
    const box = 'Nora Quint is a marine biologist. She writes a column here every other week.';
    const note = 'The columnist writes in a personal capacity.';
    expect(dump([...HEAD, ...PROSE, note, box]).body).toEqual(PROSE);
    const last = 'Parking at the quay stays free.';
    expect(dump([...HEAD, ...PROSE, last, box]).body).toEqual([...PROSE, last]);
  });
});

describe('pages in more languages: furniture, lists, captions, authors and dates', () => {
  it.each([
    'Hirdetés',
    'Publicitate',
    'Annonse',
    'Sponsored',
    'Logga in',
    'Kopiera länk',
    'Hoppa till innehåll',
    'Zur Startseite',
    "Retour à l'accueil",
    'Se flere aktiekurser',
  ])('drops advertisement labels, controls and front-page links in more languages: %j', (line) => {
    expect(furnitureKind(line)).toBe('drop');
  });

  eachLine('reads %j as %s', furnitureKind, [
    // A subscription offer with a price, however long, and the button under it.
    ['Abonnez-vous au Courrier des Marais : 1 € le premier mois, sans engagement', 'drop'],
    ["Je m'abonne", 'drop'],
    // An imprint line naming the responsible editor.
    ['Ansvarlig redaktør: Kari Vik', 'footer'],
    ['Fjordposten AB · Ansvarig utgivare: Per Holm', 'footer'],
    // "More about <topic>" and other list headings.
    ['Mer om Fotboll', 'related'],
    ['Les mer om', 'related'],
    ['Dans la même rubrique', 'related'],
    ['Articole similare', 'related'],
    ['Flere saker', 'related'],
    // Sentences that open as these lines do.
    ['Welcome home', null],
    ['Se acabó la espera', null],
    ['Abonnez-vous, disait-il, et le journal vivra.', null],
    ['The editor said the paper would appeal.', null],
    ['Mer om det kan du läsa i kommunens rapport.', null],
  ]);

  it('reads a related title after a list heading on the same line', () => {
    expect(one('Kapcsolódó cikk: Új komp áll forgalomba a tavon').related).toBe(
      'Új komp áll forgalomba a tavon',
    );
  });

  it('keeps two-sentence titles and titles ending on an abbreviation in a list up to its end', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Zobacz też',
      'Prom stanął na mieliźnie. Pasażerowie czekali trzy godziny',
      'Færgetakster stiger med 12 kr.',
      'Most read',
      'Man finds old coins under the pier',
    ]);
    expect(item.related).toEqual([
      'Prom stanął na mieliźnie. Pasażerowie czekali trzy godziny',
      'Færgetakster stiger med 12 kr.',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('still resumes the story after a list when a paragraph follows', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'See also',
      'Dredging contract goes out to tender',
      ...PROSE.slice(1),
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual(['Dredging contract goes out to tender']);
  });

  it.each([
    [
      'Boats in the inner basin at dawn. / PERE MOLL',
      false,
      'Boats in the inner basin at dawn.',
      'PERE MOLL',
    ],
    ['The quay at low tide / Foto: Harbour Board', true, 'The quay at low tide', 'Harbour Board'],
    [
      'The court in session on Friday. © Foto: Ilse Varga',
      true,
      'The court in session on Friday.',
      'Ilse Varga',
    ],
  ])(
    'reads a slash after the caption sentence, and a medium word after "©", as credit markers: %j',
    (line, header, caption, credit) => {
      expect(markedCaption(line, header)).toEqual({ caption, credit });
    },
  );

  it('keeps the paragraphs around a caption with a slash credit', () => {
    const item = dump([
      ...HEAD,
      ...PROSE.slice(0, 2),
      'The new berth under construction. / N. Q.',
      ...PROSE.slice(2),
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('does not read a company form with a slash as a photo credit', () => {
    expect(outletCredit('Harbour Composites A/S')).toBeNull();
    const item = dump([...HEAD, ...PROSE, 'Harbour Composites A/S', 'Kurs: 148,60 DKK', '+9,21%']);
    expect(item.body).toEqual(PROSE);
  });

  it('finds authors printed without "By" and joined by "and" in other languages', () => {
    expect(one('Kari Vik og Per Ivar Holm').author).toBe('Kari Vik og Per Ivar Holm');
    expect(one('Anna Berg och Lars Ek').author).toBe('Anna Berg och Lars Ek');
    expect(one('Kultur og Underholdning').author).toBeNull();
    expect(dump([HEAD[0]!, 'Av Anna Berg och Lars Ek', ...PROSE]).byline).toBe('Anna Berg och Lars Ek');
  });

  it('reads date labels in Nordic languages, Hungarian and Romanian, and drops such lines from the body', () => {
    expect(one('Publicerad 13 mars 2026 kl. 22.14').timeLine).toBe(true);
    expect(one('Oppdatert: 14.03.2026 11:30').dates[0]?.label).toBe('updated');
    expect(one('Publisert: 14.03.2026 08:12').dates[0]?.label).toBe('published');
    const item = dump([...HEAD, ...PROSE, 'Publisert: 14.03.2026 08:12']);
    expect(item.body).toEqual(PROSE);
  });
});

describe('third held-out round: shapes of pages in more scripts and styles', () => {
  it.each(['Ana içeriğe geç', 'Langsung ke konten utama', 'Siirry sisältöön', 'Vés al contingut'])(
    'drops the skip link %j',
    (line) => {
      expect(furnitureKind(line)).toBe('drop');
    },
  );

  it('does not take a skip link for the headline', () => {
    const item = dump(['Ana içeriğe geç', 'Liman Postası', 'Gündem', 'Spor', ...HEAD, ...PROSE]);
    expect(item.title).toBe(HEAD[0]);
  });

  eachLine('reads a one-word label before a name as the author’s: %j', labelledAuthor, [
    ['Haber: Derya Kumsal', 'Derya Kumsal'],
    ['Fotografer: Bayu Santoso', 'Bayu Santoso'],
    ['Foto: Bayu Santoso', null],
    ['Kaynak: Liman Postası', null],
    ['Durum: Kapalı', null],
  ]);

  it('takes a one-word label before a name, under the headline, for the author', () => {
    const item = dump([HEAD[0]!, 'Haber: Derya Kumsal', ...PROSE]);
    expect(item.byline).toBe('Derya Kumsal');
  });

  it('reads the Greek genitive article before the author as "by"', () => {
    expect(one('Του Νίκου Σταθάκη').byline?.names).toBe('Νίκου Σταθάκη');
    expect(one('Της αγοράς ακινήτων').byline).toBeNull();
  });

  it('reads a row of dated parts as one date line, with the US zone of the day', () => {
    const l = one('Published March 4, 2026 at 9:15 a.m. ET | Updated March 5, 2026 at 8:02 a.m. ET');
    expect(l.timeLine).toBe(true);
    expect(l.dates[0]).toMatchObject({ instant: '2026-03-04T09:15:00-05:00', label: 'published' });
    const item = dump([HEAD[0]!, 'Sabtu, 7 Mar 2026 10:05 WIB', ...PROSE]);
    expect(item.published).toBe('2026-03-07T10:05:00+07:00');
  });

  it('counts words of scripts without spaces, and ends their sentences with the ideographic stop', () => {
    expect(wordCount('港の朝市は今年も四月から再開する')).toBeGreaterThanOrEqual(6);
    expect(one('港の朝市は、今年も四月から再開すると市が発表した。').prose).toBe(true);
    expect(markedCaption('再開した港の朝市＝7日（写真：山田花子）', true)).toEqual({
      caption: '再開した港の朝市＝7日',
      credit: '山田花子',
    });
  });

  it('takes a name in brackets right under the last paragraph for the reporter', () => {
    expect(bracketedSignature('（山田花子）')).toBe('山田花子');
    expect(bracketedSignature('(Nora Quint)')).toBe('Nora Quint');
    expect(bracketedSignature('(AP)')).toBeNull();
    const item = dump([HEAD[0]!, ...PROSE, '(Nora Quint)']);
    expect(item.byline).toBe('Nora Quint');
    expect(item.body).toEqual(PROSE);
  });

  it('reads related prefixes in brackets and "more <noun>" list headings', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      '【関連記事】港の朝市、今年も四月から再開',
      ...PROSE.slice(1),
      'More episodes',
      'Episode 12: The ferry that never came back',
      'Episode 11: Dredging the inner basin',
    ]);
    expect(item.related).toEqual([
      '港の朝市、今年も四月から再開',
      'Episode 12: The ferry that never came back',
      'Episode 11: Dredging the inner basin',
    ]);
    expect(item.body).toEqual(PROSE);
    expect(furnitureKind('Mais lidas')).toBe('popular');
  });

  it('takes the menu entry printed again over a kicker for the section', () => {
    const item = dump([...MASTHEAD, 'Opinion pages', 'Opinion pages', 'Column', ...HEAD, ...PROSE]);
    expect(item.section).toBe('Opinion pages');
  });

  it('keeps a subheading between an advertisement label and an inline related link', () => {
    const item = dump([
      ...HEAD,
      ...PROSE.slice(0, 2),
      'Advertisement',
      'Read also: Dredging contract goes to tender',
      'What the fees pay for',
      ...PROSE.slice(2),
    ]);
    expect(item.body).toEqual([...PROSE.slice(0, 2), 'What the fees pay for', ...PROSE.slice(2)]);
    expect(item.related).toEqual(['Dredging contract goes to tender']);
  });
});

describe('more languages: list headings, caption credits, bylines', () => {
  eachLine(
    'reads related, most-read and tag headings in Slovak, Croatian, Lithuanian, Estonian, Vietnamese, Korean, Hebrew and Filipino: %j is %s',
    furnitureKind,
    [
      ['Súvisiace články', 'related'],
      ['Pročitajte još', 'related'],
      ['Susiję straipsniai', 'related'],
      ['Loe ka', 'related'],
      ['Tin liên quan', 'related'],
      ['관련기사', 'related'],
      ['כתבות נוספות', 'related'],
      ['Mga kaugnay na balita', 'related'],
      ['Najčítanejšie', 'popular'],
      ['Svarbiausios naujienos', 'popular'],
      ['많이 본 뉴스', 'popular'],
      ['הכי נקראים', 'popular'],
      ['Pinakabinabasa', 'popular'],
      ['Oznake: luka, trajekt', 'footer'],
    ],
  );

  it.each([
    ['Rybári na móle. Nuotr. Ona Vaitė', 'Rybári na móle.', 'Ona Vaitė'],
    ['항구에 배가 들어오고 있다. 사진=이수민 기자', '항구에 배가 들어오고 있다.', '이수민'],
    ['הנמל בבוקר. צילום: דנה לוי', 'הנמל בבוקר.', 'דנה לוי'],
    ['Ang daungan sa umaga. Larawan mula kay Nilo Cruz', 'Ang daungan sa umaga.', 'Nilo Cruz'],
  ])(
    'splits credits marked by the picture word in more scripts, and "=" after it: %j',
    (line, caption, credit) => {
      expect(markedCaption(line, false)).toEqual({ caption, credit });
    },
  );

  eachLine(
    'reads the "by" word of Hebrew and Filipino, and a name signed with the reporter role word: %j',
    (line) => parseByline(line)?.names,
    [
      ['מאת דנה לוי', 'דנה לוי'],
      ['Ni Nilo Cruz', 'Nilo Cruz'],
      ['이수민 기자', '이수민'],
      ['이수민 기자 sumin@example.kr', '이수민'],
    ],
  );

  // One vocabulary for HTML, text and feeds: words first read by one of them reach the others.
  eachLine(
    'reads the byline words the HTML and feed readers know too: %j',
    (line) => parseByline(line)?.names,
    [
      ['Автор Иван Петров', 'Иван Петров'],
      ['Penulis: Budi Santoso', 'Budi Santoso'],
      ['Oleh: Budi Santoso', 'Budi Santoso'],
    ],
  );

  it('reads a caseless line without a prefix or role word as no byline', () => {
    expect(parseByline('이수민')).toBeNull();
  });
});

describe('dates, rights notices and signatures of more page shapes', () => {
  it('reads a month name of a language no other stage reads (Filipino "Marso")', () => {
    const item = dump([...HEADER, 'Ni Nora Quint', 'Marso 14, 2026 - 3:45 PM', ...PROSE]);
    expect(item.byline).toBe('Nora Quint');
    expect(item.dateForOrdering).toBe('2026-03-14');
    expect(item.body).toEqual(PROSE);
  });

  it('ends the article at a rights notice without the word copyright', () => {
    expect(furnitureKind('Copying these reports without written permission is prohibited.')).toBe('footer');
    expect(furnitureKind('XNA uudiste kopeerimine ilma kirjaliku loata on keelatud.')).toBe('footer');
    // Copying and a ban, but no permission: a sentence of a story.
    expect(
      furnitureKind('Copying answers from a phone is prohibited in every exam, the board said.'),
    ).toBeNull();
  });

  it('takes "Name, CODE" for the author when the page prints the code elsewhere, not a place and its state', () => {
    const signed = dump([...HEADER, 'Nora Quint, XNA', '14.03.2026 12:04', ...PROSE, '© XNA 2026']);
    expect(signed.byline).toBe('Nora Quint');
    const place = dump([...HEADER, 'Bowling Vale, KY', 'By Nora Quint', ...PROSE]);
    expect(place.byline).toBe('Nora Quint');
  });

  it('reads a name and a date printed under the last paragraph as the byline and the date', () => {
    const item = dump([...HEADER, ...PROSE, 'Nora Quint', '14/03/2026 08:30 (GMT+7)', 'Share']);
    expect(item.byline).toBe('Nora Quint');
    expect(item.published).toBe('2026-03-14T08:30:00+07:00');
    expect(item.body).toEqual(PROSE);
  });
});

describe('structure that needs no words of the language', () => {
  it('reads a month name from CLDR in any language a general package lists, and an inflected one', () => {
    // Malay and Basque are read by no other stage.
    expect(dump([...HEADER, 'By Nora Quint', '4 Mac 2026, 09:30 GMT', ...PROSE]).published).toBe(
      '2026-03-04T09:30:00+00:00',
    );
    // Year, a word for "year", day and a month name with a case ending.
    expect(isDateLine('2026. gada 3. aprīlī, 14:00')).toBe(true);
    expect(dump([...HEADER, 'Nora Quint', '2026. gada 3. aprīlī, 14:00', ...PROSE]).dateForOrdering).toBe(
      '2026-04-03',
    );
  });

  eachLine('lets one unread word stand in a short line that states a whole date, not two: %j', isDateLine, [
    ['Sabtu, 4 April 2026', true],
    ['Meeting at Harbour Hall, 4 April 2026', false],
    // A word beside a day and month with no year is not enough.
    ['Sabtu, 4 April', false],
  ]);

  it('ends a sentence on the danda as on a full stop', () => {
    expect(one('बंदरगाह बोर्ड ने मंगलवार को शुल्क आठ प्रतिशत बढ़ाने का फैसला किया।').prose).toBe(true);
  });

  it('takes the first run of teaser titles after the text for the related list, under a header in no list', () => {
    const item = dump([
      ...HEADER,
      'By Nora Quint',
      ...PROSE,
      'Ferry: timetable, fares',
      'Elsewhere on the quay',
      'Lifeboat crew called out twice in one night off the point',
      'New fish market hall to open on the east pier next spring',
      'Council rejects plan for a car park on the old rope works',
      'Busiest this week',
      'Seal pup found sleeping in a rowing boat at the slipway',
      '© 2026 Harbour Weekly',
    ]);
    expect(item.related).toEqual([
      'Lifeboat crew called out twice in one night off the point',
      'New fish market hall to open on the east pier next spring',
      'Council rejects plan for a car park on the old rope works',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('drops an inline link whose title the related list repeats, whatever its label says', () => {
    const teaser = 'Lifeboat crew called out twice in one night off the point';
    const item = dump([
      ...HEADER,
      'By Nora Quint',
      PROSE[0]!,
      PROSE[1]!,
      `ALSO THIS: ${teaser}`,
      PROSE[2]!,
      PROSE[3]!,
      'More on this',
      teaser,
      'New fish market hall to open on the east pier next spring',
    ]);
    expect(item.related).toContain(teaser);
    expect(item.body).toEqual(PROSE);
  });

  it('takes two bare words of a script without capitals next to the date line for the author', () => {
    const item = dump([
      ...HEADER,
      'বন্দর বোর্ড মঙ্গলবার মুরিং ফি আট শতাংশ বাড়ানোর সিদ্ধান্ত নিয়েছে।',
      'অনিতা রায়',
      '4 April 2026, 10:00',
      ...PROSE,
    ]);
    expect(item.byline).toBe('অনিতা রায়');
  });

  it('splits a credit after a caption ending on the danda, with a label in any language', () => {
    expect(markedCaption('বন্দরে দাঁড়িয়ে থাকা নৌকা। ছবি: সংবাদদাতা', true)).toEqual({
      caption: 'বন্দরে দাঁড়িয়ে থাকা নৌকা।',
      credit: 'সংবাদদাতা',
    });
  });

  it('drops the medium\'s word before a slash in a credit line, and reads "Na" and "Gan" as "by"', () => {
    expect(outletCredit('Mynd/Nora Quint')).toBe('Nora Quint');
    expect(outletCredit('Nora Quint/Harbour Agency')).toBe('Nora Quint/Harbour Agency');
    expect(parseByline('Gan Nora Quint')?.names).toBe('Nora Quint');
    expect(parseByline('Na Nora Quint')?.names).toBe('Nora Quint');
  });
});

describe('a contact address under the byline', () => {
  it('reads a line of an e-mail address alone, or after a short label, as furniture', () => {
    expect(one('nora.quint@harbourweekly.example').noise).toBe(true);
    expect(one('Email: desk@harbourweekly.example').noise).toBe(true);
    expect(one('Tips to the newsroom: write to desk@harbourweekly.example and we will reply.').noise).toBe(
      false,
    );
    // A name before the address, without a colon, is the byline.
    expect(one('Nora Quint nora.quint@harbourweekly.example').noise).toBe(false);
  });

  it('takes no standfirst from the reporter’s address between byline and date', () => {
    const item = dump([
      ...HEADER,
      'BY NORA QUINT',
      'Weekly staff reporter',
      'quintn@harbourweekly.example',
      'Saturday, April 04, 2026',
      ...PROSE,
    ]);
    expect(item.summary).toBeNull();
    expect(item.body).toEqual(PROSE);
  });
});

describe('a credit in capitals over its caption', () => {
  it('reads the medium word, a name and the outlet after a comma as a credit line of its own', () => {
    expect(markedCaption('PHOTO NORA QUINT, THE HARBOUR WEEKLY', true)).toEqual({
      caption: null,
      credit: 'NORA QUINT, THE HARBOUR WEEKLY',
    });
  });

  it('takes the line under it for the caption, not the first paragraph', () => {
    const item = dump([
      ...HEAD,
      'PHOTO NORA QUINT, THE HARBOUR WEEKLY',
      'Boats moored in the inner basin, Monday.',
      ...PROSE,
    ]);
    expect(item.image).toMatchObject({
      caption: 'Boats moored in the inner basin, Monday.',
      credit: 'NORA QUINT, THE HARBOUR WEEKLY',
    });
    expect(item.body).toEqual(PROSE);
  });
});

describe('a role in small letters after the byline name', () => {
  it('drops a role in words no role list knows, and keeps a second name', () => {
    expect(parseByline('By Nora Quint, waterfront chronicler')?.names).toBe('Nora Quint');
    expect(parseByline('Autor: Nora Quint, cronista do porto')?.names).toBe('Nora Quint');
    expect(parseByline('By Nora Quint, Tam Brill')?.names).toBe('Nora Quint, Tam Brill');
    expect(parseByline('By nora quint')).toBeNull();
  });
});
