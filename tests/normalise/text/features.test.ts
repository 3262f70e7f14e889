import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import { describeLines } from '../../../src/normalise/text/features.js';
import { datesIn } from '../../../src/normalise/text/dates.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

const one = (line: string) => describeLines([line])[0]!;

describe('line features', () => {
  it('reads rows of controls and counters as furniture, in several languages', () => {
    for (const row of [
      'Print this page | Close window',
      '[ Drucken ]   [ Schließen ]',
      'Imprimir | Fechar',
      'Listen to the story • 6 min',
      'Artikel anhören • 3 Minuten',
      'Écouter · 4 min',
      'Loading ...',
      '14°',
      'View more updates',
      // A site's service pages, wherever its menu prints them.
      'Contact',
      'About us',
      'Über uns',
    ]) {
      expect(furnitureKind(row), row).toBe('drop');
    }
  });

  it('reads list headers in more languages, with a media label or a period', () => {
    for (const [line, kind] of [
      ['FOTOS: mais vistas do mês', 'popular'],
      ['Most watched', 'popular'],
      ['Přečtěte si také', 'related'],
      ['Ook interessant', 'related'],
      ['More from Business', 'related'],
      ['Notes to editors', 'footer'],
      ['-ENDS-', 'footer'],
      ['Pressekontakt', 'footer'],
    ] as const) {
      expect(furnitureKind(line), line).toBe(kind);
    }
    expect(furnitureKind('Popular anger grows over the closure')).toBeNull();
  });

  it('keeps short lines of article text that only look like controls', () => {
    for (const line of ['Share prices fell by a third.', 'The mayor closed the meeting early.']) {
      expect(furnitureKind(line), line).toBeNull();
    }
  });

  it('reads app promotions and comment gates as furniture', () => {
    expect(furnitureKind('Download the Example 9 News app for alerts, live video and the forecast.')).toBe(
      'drop',
    );
    expect(furnitureKind('Scarica l’app di Giornale Esempio per le notizie in tempo reale')).toBe('drop');
    expect(furnitureKind('Log in to leave a comment')).toBe('drop');
    expect(furnitureKind('Чтобы оставить комментарий, авторизуйтесь')).toBe('drop');
  });

  it('finds authors printed without "By"', () => {
    expect(one('Ann Lee').author).toBe('Ann Lee');
    expect(one('Ann Lee, Staff Writer').author).toBe('Ann Lee');
    expect(one('JONAS ALBERS | Redakteur').author).toBe('JONAS ALBERS');
    expect(one('Ann Lee · 5 min read · 4 March 2026').author).toBe('Ann Lee');
    expect(one('Paris, France').author).toBeNull();
  });

  it('finds a page address the dump states, not a link in a sentence', () => {
    expect(one('Article URL: https://news.example/city/item-12').statedUrl).toBe(
      'https://news.example/city/item-12',
    );
    expect(
      one(
        'The council published the full report at https://council.example/report on Monday, officials said.',
      ).statedUrl,
    ).toBeNull();
    expect(one('Visit https://news.example').statedUrl).toBeNull();
  });
});

describe('dates in any language', () => {
  it('gives the day without a time, and the instant with a time and a zone', () => {
    expect(datesIn('4 de marzo de 2026')[0]).toMatchObject({ day: '2026-03-04', instant: null });
    expect(datesIn('4. März 2026')[0]).toMatchObject({ day: '2026-03-04', instant: null });
    expect(datesIn('2026. március 4.')[0]).toMatchObject({ day: '2026-03-04', instant: null });
    expect(datesIn('Veröffentlicht: 04.03.2026, 09:41 Uhr MEZ')[0]).toMatchObject({
      day: '2026-03-04',
      instant: '2026-03-04T09:41:00+01:00',
      label: 'published',
    });
  });

  it('sets the ordering date from a date-only line, leaving published null', () => {
    const item = normaliseTextDump(
      'Ciudad\nEl ayuntamiento aprueba el nuevo plan de carriles bici\nPor Ana Ruiz\n4 de marzo de 2026\nEl pleno aprobó el plan el martes por la tarde tras un largo debate sobre su coste.',
      { url: null },
    );
    expect(item.published).toBeNull();
    expect(item.dateForOrdering).toBe('2026-03-04');
    expect(item.dropped).toContain('4 de marzo de 2026');
  });
});
