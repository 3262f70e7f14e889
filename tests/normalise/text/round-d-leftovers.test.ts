import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { monthByLikeness } from '../../../src/language/months.js';

/**
 * Leftovers of round D, in invented text: a "by" phrase in a language no list knows closed by a
 * role after a spaced dash; a month printed in a spelling no table holds, a letter or two from a
 * related language's name; the letters that may stand between hours and minutes.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });
const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

const MENU = ['Dalvo Tidende', 'Hjem', 'Kraji', 'Sporto', 'Kultira', 'Abonu | Eniru'];

const PROSE = [
  'Orla vendis la muelo de Karsten al loka konstruisto post tri jaroj da perdoj kaj du malsukcesaj aŭkcioj, diris la urbestro lundon.',
  'La nova posedanto volas fari el la muelo loĝejojn por junaj familioj kaj malgrandan kafejon.',
  'Loĝantoj de la strato timas ke la trafiko kreskos dum la konstrulaboroj de la venonta jaro.',
  'La urba konsilio voĉdonos pri la plano en sia kunsido de januaro, post publika aŭdienco.',
];

const TAIL = ['Etiketoj: muelo, Karsten, loĝejoj', '© 2026 Dalvo Tidende. Ĉiuj rajtoj rezervitaj.'];

describe('a "by" phrase in words no list knows, a name and a role after a spaced dash', () => {
  for (const dash of ['–', '—', '-'])
    it(`is the byline, and the headline and standfirst above it keep their places ("${dash}")`, () => {
      const item = dump([
        ...MENU,
        'Hjem » Kraji',
        'Malnova muelo de Karsten vendita al loka konstruisto',
        'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
        `Skrivita pa Mirela Vostok ${dash} Redakso Kraji`,
        'Sabato, 5 di decembro 2026 · 17:40 CET',
        ...PROSE,
        ...TAIL,
      ]);
      expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
      expect(item.summary).toBe('La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo');
      expect(item.byline).toBe('Mirela Vostok');
      expect(item.section).toBe('Kraji');
    });
});

describe('a month spelt a letter or two from a listed name, on a date line with its time', () => {
  it('reads the month of the closest listed name', () => {
    // "decembro" is listed (Esperanto), "dezembro" (Portuguese), "febrero" (Spanish); these are not.
    expect(instant('Sabato, 5 decembiro 2026 | 17:40 CET')).toBe('2026-12-05T17:40:00+01:00');
    expect(instant('Sabato, 5 Dyzembro 2026, 17:40 CET')).toBe('2026-12-05T17:40:00+01:00');
    expect(instant('Sabato, 7 Febrarioa 2026, 08:05 CET')).toBe('2026-02-07T08:05:00+01:00');
  });

  it('reads a month after an elided "of" glued to it', () => {
    expect(instant("Publikita u 4 d'decembiro de 2026 a las 13:25 CET")).toBe('2026-12-04T13:25:00+01:00');
    expect(isDateLine("Publikita u 4 d'decembiro de 2026 a las 13:25 CET")).toBe(false);
  });

  it('leaves the word unread without a time after the year (on a line of more), or far from every name', () => {
    expect(datesIn('Sabato, 5 decembiro 2026 en la urbo')[0]?.day ?? null).toBeNull();
    expect(instant('Sabato, 5 Kolovrat 2026, 17:40 CET')).toBeNull();
  });

  it('reads nothing where the closest names mean two months', () => {
    // "Junli" is one letter from "juni" (June) and from "juli" (July).
    expect(monthByLikeness('Junli')).toBeNull();
    expect(monthByLikeness('Jun')).toBeNull();
  });
});

describe('a letter between hours and minutes', () => {
  it('is read where it is the initial of a language\'s word for "hour"', () => {
    expect(instant('5 decembro 2026 9h45 GMT')).toBe('2026-12-05T09:45:00+00:00');
    expect(instant('5 decembro 2026 9u45 GMT')).toBe('2026-12-05T09:45:00+00:00');
    expect(instant('5 decembro 2026 9e45 GMT')).toBe('2026-12-05T09:45:00+00:00');
  });

  it('is no time where no language abbreviates "hour" so', () => {
    expect(instant('5 decembro 2026 2x50 GMT')).toBeNull();
    expect(instant('5 decembro 2026 2q50 GMT')).toBeNull();
  });
});

describe('a date in Roman numerals', () => {
  it('is read in Arabic digits', () => {
    expect(datesIn('VI Decembris MMXXVI, 14:30 CET')[0]?.instant).toBe('2026-12-06T14:30:00+01:00');
    expect(datesIn('XXIV Iunii MMXXVI, 09:05 CEST')[0]?.instant).toBe('2026-06-24T09:05:00+02:00');
  });

  it('is not read when a numeral is no valid one ("IIV", "VX")', () => {
    expect(datesIn('IIV Decembris MMXXVI, 14:30 CET')[0]?.day ?? null).toBeNull();
    expect(datesIn('VX Decembris MMXXVI, 14:30 CET')[0]?.day ?? null).toBeNull();
  });
});

describe('an inline link after a colon of a script of its own, in a script without capitals', () => {
  // Invented words in Ethiopic letters: sentences end with "።", a label with the preface colon "፦".
  const PARAS = [
    'ሰላሞ ቤራኪ ዳሞታ ኩሉሞ ሳሪና ቦሌታ ጋሞ ዲሬሳ ሃዋሪ ሎሚታ ኣብ ሜዳ ካሳሪ ጦሞራ ቀዲሞ ተሳሊፉ።',
    'ኣሎሚ ቤታሪ ሳሉሞ ዳሪታ ጋሎሚ ኩሳሪ ቦሎታ ሜሳሪ ዳሞሎ ካቲሪ ሳሎሚ ቤታሪ ኣሎሞ ዝሓለፈ እዩ።',
    'ሳሎታ ኩሞሪ ቤሳሪ ጋሞታ ዳሎሪ ሃሎሚ ቀሳሪ ሜሎታ ካሞሪ ሰሎታ ቦሳሪ ዲሞሪ ሎሳሪ ዝበለ እዩ።',
    'ቦሎሚ ካሳሪ ሜታሪ ዳሎሞ ጋሳሪ ሰሎሚ ኩታሪ ቤሎሞ ሃሳሪ ቀሎሚ ዲታሪ ሎሎሞ ተዛዚሙ እዩ።',
  ];
  it('gives the title to the related links and takes the line out of the body', () => {
    const item = dump([
      'ዳሞታ ዜና',
      'ቀዳሚ',
      'ስፖርት',
      'ቀዳሚ › ስፖርት',
      'ቤራኪ ዳሞታ ኣብ ጋሞ ሜዳ ተዓዊቱ',
      'ሳሪና ቦሌታ ንጋሞ ብሰለስተ ካልኢት ቀዲሙ',
      'ቀዳም 5 ታሕሳስ 2026 – 18:30 (EAT)',
      PARAS[0]!,
      PARAS[1]!,
      'ብዝያዳ ርኣዩ፦ ካሎሚ ሳታሪ ኣብ ቦሎማ ተዛዚሙ',
      PARAS[2]!,
      PARAS[3]!,
      '© 2026 ዳሞታ ዜና',
    ]);
    expect(item.related).toContain('ካሎሚ ሳታሪ ኣብ ቦሎማ ተዛዚሙ');
    expect(item.body.join('\n')).not.toContain('ብዝያዳ ርኣዩ');
  });
});

describe('a word alone between paragraphs that the footer links to', () => {
  const page = (word: string, footer: string) =>
    dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      PROSE[0]!,
      PROSE[1]!,
      word,
      PROSE[2]!,
      PROSE[3]!,
      ...TAIL,
      footer,
    ]);

  it('is the label of the slot the link names, not text', () => {
    const item = page('Reklamoj', 'Pri ni | Reklamoj | Kondiĉoj');
    expect(item.body).toEqual(PROSE);
  });

  it('stays when the page links to no such entry', () => {
    const item = page('Reklamoj', 'Pri ni | Kontakto | Kondiĉoj');
    expect(item.body).toContain('Reklamoj');
  });
});

describe("a month name CLDR does not list but dayjs's locale data does", () => {
  it('is read (Māori month names beside the loanwords CLDR lists)', () => {
    expect(instant('Rāhina 12 Pipiri 2026, 14:20 NZST')).toBe('2026-06-12T14:20:00+12:00');
    expect(isDateLine('Rāhina 3 Haratua 2026')).toBe(true);
  });
});

describe('a month first, or a month of several words', () => {
  it('reads a near spelling printed before the day', () => {
    expect(instant('Sabato, Decembiro 5, 2026 | 17:40 CET')).toBe('2026-12-05T17:40:00+01:00');
  });

  it('reads a name of several words, capitalised, by its last word', () => {
    // Jedoonee is Sunday in Manx: the 15th of November 2026 is one (the weekday check reads it).
    expect(instant('Jedoonee 15 Mee Houney 2026, 09:30 GMT')).toBe('2026-11-15T09:30:00+00:00');
  });
});

describe('a near spelling of a month on a line that is only a date', () => {
  it('is read, and the line is a date line', () => {
    expect(isDateLine('Merkredo, 2 de Decembiro de 2026')).toBe(true);
    expect(datesIn('Merkredo, 2 de Decembiro de 2026')[0]?.day).toBe('2026-12-02');
  });

  it('is not read inside a sentence', () => {
    expect(datesIn('La 2 Decembiro 2026 la urbo voĉdonis')[0]?.day ?? null).toBeNull();
  });
});

describe('a verb no list knows and a listed "by" before a name, right over the date line', () => {
  it('is the byline', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'Skribita por Mirela Vostok',
      'Merkredo, 2 de decembro de 2026',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
    expect(item.summary).toBe('La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo');
    expect(item.byline).toBe('Mirela Vostok');
  });

  it('stays the headline when a label, not a longer line, stands above it', () => {
    const item = dump([
      ...MENU,
      'Kultira',
      'Koncerto por Mirela Vostok',
      'Merkredo, 2 de decembro de 2026',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.title).toBe('Koncerto por Mirela Vostok');
    expect(item.byline).toBeNull();
  });
});
