import { describe, expect, it } from 'vitest';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';

/**
 * Lane tzone: Turkic date lines. Invented lines: the word for "year" joined to the year by a
 * hyphen in the genitive, the month's name with a possessive ending, and the zone named by its
 * city and the language's word for "time".
 */

describe('a Turkic date line: "<year>-<year word in the genitive> <day>-<month + ending>", a city’s time', () => {
  const line = '2026-жылдың 14-наурызы, сағат 10:15 (Алматы уақыты)';
  it('reads the instant at the city’s offset', () => {
    expect(datesIn(line)[0]?.instant).toBe('2026-03-14T10:15:00+05:00');
  });
  it('is a date line', () => {
    expect(isDateLine(line)).toBe(true);
  });
});
