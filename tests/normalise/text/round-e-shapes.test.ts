import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { parseByline, wordCount } from '../../../src/normalise/text/lines.js';

/**
 * Shapes of round E, in invented text: a desk signing a story, ... The page words are invented
 * or of an invented language, so that no word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Valley Courier', 'Home', 'News', 'Sport', 'Opinion', 'Login | Register'];

const PROSE = [
  'The council voted on Monday to sell the old mill to a local builder after three years of losses and two failed auctions.',
  'The new owner plans to turn the mill into flats for young families and a small cafe by the river.',
  'Residents of the street fear that traffic will grow during the building works next year.',
  'The council will hear objections at a public meeting in January before the sale is signed.',
];

const TAIL = ['Tags: mill, council, housing', '© 2026 The Valley Courier. All rights reserved.'];

describe('a desk or team signing a story', () => {
  for (const desk of ['Sports Desk', 'Metro Team', 'City Bureau', 'Business Staff'])
    it(`is no author ("By ${desk}")`, () => {
      expect(parseByline(`By ${desk}`)?.names ?? null).toBeNull();
      const item = dump([
        ...MENU,
        'News',
        'Old mill sold to local builder after three years of losses',
        'Flats for young families planned by the river',
        `By ${desk}`,
        'Posted On: Saturday, 05 December 2026 21:15',
        ...PROSE,
        ...TAIL,
      ]);
      expect(item.byline).toBeNull();
    });
  it('keeps a role that stands for one writer ("By Staff Reporter")', () => {
    expect(parseByline('By Staff Reporter')?.names).toBe('Staff Reporter');
  });
});

/** Invented Tibetan-script text: syllables joined by the tsheg, clauses closed by the shad. */
const syllables = (n: number, seed = 0): string => {
  const pool = ['ཀ', 'ཁང', 'གསར', 'ལྷག', 'ཆོས', 'མཐོ', 'རྒྱལ', 'སྟོན', 'བཟང', 'དཔལ', 'ཞིང', 'འབྲས'];
  return Array.from({ length: n }, (_, i) => pool[(i * 7 + seed) % pool.length]).join('་');
};

describe('a script that marks syllables, not words (Tibetan)', () => {
  it('counts a line of many syllables as many words', () => {
    expect(wordCount(`${syllables(16)}།`)).toBeGreaterThanOrEqual(6);
    expect(wordCount(`${syllables(2)}།`)).toBeLessThanOrEqual(2);
  });
  it('takes the long line under the section for the headline, not a menu label', () => {
    const item = dump([
      `${syllables(4, 1)}།`,
      ...[2, 3, 4, 5, 6].map((s) => `${syllables(2, s)}།`),
      `${syllables(2, 3)}།`,
      `${syllables(16, 2)}།`,
      `${syllables(18, 5)}།`,
      ...[3, 4, 6, 8].map((s) => `${syllables(20, s)}། ${syllables(16, s + 1)}།`),
      `© 2026 ${syllables(4, 1)}།`,
    ]);
    expect(item.title).toBe(`${syllables(16, 2)}།`);
    expect(item.section).toBe(`${syllables(2, 3)}།`);
  });
});

/** Words of an invented language: no month, weekday or "by" list knows them. */
const VOSK_MENU = ['El Vosko Dijal', 'Primo', 'Kronika', 'Kultira', 'Sportu', 'Abonu | Entru'];
const VOSK_PROSE = [
  'Orla vendis la muelo de Karsten al loka konstruisto post tri jaroj da perdoj kaj du malsukcesaj aŭkcioj.',
  'La nova posedanto volas fari el la muelo loĝejojn por junaj familioj kaj malgrandan kafejon.',
  'Loĝantoj de la strato timas ke la trafiko kreskos dum la konstrulaboroj de la venonta jaro.',
  'La urba konsilio voĉdonos pri la plano en sia kunsido de januaro, post publika aŭdienco.',
];
const VOSK_TAIL = ['Etiketoj: muelo, Karsten', '© 2026 El Vosko Dijal. Todu rezervitu.'];
const voskPage = (section: string, byline: string, date: string) =>
  dump([
    ...VOSK_MENU,
    section,
    'Malnova muelo de Karsten vendita al loka konstruisto',
    'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
    byline,
    date,
    ...VOSK_PROSE,
    ...VOSK_TAIL,
  ]);

