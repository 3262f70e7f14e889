import { describe, expect, it } from 'vitest';
import { monthNames, monthNumber } from '../../src/language/months.js';
import * as sw from 'stopword';
import {
  declaredStopwords,
  isStopword,
  stopwordLanguages,
  stopwordsOf,
  STOPWORD_LANGUAGES,
} from '../../src/language/stopwords.js';
import { weekdayNames, weekdaysIn } from '../../src/language/weekdays.js';

describe('month table', () => {
  it('reads long, short and in-date forms in several languages', () => {
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('stycznia')).toBe(1); // Polish, in a date
    expect(monthNumber('styczeń')).toBe(1); // Polish, standalone
    expect(monthNumber('März')).toBe(3);
    expect(monthNumber('févr.')).toBe(2);
    expect(monthNumber('févr')).toBe(2);
    expect(monthNumber('октября')).toBe(10);
    expect(monthNumber('Sept')).toBe(9);
  });

  it('reads only the languages and width asked for', () => {
    const englishShort = { languages: ['en'], width: 'short' } as const;
    expect(monthNumber('Sep', englishShort)).toBe(9);
    expect(monthNumber('September', englishShort)).toBeNull();
    expect(monthNumber('mars', englishShort)).toBeNull();
    expect(monthNumber('mars')).toBe(3);
    expect(monthNames({ languages: ['en'], width: 'long' })).toContain('january');
    expect(monthNames({ languages: ['en'], width: 'long' })).not.toContain('jan');
  });

  it('reads months of a language CLDR has dates but no emoji names for', () => {
    // Malagasy: CLDR's locale data formats its dates; its annotations (emoji names) skip it.
    expect(monthNumber('Aogositra')).toBe(8);
  });

  it('knows nothing that is not a month', () => {
    expect(monthNumber('Monday')).toBeNull();
    expect(monthNumber('')).toBeNull();
    expect(monthNames().every((n) => n === n.toLowerCase() && !/\d/.test(n))).toBe(true);
  });
});

describe('stopwords', () => {
  it('recognises function words in any listed language, any case', () => {
    expect(isStopword('The')).toBe(true);
    expect(isStopword('und')).toBe(true);
    expect(isStopword('und', 'de')).toBe(true);
    expect(isStopword('und', 'en')).toBe(false);
  });

  it('gathers the function words of chosen languages in one set', () => {
    const set = stopwordsOf(['de', 'fr']);
    expect(set.has('und')).toBe(true);
    expect(set.has('dans')).toBe(true);
    expect(set.has('the')).toBe(false);
  });

  it('leaves content words alone', () => {
    expect(isStopword('harbour')).toBe(false);
    expect(isStopword('Bürgermeister')).toBe(false);
  });
});

describe('lists by language code', () => {
  it("reads the package's ISO 639-3 lists under their ISO 639-1 codes", () => {
    expect(isStopword('und', 'de')).toBe(true);
    expect(isStopword('og', 'nb')).toBe(true);
    expect(stopwordsOf(['nb'])).toEqual(new Set(sw.nob.map((w) => w.toLowerCase())));
    expect(declaredStopwords('ms-MY')).toEqual(new Set(sw.msa.map((w) => w.toLowerCase())));
    expect(declaredStopwords('lt')?.has('ir')).toBe(true);
    expect(declaredStopwords('xx')).toBeNull();
  });
});

describe('languages of a function word', () => {
  it('names every language that lists the word, and only those', () => {
    expect(stopwordLanguages('und')).toContain('de');
    expect(stopwordLanguages('und')).not.toContain('en');
    expect(stopwordLanguages('harbour')).toEqual([]);
    for (const lang of STOPWORD_LANGUAGES)
      expect(stopwordLanguages('the').includes(lang)).toBe(isStopword('the', lang));
  });
});

describe('weekday table', () => {
  it('finds weekdays named in full in several languages, Monday first', () => {
    expect([...weekdaysIn('Tuesday and mardi')]).toEqual([1]);
    expect([...weekdaysIn('Am Sonntag, en la segunda-feira')].sort()).toEqual([0, 6]);
    expect([...weekdaysIn('в пятницу, środa')].sort()).toEqual([2]);
  });

  it('leaves abbreviations out of running text: they are ordinary words elsewhere', () => {
    expect(weekdaysIn('mar sun per').size).toBe(0);
  });

  it('lists long names and abbreviations with and without their dot, by language and width', () => {
    expect(weekdayNames()).toEqual(expect.arrayContaining(['tuesday', 'tue', 'lun.', 'lun', 'mardi']));
    expect(weekdayNames({ languages: ['en'], width: 'long' })).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
    expect(weekdayNames().every((n) => n === n.toLowerCase())).toBe(true);
  });
});
