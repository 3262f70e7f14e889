import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/** Mechanisms for the shapes of the held-out round 221-230; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Lakeside Record', 'News', 'Sport', 'Arts'];
const HEADLINE = 'Lakeside council agrees to rebuild the old boathouse before the summer regatta';
const PROSE = [
  'The council voted on Monday evening to rebuild the old boathouse on the north shore, which has been closed since a storm tore off its roof.',
  'Rowing clubs had warned that without the building they could not store their boats or host the summer regatta this year.',
  'Work is due to start next month and should take about twelve weeks, the council said in a statement after the meeting.',
];

describe('month names written with other accents than CLDR prints', () => {
  it('reads a month with accents the locale data leaves out', () => {
    expect(datesIn('Senin, 7 Séptèmber 2026 | 08:10 WIB')[0]?.instant).toBe('2026-09-07T08:10:00+07:00');
  });
  it('reads a month without the accents the locale data prints', () => {
    expect(datesIn('7 fevrier 2026, 08:10 CET')[0]?.instant).toBe('2026-02-07T08:10:00+01:00');
  });
});

describe('a share bar printed as one line', () => {
  it('drops a label and a row of networks with a button in words no list knows', () => {
    expect(furnitureKind('Dumela: Facebook Telegram WhatsApp Kopya loto')).toBe('drop');
    expect(dump([...MENU, HEADLINE, 'Teilo: Facebook X WhatsApp Kopya loto', ...PROSE]).body).toEqual(PROSE);
  });
  it('keeps a sentence that names the networks', () => {
    expect(furnitureKind('The council posted the news on Facebook, WhatsApp and Telegram.')).toBeNull();
  });
});
