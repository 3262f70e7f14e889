import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';
import { furnitureKind, isNameRow } from '../../../src/normalise/text/furniture.js';

/**
 * Round O shapes (otext2): a trail under a menu row, a picture's "[placeholder]" before its
 * caption, an author's desk after a slash, a gallery's counter, attachments with their file size,
 * a header that ends a related list, a row of sponsors' names, a signature block under the text, and
 * dates with a spaced elided connector or a zone named in words before its offset. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const PARAS = [
  'Le conseil municipal a voté jeudi soir la rénovation complète de la piscine du quartier nord, fermée depuis deux ans.',
  'Les travaux doivent commencer en septembre et durer quatorze mois, pour un coût estimé à 3,2 millions d’euros.',
  'L’opposition a dénoncé un calendrier trop long, tandis que les clubs de natation ont salué une bonne nouvelle.',
];

describe('a trail under a menu row', () => {
  it('takes the last crumb of "Entry / Sub" as the section when the menu row prints the entry', () => {
    const r = dump([
      'Gazette du Val',
      'Accueil | Actualités | Sport | Culture | Contact',
      'Actualités / Vie locale',
      'La piscine du quartier nord sera rénovée dès septembre',
      ...PARAS,
    ]);
    expect(r.title).toBe('La piscine du quartier nord sera rénovée dès septembre');
    expect(r.section).toBe('Vie locale');
  });

  it('reads a menu entry with a figure in it as a crumb', () => {
    const r = dump([
      'Gazette du Val',
      'Accueil | Actualités | Fête 2026 | Culture | Contact',
      'Actualités / Fête 2026',
      'La piscine du quartier nord sera rénovée dès septembre',
      ...PARAS,
    ]);
    expect(r.section).toBe('Fête 2026');
  });

  it('keeps a label in capitals whole: a styled kicker, not the menu’s links', () => {
    const r = dump([
      'Gazette du Val',
      'Accueil | Actualités | Sport | Culture | Contact',
      'CULTURE / ENTRETIENS',
      'La piscine du quartier nord sera rénovée dès septembre',
      ...PARAS,
    ]);
    expect(r.section).toBe('CULTURE / ENTRETIENS');
  });
});

describe('the header block', () => {
  it('drops a picture’s "[placeholder]" from its caption', () => {
    const r = dump([
      'Gazette du Val',
      'Vie locale',
      'La piscine du quartier nord sera rénovée dès septembre',
      '[Image] Le bassin extérieur, vide depuis l’été 2024.',
      'Photo : Luc Marchand',
      ...PARAS,
    ]);
    expect(r.image).toMatchObject({
      caption: 'Le bassin extérieur, vide depuis l’été 2024.',
      credit: 'Luc Marchand',
    });
  });

  it('reads "Label: Name / Desk" as the author, the desk left out', () => {
    const r = dump([
      'Hamburger Stadtfunk',
      'Stadtteile',
      'Das Freibad im Norden wird ab September saniert',
      'Reporterin: Jana Köhler / Redaktion Stadtteile',
      '14. März 2026, 09:15 MEZ',
      'Der Bezirk hat am Donnerstagabend die Sanierung des Freibads im Norden beschlossen, das seit zwei Jahren geschlossen ist.',
      'Die Arbeiten sollen im September beginnen und vierzehn Monate dauern, die Kosten liegen bei 3,2 Millionen Euro.',
    ]);
    expect(r.byline).toBe('Jana Köhler');
    expect(r.published).toBe('2026-03-14T09:15:00+01:00');
  });

  it('keeps "Label: Name / Desk" the author when a labelled airing time stands under it (no box of rows)', () => {
    const r = dump([
      'Hamburger Stadtfunk',
      'Stadtteile',
      'Das Freibad im Norden wird ab September saniert',
      'Das Freibad im Norden wird ab September saniert',
      'Nach zwei Jahren Pause beschließt der Bezirk die Sanierung.',
      'Reporterin: Jana Köhler / Redaktion Stadtteile',
      'Gesendet: im Abendmagazin am Freitagabend',
      'Veröffentlicht: 14. März 2026, 19:45 MEZ',
      'Der Bezirk hat am Donnerstagabend die Sanierung des Freibads im Norden beschlossen, das seit zwei Jahren geschlossen ist.',
      'Die Arbeiten sollen im September beginnen und vierzehn Monate dauern, die Kosten liegen bei 3,2 Millionen Euro.',
    ]);
    expect(r.byline).toBe('Jana Köhler');
    expect(r.published).toBe('2026-03-14T19:45:00+01:00');
  });

  it('takes a gallery’s counter "Word (12 photos)" for a control, not the caption’s first line', () => {
    const r = dump([
      'Gazette du Val',
      'Vie locale',
      'La piscine du quartier nord sera rénovée dès septembre',
      '14/03/2026 | 09:15',
      'Galerie (12 photos)',
      'le bassin extérieur, vide depuis l’été 2024.',
      'Photo : Luc Marchand',
      ...PARAS,
    ]);
    expect(r.image?.caption).toBe('le bassin extérieur, vide depuis l’été 2024.');
    expect(furnitureKind('Fotogalerie (8 snímků)')).toBe('drop');
  });
});

describe('lines under the text', () => {
  it('drops attachments with their file size and reads the list of stories under them', () => {
    const r = dump([
      'Gazette du Val',
      'Vie locale',
      'La piscine du quartier nord sera rénovée dès septembre',
      ...PARAS,
      'Documents joints :',
      'Délibération n° 47 sur le budget de la piscine (PDF, 312 Ko)',
      'Procès-verbal de la séance (PDF, 1,1 Mo)',
      'Autres actualités',
      'Le marché de Noël revient place de la Mairie en décembre',
      'Une nouvelle ligne de bus relie la gare au quartier nord',
      '© 2026 Gazette du Val',
    ]);
    expect(r.related).toEqual([
      'Le marché de Noël revient place de la Mairie en décembre',
      'Une nouvelle ligne de bus relie la gare au quartier nord',
    ]);
    expect(r.body).toEqual(PARAS);
  });

  it('ends a related list at a header ending in a colon', () => {
    const r = dump([
      'Gazette du Val',
      'Vie locale',
      'La piscine du quartier nord sera rénovée dès septembre',
      ...PARAS,
      'Articles liés',
      'Le marché de Noël revient place de la Mairie en décembre',
      'Une nouvelle ligne de bus relie la gare au quartier nord',
      'Avec le soutien de :',
      'Mairie du Val · Boulangerie Martin · Garage Dupont et Fils',
      '© 2026 Gazette du Val',
    ]);
    expect(r.related).toEqual([
      'Le marché de Noël revient place de la Mairie en décembre',
      'Une nouvelle ligne de bus relie la gare au quartier nord',
    ]);
  });

  it('takes a row of three names or more parted by dots for no title', () => {
    expect(isNameRow('Mairie du Val · Boulangerie Martin · Garage Dupont et Fils')).toBe(true);
    expect(isNameRow('Avec le soutien de : Mairie du Val • Boulangerie Martin • Garage Dupont')).toBe(true);
    expect(isNameRow('Le marché de Noël revient place de la Mairie en décembre')).toBe(false);
  });

  it('reads "Prepared by:" and a name on the next line as the byline, and ends the text there', () => {
    const r = dump([
      'Okręgowy Sąd w Dolinie',
      'Komunikaty',
      'Sąd uniewinnił byłego członka komisji przetargowej w sprawie remontu szkoły',
      'Sąd Okręgowy w Dolinie ogłosił w czwartek wyrok w sprawie byłego członka komisji przetargowej gminy.',
      'Sąd uznał, że prokuratura nie wykazała, by oskarżony wiedział o zmowie cenowej dwóch oferentów.',
      'Informację przygotowała:',
      'Anna Nowak',
      'rzeczniczka prasowa sądu',
      'Tel. 22 000 00 00',
    ]);
    expect(r.byline).toBe('Anna Nowak');
    expect(r.body).toHaveLength(2);
  });

  it('reads a list of links under the signature block, and a feedback poll is none of them', () => {
    const r = dump([
      'Okręgowy Sąd w Dolinie',
      'Komunikaty',
      'Sąd uniewinnił byłego członka komisji przetargowej w sprawie remontu szkoły',
      'Sąd Okręgowy w Dolinie ogłosił w czwartek wyrok w sprawie byłego członka komisji przetargowej gminy.',
      'Sąd uznał, że prokuratura nie wykazała, by oskarżony wiedział o zmowie cenowej dwóch oferentów.',
      'Informację przygotowała:',
      'Anna Nowak',
      'rzeczniczka prasowa sądu',
      'Powiązane komunikaty',
      '• Sąd ukarał firmę budowlaną grzywną za zmowę przy przetargu drogowym',
      '• Nowe godziny przyjmowania interesantów w budynku sądu od kwietnia',
      'Czy ta informacja była pomocna? Tak Nie',
      '© 2026 Sąd Okręgowy w Dolinie',
    ]);
    expect(r.related).toEqual([
      'Sąd ukarał firmę budowlaną grzywną za zmowę przy przetargu drogowym',
      'Nowe godziny przyjmowania interesantów w budynku sądu od kwietnia',
    ]);
  });
});

describe('date lines', () => {
  it('reads a spaced elided connector between day and month', () => {
    expect(datesIn("Ippubblikat: 5 ta' Marzu 2026 – 10:30 CET")[0]?.instant).toBe(
      '2026-03-05T10:30:00+01:00',
    );
  });

  it('reads a zone named in words before its offset, in brackets', () => {
    expect(datesIn('14.03.2026, 08:30 (hora de Lima, UTC-5)')[0]?.instant).toBe('2026-03-14T08:30:00-05:00');
  });
});
