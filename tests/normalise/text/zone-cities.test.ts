import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../src/normalise/text/dates.js';
import { cityTimeZones } from '../../../src/language/zone-names.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Dates: a zone named by its city in the page's language (CLDR's exemplar cities in the
 * locale's "<city> time" pattern), a particle before a zone's name, and the date of the author's
 * row under the text. Invented date lines and page.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe('a zone named by its city, in the page language', () => {
  it('reads "<city> time" in brackets, at the offset the city keeps that day', () => {
    expect(instant('Publicado a 5 de março de 2026, 14:20 (hora de Lisboa)')).toBe(
      '2026-03-05T14:20:00+00:00',
    );
    expect(instant('Publicado a 5 de julho de 2026, 14:20 (hora de Lisboa)')).toBe(
      '2026-07-05T14:20:00+01:00',
    );
  });

  it('reads it unbracketed after the time, in a script written without spaces', () => {
    expect(instant('2026年7月5日 9:10 ニューヨーク時間')).toBe('2026-07-05T09:10:00-04:00');
  });

  it('reads a city whose zone keeps a half-hour offset, no region name standing for it', () => {
    expect(instant('5 Mart 2026 14:20 Tahran Saati')).toBe('2026-03-05T14:20:00+03:30');
  });
});

describe('a particle before a zone named in words', () => {
  it('reads a one-letter particle joined to the name', () => {
    expect(instant('الخميس 5 مارس 2026 - 09:10 م بتوقيت الرياض')).toBe('2026-03-05T21:10:00+03:00');
    expect(instant('الخميس 5 مارس 2026 - 09:10 ص بتوقيت الأردن')).toBe('2026-03-05T09:10:00+03:00');
  });

  it('reads a short particle word before it', () => {
    expect(instant('۵ مارس ۲۰۲۶ ساعت ۱۴:۲۰ به وقت تهران')).toBe('2026-03-05T14:20:00+03:30');
  });
});

describe("the author's row under the text", () => {
  it('gives the date it prints beside the name', () => {
    const page = [
      'Il nuovo ponte sul fiume apre al traffico dopo tre anni di lavori',
      '',
      "Il cantiere si è chiuso ieri sera con la posa dell'ultimo tratto di asfalto e il collaudo dei tecnici della provincia, che hanno dato il via libera all'apertura.",
      '',
      'Da stamattina le auto possono attraversare il fiume senza la deviazione di dodici chilometri che per tre anni ha allungato i tragitti dei pendolari della valle.',
      '',
      "Il sindaco ha ringraziato le imprese e ha promesso che entro l'estate sarà pronta anche la pista ciclabile lungo l'argine.",
      '',
      'Di Marco Bellini  |  14 marzo 2025 - 18:40 (GMT+1)  |  1.204 letture  |  3 commenti',
      '',
      'Condividi: Facebook  WhatsApp  X',
    ].join('\n');
    const read = normaliseTextDump(page, { url: null });
    expect(read.byline).toBe('Marco Bellini');
    expect(read.published).toBe('2025-03-14T18:40:00+01:00');
  });
});

describe('a city and the word for "time" counted in letters, not UTF-16 units', () => {
  // Chakma letters lie outside the BMP: each is two UTF-16 units, which share their first unit.
  const honolulu = '𑄦𑄧𑄚𑄮𑄣𑄪𑄣𑄪';
  const time = '𑄃𑄧𑄇𑄴𑄖𑄧';

  it('lets the word for "time" change its last two letters, as in any other script', () => {
    expect(cityTimeZones([honolulu, '𑄃𑄧𑄇𑄴𑄘𑄬'], ['ccp'])).toEqual(['Pacific/Honolulu']);
    expect(cityTimeZones([honolulu, time], ['ccp'])).toEqual(['Pacific/Honolulu']);
  });

  it('asks a city of four letters for all four: three and half a letter are not enough', () => {
    expect(cityTimeZones(['𑄜𑄨𑄎𑄨', time], ['ccp'])).toEqual(['Pacific/Fiji']);
    expect(cityTimeZones(['𑄜𑄨𑄎𑄳', time], ['ccp'])).toEqual([]);
  });
});
