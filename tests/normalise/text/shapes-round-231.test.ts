import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Mechanisms for the shapes of the held-out round 231-240; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Millbrook Courier', 'Local', 'Farming', 'Weather'];
const HEADLINE = 'Millbrook reopens its footbridge over the weir after two winters of repairs';
const STANDFIRST = 'Walkers get their shortcut to the station back before the spring';
const PROSE = [
  'The footbridge over the weir at Millbrook opened again on Saturday morning, two winters after floodwater undermined its eastern pier.',
  'Walkers and cyclists had faced a detour of almost three miles through the industrial estate while engineers rebuilt the pier on new piles.',
  'The parish paid for the handrails and the lamps, and the county met the cost of the steelwork and the new deck, the clerk said.',
];

describe('a "by" word with a clitic elided onto it, before a name', () => {
  it.each([
    ["Tantar'ny Nell Fairbanks", 'Nell Fairbanks'],
    ["Voasoratr'i Nell Ann Fairbanks", 'Nell Ann Fairbanks'],
  ])('reads the name in %s', (line, name) => {
    const item = dump([...MENU, HEADLINE, STANDFIRST, line, '5 March 2026, 10:00 GMT', ...PROSE]);
    expect(item.byline).toBe(name);
    expect(item.body).toEqual(PROSE);
  });
  it("keeps a name's own apostrophe before a capital", () => {
    const item = dump([
      ...MENU,
      HEADLINE,
      STANDFIRST,
      "Nell O'Fairbanks",
      '5 March 2026, 10:00 GMT',
      ...PROSE,
    ]);
    expect(item.byline).toBe("Nell O'Fairbanks");
  });
});
