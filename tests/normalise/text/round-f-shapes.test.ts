import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Shapes of round F, in invented text: a masthead's slogan over the day's date, a time printed
 * before its date with the zone after it, and a related list under a tag row in words no list
 * knows, one title of which asks a question.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['Home', 'Local', 'Crime', 'Business', 'Sport', 'Subscribe | Sign in'];

const PROSE = [
  'The council voted on Monday to sell the old mill to a local builder after three years of losses and two failed auctions.',
  'The new owner plans to turn the mill into flats for young families and a small cafe by the river.',
  'Residents of the street fear that traffic will grow during the building works next year.',
  'The council will hear objections at a public meeting in January before the sale is signed.',
];

describe('a time printed before its date, the zone after the date', () => {
  it('reads "Updated 4:05pm, Thu 3 Dec 2026 (GMT+10)" as one instant', () => {
    expect(datesIn('Updated 4:05pm, Thu 3 Dec 2026 (GMT+10)')[0]?.instant).toBe('2026-12-03T16:05:00+10:00');
  });
  it('dates the story by it', () => {
    const item = dump([
      'The Valley Courier',
      ...MENU,
      'Old mill sold to local builder after three years of losses',
      'Flats for young families planned by the river',
      'By Ann Lee',
      'Updated 4:05pm, Thu 3 Dec 2026 (GMT+10)',
      ...PROSE,
    ]);
    expect(item.published).toBe('2026-12-03T16:05:00+10:00');
  });
});

describe("a masthead's slogan over the day's date", () => {
  it('is no headline: the headline is the line the standfirst, byline and date hang from', () => {
    const item = dump([
      'THE VALLEY COURIER',
      "Riverton's own newspaper since 1987",
      'Friday, December 4, 2026 | 18°C Riverton',
      ...MENU,
      'Home › News › Crime',
      'Crime',
      'Old mill sold to local builder after three years of losses and failed sales',
      'Residents say the sale was agreed behind closed doors at the town hall',
      'By Ann Lee',
      'Posted: Friday, December 4, 2026 at 7:42 PM CST',
      ...PROSE,
    ]);
    expect(item.title).toBe('Old mill sold to local builder after three years of losses and failed sales');
    expect(item.section).toBe('Crime');
    expect(item.summary).toBe('Residents say the sale was agreed behind closed doors at the town hall');
  });
});

describe('a related list under a tag row in words no list knows', () => {
  const item = dump([
    'The Valley Courier',
    ...MENU,
    'Old mill sold to local builder after three years of losses',
    'Flats for young families planned by the river',
    'By Ann Lee',
    'Posted: Friday, December 4, 2026 at 7:42 PM',
    ...PROSE,
    'Zorbela: mill, council, housing',
    'Trasko',
    'Harbour bridge reopens after two months of repairs',
    'Will the ferry fares rise again this winter?',
    'School choir wins the regional contest in Dunmore',
    'Vel trasko mirun',
    'Farmers count the cost of the dry summer',
    'Library opens its doors on Sundays from January',
    'Kovara',
  ]);
  it('ends the story at the tag row: a question under it is a title', () => {
    expect(item.body).toEqual(PROSE);
  });
  it('reads the titles right under it, the question among them, not the next list', () => {
    expect(item.related).toEqual([
      'Harbour bridge reopens after two months of repairs',
      'Will the ferry fares rise again this winter?',
      'School choir wins the regional contest in Dunmore',
    ]);
  });
});

describe('a question right under a tag row in words no list knows', () => {
  const item = dump([
    'The Valley Courier',
    ...MENU,
    'Old mill sold to local builder after three years of losses',
    'Flats for young families planned by the river',
    'By Ann Lee',
    'Posted: Friday, December 4, 2026 at 7:42 PM',
    ...PROSE,
    'Zorbela: mill, council, housing',
    'Harbour bridge reopens after two months of repairs',
    'Will the ferry fares rise again this winter?',
    'School choir wins the regional contest in Dunmore',
    '© 2026 The Valley Courier',
  ]);
  it('is no paragraph of the story: the tag row closed it', () => {
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual([
      'Harbour bridge reopens after two months of repairs',
      'Will the ferry fares rise again this winter?',
      'School choir wins the regional contest in Dunmore',
    ]);
  });
});
