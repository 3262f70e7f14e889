import { describe, expect, it } from 'vitest';
import { localZoneOffset, worldZoneOffset } from '../../../src/language/zones.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Zone abbreviations that mean several zones are read only as the page's own locale prints them
 * (CLDR metazones through Intl): invented date lines.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe('a zone abbreviation read in the page locale', () => {
  it('reads "IST" on a line whose month is written in Hindi as India Standard Time', () => {
    expect(instant('प्रकाशित: 14 मार्च 2026, 09:30 IST')).toBe('2026-03-14T09:30:00+05:30');
  });

  it('leaves "IST" unread on an English line in summer: India, or Irish summer time', () => {
    // In winter English locales print it for India alone (round-t-sdates3.test.ts).
    expect(instant('Published: 14 July 2026, 09:30 IST')).toBeNull();
  });

  it('leaves an abbreviation the locale does not print unread', () => {
    expect(instant('प्रकाशित: 14 मार्च 2026, 09:30 XYZ')).toBeNull();
  });

  it('reads "AST" on an English line as the Atlantic zones, the only ones English CLDR names so', () => {
    expect(instant('Posted: Jan 9, 2026 07:20 AM AST')).toBe('2026-01-09T07:20:00-04:00');
    expect(instant('Updated: Jul 9, 2026 07:20 AM ADT')).toBe('2026-07-09T07:20:00-03:00');
  });

  it('leaves "AST" unread where no word tells the language: Atlantic or Arabia', () => {
    expect(instant('09.01.2026 07:20 AST')).toBeNull();
  });

  it('gives one offset or none', () => {
    expect(localZoneOffset('IST', ['hi'])).toBe(330);
    expect(localZoneOffset('IST', ['en'])).toBeNull();
    expect(localZoneOffset('IST', [])).toBeNull();
  });
});

describe('a zone abbreviation every zone of that name reads alike', () => {
  it('reads a zone of one country that no fixed table holds, before or after the date', () => {
    expect(instant('Posted October 2, 2026 | 17:20 PKT')).toBe('2026-10-02T17:20:00+05:00');
    expect(instant('Updated 7:05 AM PHT, October 2, 2026')).toBe('2026-10-02T07:05:00+08:00');
  });

  it('leaves out a zone of no metazone the package lists under the name (PGT: not Bougainville)', () => {
    expect(instant('Posted December 7, 2026 | 09:30 PGT')).toBe('2026-12-07T09:30:00+10:00');
    expect(worldZoneOffset('PGT', new Date(Date.UTC(2026, 11, 7)))).toBe(600);
  });

  it('reads a daylight-time name at the offset in force that day', () => {
    expect(worldZoneOffset('NZDT', new Date(Date.UTC(2026, 0, 10)))).toBe(780);
  });

  it('leaves a name shared by zones of different offsets unread', () => {
    expect(worldZoneOffset('IST', new Date(Date.UTC(2026, 0, 10)))).toBeNull();
    expect(worldZoneOffset('CST', new Date(Date.UTC(2026, 0, 10)))).toBeNull();
  });

  it('reads no two-letter code or word after a time as a zone', () => {
    expect(worldZoneOffset('AM', new Date(Date.UTC(2026, 0, 10)))).toBeNull();
    expect(worldZoneOffset('Lagos', new Date(Date.UTC(2026, 0, 10)))).toBeNull();
    expect(instant('Posted October 2, 2026 | 17:20 THE')).toBeNull();
  });
});
