import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../src/normalise/text/dates.js';
import { zoneNamed } from '../../../src/language/zone-names.js';

/**
 * Round S, dates (second lane): a zone's CLDR name printed without its small joining words, and
 * an hour without minutes after a day-period word. Invented date lines.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe('a zone name without its small joining words', () => {
  it('reads the name with a genitive or "of" left out', () => {
    expect(zoneNamed('پاکستان معیاری وقت')).toBe('Asia/Karachi');
    expect(zoneNamed('hora Uruguay')).toBe('America/Montevideo');
    expect(instant('5 مارچ 2026، 09:10 (پاکستان معیاری وقت)')).toBe('2026-03-05T09:10:00+05:00');
  });

  it('leaves a place alone unread', () => {
    expect(zoneNamed('de Uruguay')).toBeNull();
  });
});

describe('an hour without minutes after a day-period word', () => {
  it("reads '<evening> 5 <o'clock> (<zone>)' as 17:00 in that zone", () => {
    expect(instant('5 مارچ 2026 — شام 5 بجے (پاکستان کا معیاری وقت)')).toBe('2026-03-05T17:00:00+05:00');
  });

  it('leaves a bare hour with no day-period word unread', () => {
    expect(instant('5 مارچ 2026 — 5 بجے (پاکستان کا معیاری وقت)')).toBeNull();
  });
});
