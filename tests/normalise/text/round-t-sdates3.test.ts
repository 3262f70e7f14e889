import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Round T, dates: a zone named by its city's adjective in the case the sentence puts it, beside
 * the language's word for "time" (both from CLDR), and the Turkic date with hyphen-joined year
 * word and day. Invented date lines.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe("a zone named by its city's adjective and the word for time", () => {
  it('reads an inflected city adjective and an inflected word for time', () => {
    expect(instant('16 квітня 2025, 21:40 за київським часом')).toBe('2025-04-16T21:40:00+03:00');
    expect(instant('16 kwietnia 2025, 21:40 czasu warszawskiego')).toBe('2025-04-16T21:40:00+02:00');
    expect(instant('16 април 2025 г., 21:40 ч. софийско време')).toBe('2025-04-16T21:40:00+03:00');
  });

  it('reads it in brackets, and the offset of the day (summer or winter)', () => {
    expect(instant('16 април 2025 г., 21:40 ч. (по софийско време)')).toBe('2025-04-16T21:40:00+03:00');
    expect(instant('16 януари 2025 г., 21:40 ч. софийско време')).toBe('2025-01-16T21:40:00+02:00');
  });

  it('leaves "local time" and an adjective that only shares a city\'s first letters unread', () => {
    expect(instant('16 квітня 2025, 21:40 за місцевим часом')).toBeNull();
    expect(instant('16 април 2025 г., 21:40 ч. регионално време')).toBeNull();
  });

  it('leaves a city adjective without the word for time unread', () => {
    expect(instant('16 kwietnia 2025, 21:40 dworca warszawskiego')).toBeNull();
  });
});

describe('a Turkic date: the year joined to its word, the day to its month', () => {
  it('reads "<year>-<year word>, <day>-<month>"', () => {
    expect(instant('2025-ж., 20-март, 11:30 (UTC+6)')).toBe('2025-03-20T11:30:00+06:00');
    expect(instant('2025-йил 20-март, соат 11:30 (UTC+5)')).toBe('2025-03-20T11:30:00+05:00');
    expect(datesIn('2025-ж., 20-март')[0]?.day).toBe('2025-03-20');
  });
});

describe("an abbreviation the page's language prints for zones of several offsets", () => {
  it('reads it on a day only one of them prints it', () => {
    // English CLDR prints "IST" for India all year and for Ireland in summer only.
    expect(instant('14 January 2026, 11:30 AM IST')).toBe('2026-01-14T11:30:00+05:30');
  });

  it('leaves it unread on a day two of them print it', () => {
    expect(instant('14 July 2026, 11:30 AM IST')).toBeNull();
  });

  it("reads a generic abbreviation as its zone's offset on that day", () => {
    expect(instant('14 July 2026, 11:30 AM ACT')).toBe('2026-07-14T11:30:00+09:30');
    expect(instant('14 January 2026, 11:30 AM ACT')).toBe('2026-01-14T11:30:00+10:30');
  });
});
