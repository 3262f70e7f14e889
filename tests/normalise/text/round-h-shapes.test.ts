import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round H, in invented text: a dump that lost its line breaks in places, so furniture
 * runs onto a paragraph's end (a read-on teaser, a row of share buttons) and a site list's
 * titles run onto its heading's line.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Lokales',
  'Stadtrat beschließt neue Buslinie zwischen Bahnhof und Klinikum',
  'Von Jana Hoffmann | 04.12.2026, 16:20 Uhr',
];

const PROSE = [
  'Der Stadtrat hat am Mittwoch mit großer Mehrheit eine neue Buslinie zwischen dem Hauptbahnhof und dem Klinikum beschlossen, die ab dem Frühjahr im Zehn-Minuten-Takt fahren soll.',
  'Die Verkehrsbetriebe rechnen mit rund viertausend Fahrgästen am Tag und wollen dafür sechs neue Elektrobusse anschaffen.',
  'Die Opposition kritisierte die Kosten von knapp drei Millionen Euro im Jahr, stimmte am Ende aber ebenfalls zu.',
  'Die ersten Haltestellen sollen im Februar gebaut werden, teilte die Stadtverwaltung mit.',
];

describe('furniture run onto the end of a paragraph', () => {
  it('parts a read-on teaser and a share row from the sentences before them', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      `${PROSE[1]!} LESEN SIE AUCH: Parkhaus am Markt wird ab Januar saniert`,
      PROSE[2]!,
      `${PROSE[3]!} Teilen auf Facebook Teilen auf WhatsApp Teilen auf X Drucken`,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual(['Parkhaus am Markt wird ab Januar saniert']);
  });
});

describe("a site list's titles run onto its heading's line", () => {
  it('is furniture, not a paragraph', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Meistgelesen Feuerwehr: Katze aus Baumkrone am Stadtpark gerettet Innenstadt: neue Bäckerei am Domplatz eröffnet Winterdienst: Streufahrzeuge starten früher als geplant',
      'Schreiben Sie einen Kommentar',
      '© 2026 Stadtanzeiger – Alle Rechte vorbehalten | Impressum | Kontakt',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('a note under the author box that closes a column', () => {
  const STORY = [
    'Chi attraversa il lungolago al mattino vede sempre la stessa fila di auto ferme davanti al passaggio a livello della stazione.',
    'Il comune promette da dieci anni un sottopasso, ma dopo tre progetti e due varianti il cantiere non è mai partito.',
    'Intanto i pendolari perdono venti minuti al giorno e i negozi del centro contano clienti sempre più rari.',
    'Serve una data certa, un appalto pubblicato e una ruspa sul posto, non un altro studio di fattibilità.',
  ];
  it('goes with the box, and the story keeps its last paragraph', () => {
    const item = dump([
      'Opinioni',
      'Il sottopasso della stazione non può aspettare ancora',
      'Di Marta Ghezzi',
      '5 dicembre 2026',
      ...STORY,
      'Marta Ghezzi è urbanista e insegna al Politecnico. Scrive ogni due settimane in questo spazio.',
      'Le opinioni espresse in questa rubrica sono responsabilità esclusiva dell’autrice.',
    ]);
    expect(item.body).toEqual(STORY);
  });
});

describe("a live page's entry stamps", () => {
  it('are no paragraphs: a word, a separator and a clock time', () => {
    const entries = [
      'Die Feuerwehr meldet, dass der Brand in der Lagerhalle am Hafen inzwischen unter Kontrolle ist.',
      'Anwohner im Umkreis von einem Kilometer sollen weiterhin Fenster und Türen geschlossen halten.',
      'Gegen sechs Uhr morgens ging der erste Notruf bei der Leitstelle ein, Verletzte gibt es keine.',
    ];
    const item = dump([
      'Lokales',
      'LIVE',
      'Großbrand in Lagerhalle am Hafen: alle Entwicklungen im Ticker',
      'Von Jana Hoffmann',
      '05.12.2026, 06:40 Uhr',
      'Aktualisierung – 09:40',
      entries[0]!,
      'Aktualisierung – 08:15',
      entries[1]!,
      'Aktualisierung – 06:40',
      entries[2]!,
    ]);
    expect(item.body).toEqual(entries);
  });
});

describe('a row of page controls over the text', () => {
  it('is no lead caption: buttons of a word or two set apart by a bar', () => {
    const item = dump([
      'Kraj',
      'W Sanoku otwarto nowy dworzec autobusowy po pół roku przebudowy',
      'Anna Wójcik, redaktorka',
      '6 grudnia 2026, 09:15',
      'Wyświetlenia: 412',
      'Wydrukuj | Prześlij dalej',
      'Nowy dworzec autobusowy w Sanoku przyjmuje pasażerów od poniedziałku. Stary budynek z lat siedemdziesiątych był w złym stanie.',
      'Przebudowę sfinansowały miasto i województwo, które przekazało osiemset tysięcy złotych na nową poczekalnię.',
    ]);
    expect(item.image).toBeNull();
  });
});

describe("a column's name under the section in capitals", () => {
  it('leaves the section to the menu entry printed again in capitals above it', () => {
    const item = dump([
      'Zum Inhalt springen',
      'Politik',
      'Wirtschaft',
      'Meinung',
      'Sport',
      'Abo',
      'MEINUNG',
      'Kolumne Klartext',
      'Die Stadt braucht endlich einen Plan für ihre Brücken',
      'Von Jana Hoffmann | 04.12.2026, 16:20 Uhr',
      ...PROSE,
    ]);
    expect(item.section).toBe('MEINUNG');
  });
});