describe('a date line of a weekday and a day in words no list knows, without a time', () => {
  it('is a date line (not the headline), and states no instant', () => {
    expect(isDateLine('Virdako, 2 de Dosembru de 2026')).toBe(true);
    expect(isDateLine('Top 10 of the year 2026')).toBe(false);
    const item = voskPage('Kultira', 'di Mirela Vostok', 'Virdako, 2 de Dosembru de 2026');
    expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
    expect(item.summary).toBe('La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo');
    expect(item.published).toBeNull();
  });
});

describe('a section label set in capitals over the headline', () => {
  it('is named as the trail above it prints it', () => {
    const item = voskPage('Primo › Kultira\nKULTIRA', 'di Mirela Vostok', '2 December 2026, 10:15 GMT');
    expect(item.section).toBe('Kultira');
  });
  it('stays in capitals without a trail', () => {
    const item = voskPage('KULTIRA', 'di Mirela Vostok', '2 December 2026, 10:15 GMT');
    expect(item.section).toBe('KULTIRA');
  });
});

describe('a weekday that the date it stands by does not fall on', () => {
  it('leaves the date unread: the month name meant another month', () => {
    expect(datesIn('Monday, 5 December 2026, 10:00 GMT')[0]?.instant).toBeNull();
    expect(datesIn('Saturday, 5 December 2026, 10:00 GMT')[0]?.instant).toBe('2026-12-05T10:00:00+00:00');
    expect(datesIn('Sábado, 5 de diciembre de 2026, 10:00 GMT')[0]?.instant).toBe(
      '2026-12-05T10:00:00+00:00',
    );
    const item = voskPage('Kultira', 'di Mirela Vostok', 'Monday, 5 December 2026, 10:00 GMT');
    expect(item.published).toBeNull();
  });
});

describe('a month whose name CLDR gives in several words (Manx "Mee Houney", November)', () => {
  it('is read as that month, and the line is a date line', () => {
    expect(datesIn('Jedoonee 1 Mee Houney 2026, 09:30 GMT')[0]?.instant).toBe('2026-11-01T09:30:00+00:00');
    expect(isDateLine('Jedoonee 1 Mee Houney 2026, 09:30 GMT')).toBe(true);
  });
});

describe('one word in capitals alone between two paragraphs', () => {
  it('is an ad slot label no list knows, not body text', () => {
    const item = dump([
      ...MENU,
      'News',
      'Old mill sold to local builder after three years of losses',
      'Flats for young families planned by the river',
      'By Ann Lee',
      'Saturday 5 December 2026, 11:02 GMT',
      ...PROSE.slice(0, 2),
      'PROMOZ',
      ...PROSE.slice(2),
      ...TAIL,
    ]);
    expect(item.body).not.toContain('PROMOZ');
    expect(item.body).toHaveLength(PROSE.length);
  });
});

describe('a labelled signature under the last paragraph, in words no list knows', () => {
  it('names the author when the header names none', () => {
    const item = dump([
      ...VOSK_MENU,
      'Kultira',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      '5 December 2026, 10:15 GMT',
      ...VOSK_PROSE,
      'Raportu da: Mirela Vostok, Harbourtown',
      'Dividu: Facebook · X · WhatsApp',
      ...VOSK_TAIL,
    ]);
    expect(item.byline).toBe('Mirela Vostok');
    expect(item.body).toEqual(VOSK_PROSE);
  });
});
