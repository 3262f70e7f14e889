import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { furnitureKind, inlineRelated } from '../../../src/normalise/text/furniture.js';
import { giverOf, parseByline } from '../../../src/normalise/text/lines.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/** Mechanisms for the shapes of the held-out round 221-230; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Millbrook Courier', 'Local', 'Farming', 'Weather'];
const HEADLINE = 'Millbrook reopens its footbridge over the weir after two winters of repairs';
const PROSE = [
  'The footbridge over the weir at Millbrook opened again on Saturday morning, two winters after floodwater undermined its eastern pier.',
  'Walkers and cyclists had faced a detour of almost three miles through the industrial estate while engineers rebuilt the pier on new piles.',
  'The parish paid for the handrails and the lamps, and the county met the cost of the steelwork and the new deck, the clerk said.',
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

describe('teaser labels in words no list knows', () => {
  it('reads a label in capitals of several words, one of a single letter, with marks', () => {
    expect(inlineRelated('Ẹ WÒ ÒMÍRÀN: Ọkọ̀ ojú omi tuntun dé sí èbúté Lakeside')).toBe(
      'Ọkọ̀ ojú omi tuntun dé sí èbúté Lakeside',
    );
  });
  it('reads a label the page prints before two titles as a teaser label, in a caseless script', () => {
    const item = dump([
      ...MENU,
      HEADLINE,
      PROSE[0]!,
      'ಇನ್ನಷ್ಟು ಓದಿ: ಹೊಸ ಸೇತುವೆ ನಿರ್ಮಾಣ ಕಾರ್ಯ ಆರಂಭ',
      PROSE[1]!,
      PROSE[2]!,
      'ಇನ್ನಷ್ಟು ಓದಿ: ನಗರದಲ್ಲಿ ಹೊಸ ಬಸ್ ಮಾರ್ಗ ಘೋಷಣೆ',
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual(['ಹೊಸ ಸೇತುವೆ ನಿರ್ಮಾಣ ಕಾರ್ಯ ಆರಂಭ', 'ನಗರದಲ್ಲಿ ಹೊಸ ಬಸ್ ಮಾರ್ಗ ಘೋಷಣೆ']);
  });
  it('keeps a speaker printed before several sentences', () => {
    const said = ['Ann Lee: We will rebuild the boathouse this spring.', 'Ann Lee: The clubs need it back.'];
    expect(dump([...MENU, HEADLINE, PROSE[0]!, ...said, PROSE[1]!]).related).toEqual([]);
  });
});

describe('credits', () => {
  it.each([
    ['COURTESY LAKESIDE POLICE', 'LAKESIDE POLICE'],
    ['Courtesy of Lakeside Museum', 'Lakeside Museum'],
    ['Courtesy photo', 'Courtesy photo'],
    ['Larawanon ni Daniel Fairbanks', 'Daniel Fairbanks'],
    ['Bodi ya Bandari Kuu', 'Bodi ya Bandari Kuu'],
    ['Ann de Lee', 'Ann de Lee'],
  ])('reads the giver of %s', (credit, giver) => {
    expect(giverOf(credit)).toBe(giver);
  });
});

describe('a language switch over the menu', () => {
  it('drops a row of languages named in English or in themselves', () => {
    expect(furnitureKind('Te Reo Māori | English')).toBe('drop');
    expect(furnitureKind('Deutsch / Français / Italiano')).toBe('drop');
    expect(furnitureKind('News | Sport')).toBeNull();
  });
  it('does not take the switch for the headline', () => {
    const item = dump([
      'The Lakeside Record',
      'Gàidhlig | English',
      'News',
      'Naidheachdan',
      HEADLINE,
      'Rowing clubs say the regatta can go ahead.',
      'Nell Fairbanks, Lakeside reporter',
      ...PROSE,
    ]);
    expect(item.title).toBe(HEADLINE);
  });
});

describe('a "by" in words no list knows before a name and a role', () => {
  it.each([
    ['Ko Nell Fairbanks, Kairīpoata', 'Nell Fairbanks'],
    ['Lati owo Nell Fairbanks, Akoroyin agba', 'Nell Fairbanks'],
  ])('reads the name in %s, and the sentence over it as the standfirst', (line, name) => {
    const item = dump([...MENU, HEADLINE, 'Rowing clubs say the regatta can go ahead.', line, ...PROSE]);
    expect(item.byline).toBe(name);
    expect(item.summary).toBe('Rowing clubs say the regatta can go ahead.');
    expect(item.body).toEqual(PROSE);
  });
  it('keeps a name with a particle, and a given name before the name', () => {
    const item = dump([
      ...MENU,
      HEADLINE,
      'Rowing clubs say the regatta can go ahead.',
      'Ann de Lee, reporter',
      ...PROSE,
    ]);
    expect(item.byline).toBe('Ann de Lee');
  });
});

describe('the section over the headline', () => {
  const story = [HEADLINE, 'Nell Fairbanks, reporter', ...PROSE];
  it('takes a word of the masthead as the section when the masthead is the site name', () => {
    const item = dump([
      'Harbour Post',
      'Harbour',
      'Valley',
      'Coast',
      'Harbour',
      ...story,
      '© 2026 Harbour Post',
    ]);
    expect(item.section).toBe('Harbour');
  });
  it('still skips the site name itself', () => {
    const item = dump(['Harbour Post', ...story, '© 2026 Harbour Post']);
    expect(item.section).toBeNull();
  });
  it('confirms a menu entry printed again over the headline', () => {
    const item = dump(['The Lakeside Record', 'Harbour', 'Valley', 'Coast', 'Harbour', ...story]);
    expect(item.section).toBe('Harbour');
    expect(item.sectionUnconfirmed).toBeUndefined();
  });
  it('takes a label in capitals under a menu in capitals', () => {
    const item = dump(['The Lakeside Record', 'NEWS', 'SPORT', 'OPINION', 'LAKESIDE NEWS', ...story]);
    expect(item.section).toBe('LAKESIDE NEWS');
  });
  it('passes a kicker in capitals under a menu in ordinary case', () => {
    const item = dump(['The Lakeside Record', 'News', 'Sport', 'Opinion', 'Lakeside', 'EXCLUSIVE', ...story]);
    expect(item.section).toBe('Lakeside');
  });
});

describe('a name in capitals after "By", then a role in ordinary case', () => {
  it('cuts the role', () => {
    expect(parseByline('By NELL FAIRBANKS-ROE Health Correspondent')?.names).toBe('NELL FAIRBANKS-ROE');
  });
  it('keeps a desk that signs in capitals', () => {
    expect(parseByline('By STAFF REPORTER')?.names).toBe('STAFF REPORTER');
  });
});
