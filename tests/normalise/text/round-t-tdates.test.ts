import { describe, expect, it } from 'vitest';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { adjectiveZoneNamed } from '../../../src/language/zone-names.js';

/**
 * Round T, dates: an o'clock word no table holds before a bracketed zone, a month abbreviation
 * spelt as another language's whole name, two date stamps after labels no list knows (on one
 * line, or on two lines in a row), and a zone named in words before the time. Invented lines.
 */

const instant = (line: string): string | null => datesIn(line).find((d) => d.instant)?.instant ?? null;

describe("an o'clock word of any language before a bracketed zone", () => {
  it('reads the zone past the word', () => {
    expect(instant('14 มีนาคม 2569 เวลา 09:30 นาฬิกา (GMT+7)')).toBe('2026-03-14T09:30:00+07:00');
  });

  it('reads no zone where none is bracketed after the word', () => {
    expect(instant('14 มีนาคม 2569 เวลา 09:30 นาฬิกา')).toBeNull();
  });
});

describe("a month's abbreviation spelt as another language's whole name", () => {
  it("reads the whole name: Zulu's cut of March, not an Ewe cut of June", () => {
    expect(instant('16 Mas 2026, 10:15 SAST')).toBe('2026-03-16T10:15:00+02:00');
  });
});

describe('two date stamps after labels no list knows', () => {
  const line = 'Ilisasishwa mwisho: 4 Mei 2026 – 11:20 EAT · Ilichapishwa kwanza: 4 Mei 2026 – 9:05 EAT';

  it('is a date line, each part a labelled instant', () => {
    expect(isDateLine(line)).toBe(true);
  });

  it('takes the earlier instant for the first-published one, printed second or first', () => {
    expect(datesIn(line).map((d) => [d.instant, d.label])).toEqual([
      ['2026-05-04T11:20:00+03:00', 'updated'],
      ['2026-05-04T09:05:00+03:00', 'published'],
    ]);
  });

  it('leaves one labelled instant unlabelled', () => {
    expect(datesIn('Ilichapishwa kwanza: 4 Mei 2026 – 9:05 EAT')[0]?.label).toBeNull();
  });

  it('reads a pair on two lines under the text the same way', () => {
    const item = normaliseTextDump(
      [
        'Lajme',
        '',
        'Bashkia hap urën e re mbi lumin pas dy vitesh punimesh',
        '',
        'Ura e re lidh dy lagjet e qytetit dhe shkurton rrugën për në tregun qendror me gjysmë ore.',
        '',
        'Punimet nisën në pranverën e vitit të kaluar dhe u financuan nga buxheti i bashkisë dhe një grant.',
        '',
        'Banorët thanë se prisnin prej kohësh një urë të sigurt për fëmijët që shkojnë në shkollë çdo ditë.',
        '',
        'Përditësimi: 12.04.2026 14:40 (GMT+2)',
        'Botimi i parë: 12.04.2026 08:15 (GMT+2)',
      ].join('\n'),
      { url: null },
    );
    expect(item.published).toBe('2026-04-12T08:15:00+02:00');
  });
});

describe('a zone named in words before the time', () => {
  it('reads "<city> time <with> 14:35" as that zone', () => {
    expect(instant('14 oktyabr 2025, Bakı vaxtı ilə 14:35')).toBe('2025-10-14T14:35:00+04:00');
  });

  it('reads no zone from a lone place word before the time', () => {
    expect(instant('14 oktyabr 2025, Bakı 14:35')).toBeNull();
  });
});

describe("a zone named by its country's adjective", () => {
  it("reads '(<hour> <Italian>)' after a time as the country's zone", () => {
    expect(adjectiveZoneNamed('ora italiana')).toBe('Europe/Rome');
    expect(instant('14 maggio 2026 | 10:20 (ora italiana)')).toBe('2026-05-14T10:20:00+02:00');
    expect(isDateLine('14 maggio 2026 | 10:20 h (ora italiana)')).toBe(true);
  });

  it("leaves a country of several zones, and a word that only opens like a city's name, unread", () => {
    expect(adjectiveZoneNamed('hora española')).toBeNull();
    expect(adjectiveZoneNamed('hora argentina')).toBeNull();
  });
});
