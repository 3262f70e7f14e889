import { describe, expect, it } from 'vitest';
import {
  furnitureKind,
  inlineRelated,
  isRelatedHeading,
  isRelatedLabel,
  isSiteListHeading,
} from '../../../src/normalise/text/furniture.js';
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

  it('reads a verb and a by-word no list knows before a name, closed by a role or a date', () => {
    expect(one('Skribita da Ann Lee | Gazetara oficisto').author).toBe('Ann Lee');
    expect(one('Publikita de Bo Roe je 4 majo 2026').author).toBe('Bo Roe');
    expect(one('Skribita da Ann Lee | 12 fotoj').author).toBeNull();
  });

  it("passes over a short link's code, but not an article id or a slug", () => {
    expect(one('Kurzlink: https://news.example/k7Rw2').statedUrl).toBeNull();
    expect(one('Article URL: https://news.example/48213').statedUrl).toBe('https://news.example/48213');
    expect(one('Article URL: https://news.example/ferry-cuts').statedUrl).toBe(
      'https://news.example/ferry-cuts',
    );
  });
});

describe('list headings, one vocabulary for dumps and HTML', () => {
  it("tells the article's related links from the site's own lists", () => {
    for (const h of ['Related', 'Related videos', 'Read this next', 'Mehr dazu', 'Lees ook:', 'Läs också'])
      expect(isRelatedHeading(h), h).toBe(true);
    for (const h of [
      'Most read',
      'Our most popular stories',
      'Latest news',
      "Editors' picks",
      'Meest gelezen',
    ])
      expect(isSiteListHeading(h), h).toBe(true);
    for (const h of ['The latest fare rise was announced in June.', 'Related parties agreed'])
      expect(isRelatedHeading(h) || isSiteListHeading(h), h).toBe(false);
  });

  it('takes a media word as a teaser prefix only with a separator after it', () => {
    expect(inlineRelated('WATCH: Volunteers rebuild the harbour wall')).toBe(
      'Volunteers rebuild the harbour wall',
    );
    expect(inlineRelated('More Than Forty Boats Joined The Parade')).toBeNull();
    expect(isRelatedLabel('Read more:')).toBe(true);
    expect(isRelatedLabel('Read more about the plan')).toBe(false);
  });

  it('reads a teaser title in a script without capitals', () => {
    expect(inlineRelated('Read also: 新しい橋が開通 市内の渋滞緩和へ')).toBe(
      '新しい橋が開通 市内の渋滞緩和へ',
    );
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
