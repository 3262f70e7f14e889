import { describe, expect, it } from 'vitest';
import { localeOnlyZoneOffset } from '../../../src/language/zones.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Date lines of round K, invented: a zone abbreviation only one CLDR locale prints (its generic
 * name for its country's zone), and a day and its time in parts of their own with an o'clock word
 * or a zone by offset after the time.
 */

const instant = (line: string): string | null => datesIn(line).find((d) => d.instant)?.instant ?? null;

describe("a locale's own generic zone name", () => {
  it('reads Turkish CLDR\'s "TSİ" on a page in English and beside a date in figures', () => {
    expect(instant('Posted 3 May 2026, 21:10 TSİ')).toBe('2026-05-03T21:10:00+03:00');
    expect(instant('03.05.2026 21:10 (TSİ)')).toBe('2026-05-03T21:10:00+03:00');
  });

  it('is read only for names no world list of abbreviations holds', () => {
    expect(localeOnlyZoneOffset('TSİ')).toBe(180);
    // India's, Ireland's or Israel's: no locale-only name.
    expect(localeOnlyZoneOffset('IST')).toBeNull();
    expect(instant('09.01.2026 07:20 IST')).toBeNull();
    expect(localeOnlyZoneOffset('XQZ')).toBeNull();
  });
});

describe('a day and its time in parts of their own', () => {
  it("joins a time with an o'clock letter and a zone by offset to the day before it", () => {
    expect(instant('Sassari, 5.10.2026 | 9.05 h (UTC+2)')).toBe('2026-10-05T09:05:00+02:00');
    expect(instant('12 avril 2026 | 14h20 (GMT+1)')).toBe('2026-04-12T14:20:00+01:00');
    expect(instant('12 avril 2026 | 14h20 GMT-3')).toBe('2026-04-12T14:20:00-03:00');
  });

  it('leaves a time whose zone is not stated unread', () => {
    expect(instant('12 avril 2026 | 14h20')).toBeNull();
  });
});
