import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { markedCaption, parseByline } from '../../../src/normalise/text/lines.js';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import { isDateLine } from '../../../src/normalise/text/dates.js';

/** Mechanisms for the shapes of the seventh held-out round; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Lakeside Record', 'News', 'Sport', 'Arts'];
const HEADLINE = 'Lakeside council agrees to rebuild the old boathouse before the summer regatta';
const PROSE = [
  'The council voted on Monday evening to rebuild the old boathouse on the north shore, which has been closed since a storm tore off its roof.',
  'Rowing clubs had warned that without the building they could not store their boats or host the summer regatta this year.',
  'Work is due to start next month and should take about twelve weeks, the council said in a statement after the meeting.',
];

describe('bylines without a "by" word', () => {
  it.each([
    ['Nell Fairbanks at Riverside Stadium', 'Nell Fairbanks'],
    ['Nell Fairbanks, Genf', 'Nell Fairbanks'],
    ['NELL FAIRBANKS | Lakeside · 05/03/2026 - 09:12 h', 'NELL FAIRBANKS'],
  ])('reads the name in %s', (line, name) => {
    expect(dump([...MENU, 'News', HEADLINE, line, ...PROSE]).byline).toBe(name);
  });
});

describe('byline lines with the verb of publishing', () => {
  it('reads "Published by <name> on <date>" in another language', () => {
    expect(parseByline('Publicado por Irene Valcárcel em 9 de abril de 2026')?.names).toBe('Irene Valcárcel');
  });
  it('reads a Chinese role, name and filing place', () => {
    expect(parseByline('記者陳志明／高雄報導')?.names).toBe('陳志明');
  });
  it('reads a Japanese "text" before the writer', () => {
    expect(parseByline('文・森田春香')?.names).toBe('森田春香');
  });
});

describe('a caseless name over a reporter-role line', () => {
  it('takes the name when the role line names a correspondent, with no date line after it', () => {
    const item = dump([
      ...MENU,
      'News',
      'नदी किनारमा नयाँ पुल बनाउने काम सुरु भयो',
      'सीता श्रेष्ठ',
      'धरान संवाददाता',
      'पुल बनाउने काम आज बिहानदेखि सुरु भएको छ। स्थानीय बासिन्दाले लामो समयदेखि पुलको माग गर्दै आएका थिए।',
      'निर्माण कम्पनीले एक वर्षभित्र काम सक्ने बताएको छ। पुलको लम्बाइ एक सय मिटर हुनेछ।',
    ]);
    expect(item.byline).toBe('सीता श्रेष्ठ');
  });
});

describe('credits', () => {
  it('reads a marker in brackets closing the line, whatever the case of the credit', () => {
    expect(markedCaption('The mill in 1968, before the fire. (foto: archive of the museum)', true)).toEqual({
      caption: 'The mill in 1968, before the fire.',
      credit: 'archive of the museum',
    });
  });
  it('reads a Chinese caption with the reporter role before the photographer', () => {
    expect(markedCaption('碼頭上的新起重機。（記者陳志明攝）', true)).toEqual({
      caption: '碼頭上的新起重機。',
      credit: '陳志明',
    });
  });
  it('reads the Japanese word for "photographed" before the name', () => {
    expect(markedCaption('開幕式に集まった市民ら（撮影・森田春香）', true)?.credit).toBe('森田春香');
  });
  it('drops the word for "provided" after a giver', () => {
    const item = dump([
      ...MENU,
      'News',
      '호수마을 보트하우스 재건축 확정…여름 대회 전 완공',
      '김하늘 기자',
      '재건축될 보트하우스 조감도. 사진=호수마을 제공',
      '호수마을 의회는 월요일 저녁 북쪽 호숫가의 오래된 보트하우스를 재건축하기로 의결했다.',
      '조정 클럽들은 건물이 없으면 여름 대회를 열 수 없다고 경고해 왔다.',
    ]);
    expect(item.image?.credit).toBe('호수마을');
  });
  it('takes the caption over the text when the credit was printed among the byline lines', () => {
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      'Words: Nell Fairbanks',
      'Photos: Ivo Brandt',
      'The boathouse roof after the storm in January.',
      ...PROSE,
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'The boathouse roof after the storm in January.',
      credit: 'Ivo Brandt',
    });
    expect(item.body).toEqual(PROSE);
  });
});

describe('sections', () => {
  it('passes over a document number to the breadcrumb', () => {
    const item = dump([...MENU, 'Home > Council > Notices', 'Notice No. 17/2026', HEADLINE, ...PROSE]);
    expect(item.section).toBe('Notices');
  });
  it('takes the value of a labelled section line', () => {
    expect(dump([...MENU, 'Kategorie: Waterfront', HEADLINE, ...PROSE]).section).toBe('Waterfront');
  });
  it('reads "Label: 4 minutes" as furniture', () => {
    expect(furnitureKind('Czas czytania: 4 minuty')).toBe('drop');
  });
});

describe('boxes inside the text', () => {
  it('keeps the paragraphs after a newsletter box, and drops one author box of two authors', () => {
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      'By Nell Fairbanks and Ivo Brandt',
      PROSE[0]!,
      'Sign up for the Lakeside Morning newsletter',
      'The best of the lake every morning in your inbox.',
      PROSE[1]!,
      PROSE[2]!,
      'Ivo Brandt covers the council. Write to him at ivo@lakeside.example.',
    ]);
    expect(item.body).toEqual(PROSE);
  });
  it('takes an inline link whose label stands on its own line', () => {
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      PROSE[0]!,
      'Lue myös',
      'Regatta moves to the south shore for a year',
      PROSE[1]!,
      PROSE[2]!,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toContain('Regatta moves to the south shore for a year');
  });
  it('drops a long quoted clause repeating a paragraph', () => {
    const quote =
      '"We could not store our boats anywhere else on the lake this summer," said the club captain.';
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      PROSE[0]!,
      quote,
      '"We could not store our boats anywhere else on the lake this summer"',
      PROSE[1]!,
    ]);
    expect(item.body).toEqual([PROSE[0], quote, PROSE[1]]);
  });
});

describe('an issuer is not an author', () => {
  it('reads no byline from a company name under "provided by", nor from a capitals phrase', () => {
    const item = dump([
      'Example Wire',
      'Home',
      'Contact us',
      'Energy',
      'Northmoor Pumps to open a repair works in Kelby, adding 60 jobs',
      'Release issued by',
      'Northmoor Pumps Inc.',
      '12 Feb, 2026, 09:00 GMT',
      'FOR IMMEDIATE RELEASE',
      ...PROSE,
    ]);
    expect(item.title).toBe('Northmoor Pumps to open a repair works in Kelby, adding 60 jobs');
    expect(item.byline).toBeNull();
  });
});

describe('related lists', () => {
  it('takes one title under a header after the last paragraph, with only controls after it', () => {
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      ...PROSE,
      'Lue myös',
      'Regatta moves to the south shore for a year',
      'Jaa',
      'Kommentoi',
    ]);
    expect(item.related).toEqual(['Regatta moves to the south shore for a year']);
    expect(item.body).toEqual(PROSE);
  });
  it('leaves a row of short links and a short button out of a related list', () => {
    const item = dump([
      ...MENU,
      'News',
      HEADLINE,
      ...PROSE,
      'Read also',
      'Regatta moves to the south shore for a year',
      'Rowing club elects its first woman captain in a century',
      'Legal notice · Cookies · Contact',
      'Agree',
    ]);
    expect(item.related).toEqual([
      'Regatta moves to the south shore for a year',
      'Rowing club elects its first woman captain in a century',
    ]);
  });
});

describe('a row of labelled names', () => {
  it('takes the one whose label is not the editor’s', () => {
    const item = dump([...MENU, 'News', HEADLINE, 'Wartawan: Nell Fairbanks | Editor: Ivo Brandt', ...PROSE]);
    expect(item.byline).toBe('Nell Fairbanks');
    expect(item.body).toEqual(PROSE);
  });
});

describe('a note on where the text appeared', () => {
  it.each([
    ['This article appears in the June issue of Lakeside Life.', 'footer'],
    ['A version of this story first appeared in the Lakeside Record.', 'footer'],
    ['This story begins on a cold morning on the north shore of the lake.', null],
  ])('classifies %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
});

describe('a month name alone', () => {
  it.each([
    ['Energy', false],
    ['Marsh', false],
    ['May', false],
    ['May 2026', true],
    ['Friday, 6 March', true],
  ])('%s is a date line: %s', (line, date) => {
    expect(isDateLine(line)).toBe(date);
  });
  it('leaves a section whose name opens like a month over the headline', () => {
    const item = dump([
      'Example Wire',
      'Home',
      'Browse news releases',
      'Contact us',
      'Energy',
      HEADLINE,
      '12 Feb, 2026, 09:00 GMT',
      ...PROSE,
    ]);
    expect(item.title).toBe(HEADLINE);
    expect(item.section).toBe('Energy');
  });
});
