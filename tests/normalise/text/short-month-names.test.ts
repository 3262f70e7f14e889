import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Month names of two characters in scripts whose letters are syllables or carry their vowel:
 * invented date lines.
 */

const first = (line: string) => datesIn(line)[0];

describe('a month name of two characters', () => {
  it('reads a Tamil name of a letter and its vowel sign, with the zone the locale prints', () => {
    expect(first('வெளியீடு: 3 மே 2026, 18:40 IST')?.instant).toBe('2026-05-03T18:40:00+05:30');
  });

  it('reads a name of two Devanagari letters, month first as well', () => {
    expect(first('अद्यतन: मई 21, 2026, 07:05 PM IST')?.instant).toBe('2026-05-21T19:05:00+05:30');
  });

  it('reads the day of an Ethiopic name without a time', () => {
    expect(first('9 ሜይ 2026')?.day).toBe('2026-05-09');
  });

  it('takes no two-letter word of an alphabet for a month', () => {
    expect(first('No 3 du 2026')?.day).toBeNull();
  });
});
