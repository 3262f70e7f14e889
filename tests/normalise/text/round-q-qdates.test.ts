import { describe, expect, it } from 'vitest';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { namedZoneOffset } from '../../../src/language/zone-names.js';

/**
 * Round Q, dates: zones named in words and localised "GMT" forms from CLDR through Intl,
 * day-period words shortened to initials, a day's number with a letter ending, and a dash before a
 * second date label. Invented date lines.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe('a zone named in words, in the page language', () => {
  it('reads a "<country> time" bracket as that country\'s zone', () => {
    expect(instant('5 de marzo de 2026, 09:10 (hora de Uruguay)')).toBe('2026-03-05T09:10:00-03:00');
    expect(instant('5 مارس 2026 09:10 (توقيت الأردن)')).toBe('2026-03-05T09:10:00+03:00');
  });

  it("reads a metazone name of the language's own region", () => {
    expect(instant('5. März 2026, 09:10 Uhr (Mitteleuropäische Zeit)')).toBe('2026-03-05T09:10:00+01:00');
  });

  it('reads a zone name in a script written without spaces', () => {
    expect(instant('2026年3月5日 9時10分（日本時間）')).toBe('2026-03-05T09:10:00+09:00');
  });

  it('reads a zone name unbracketed after the time, though it opens with the word for hour', () => {
    expect(instant('5 de marzo de 2026, 09:10 hora de Uruguay')).toBe('2026-03-05T09:10:00-03:00');
  });

  it('leaves a country of several zones, and words that name no zone, unread', () => {
    expect(instant('5 de marzo de 2026, 09:10 (hora de Estados Unidos)')).toBeNull();
    expect(instant('5 de marzo de 2026, 09:10 hora de llegada')).toBeNull();
    expect(namedZoneOffset('hora de Estados Unidos', new Date(Date.UTC(2026, 2, 5)))).toBeNull();
  });
});

describe('"GMT" in the page\'s own script', () => {
  it("reads a locale's word for GMT before an offset", () => {
    expect(instant('5 март 2026, 09:10 (Гринуич+2)')).toBe('2026-03-05T09:10:00+02:00');
    expect(instant('5 मार्च 2026, 09:10 (जीएमटी+5:30)')).toBe('2026-03-05T09:10:00+05:30');
  });
});

describe('a day-period word of several words shortened to its initials', () => {
  it('reads "d.l.t." ("de la tarde") as the afternoon, in a part of its own with a zone', () => {
    expect(instant('5 de marzo de 2026, 7:15 d.l.t. (hora de Uruguay)')).toBe('2026-03-05T19:15:00-03:00');
    expect(instant('5 de marzo de 2026 | 7:15 d.l.t. (hora de Uruguay)')).toBe('2026-03-05T19:15:00-03:00');
  });
});

describe('a day number with a letter ending', () => {
  it('reads "5a de marto 2026" (Esperanto) as the 5th', () => {
    expect(instant('5a de marto 2026, 09:10 UTC')).toBe('2026-03-05T09:10:00+00:00');
  });
});

describe('two dates of one line parted by a dash before a label', () => {
  const line = 'Publicado el 5/3/2026 a las 09:10 (hora de Uruguay) — Actualizado el 5/3/2026 a las 11:00';

  it('reads the first as published, the second as updated', () => {
    const [published, updated] = datesIn(line);
    expect(published).toMatchObject({ instant: '2026-03-05T09:10:00-03:00', label: 'published' });
    expect(updated).toMatchObject({ day: '2026-03-05', label: 'updated' });
  });

  it('takes the line for a date line', () => {
    expect(isDateLine(line)).toBe(true);
  });
});

describe('a date of another calendar, through Intl', () => {
  it('reads a Solar Hijri date by its month in Persian or in Latin letters', () => {
    expect(instant('۵ اسفند ۱۴۰۳، ساعت ۰۹:۲۰ (GMT+3:30)')).toBe('2025-02-23T09:20:00+03:30');
    expect(datesIn('5 Esfand 1403')[0]?.day).toBe('2025-02-23');
  });

  it('reads an Ethiopian date by its month in Amharic', () => {
    expect(instant('የካቲት 5 ቀን 2017 ዓ.ም. 09:20 EAT')).toBe('2025-02-12T09:20:00+03:00');
  });

  it('leaves a year of the common era with a Gregorian month to the Gregorian calendar', () => {
    expect(datesIn('3 March 2026')[0]?.day).toBe('2026-03-03');
  });

  it('reads no calendar month where no year of that calendar stands near', () => {
    expect(datesIn('Es kostet 12 mehr als im Jahr 2026')[0]?.day ?? null).toBeNull();
  });
});
