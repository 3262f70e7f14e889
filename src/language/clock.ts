import { siblingSpellings } from './brahmic.js';
import { CLDR_LANGUAGES } from './cldr-languages.js';
import { timeUnitName } from './time-units.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';

/**
 * A clock reading alone on a line ("19h05", "7:42 pm", "18.30 Uhr", "01:42:07"): a live blog's
 * stamp over an entry, a player's duration. One pattern for the HTML and text readers.
 */
export const CLOCK_ONLY = /^\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$/iu;

/**
 * Letters that stand between hours and minutes on pages ("9h45", "9u45", "9e45"): the first
 * letter of a language's word or abbreviation for "hour" ("heure", "uur", "eur", "time", "óra"),
 * from CLDR's unit names (Intl), Latin letters only. Any other letter there ("2x50") is no time.
 */
function buildHourLetters(): string[] {
  const letters = new Set<string>();
  for (const language of CLDR_LANGUAGES) {
    for (const unitDisplay of ['narrow', 'short', 'long'] as const) {
      const first = [...timeUnitName(language, 'hour', unitDisplay, 9)][0];
      if (first && /\p{Script=Latin}/u.test(first)) letters.add(first);
    }
  }
  return [...letters].sort();
}

/** Kept by the build (scripts/name-table.mjs), as the month table is. */
export const HOUR_LETTER_TABLE: PrebuiltTable<string[]> = {
  file: 'hour-letters.json',
  here: folderOf(import.meta.url),
  code: ['clock.js', 'time-units.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildHourLetters,
};

/** The hour letters as a character class's content ("hstu…"). */
export const HOUR_LETTERS: string = loadPrebuilt(HOUR_LETTER_TABLE).join('');

/**
 * A language's abbreviation for "hour" ("hodź.", "godz.", "Std.", "ч", "hr"), as a page may print
 * it after a clock time and before the zone ("17:05 hodź. (CET)"): CLDR's short and narrow unit
 * names for hours (Intl), in the forms for one, a few and many, lower-cased.
 */
function buildHourWords(): string[] {
  const words = new Set<string>();
  for (const language of CLDR_LANGUAGES) {
    for (const unitDisplay of ['narrow', 'short'] as const) {
      for (const count of [1, 2, 5]) {
        const unit = timeUnitName(language, 'hour', unitDisplay, count);
        if (/\p{L}/u.test(unit)) words.add(unit);
      }
    }
  }
  return [...words].sort();
}

/** Kept by the build (scripts/name-table.mjs), as the hour letters are. */
export const HOUR_WORD_TABLE: PrebuiltTable<string[]> = {
  file: 'hour-words.json',
  here: folderOf(import.meta.url),
  code: ['clock.js', 'time-units.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildHourWords,
};

/** Abbreviations for "hour" in every CLDR language. */
export const HOUR_WORDS: readonly string[] = loadPrebuilt(HOUR_WORD_TABLE);

/**
 * The words a 12-hour clock prints with its hours, in every CLDR language ("晚上", "오후", "午後",
 * "م", "chiều", "abends"): each with the hours of the day (0-23) it covers, from Intl's day
 * periods (the AM/PM marker and the narrow, short and long flexible periods), lower-cased. A word
 * two languages use for different hours covers the hours of both.
 */
function buildDayPeriods(): Record<string, number[]> {
  const hours = new Map<string, Set<number>>();
  for (const language of CLDR_LANGUAGES) {
    for (const dayPeriod of [undefined, 'narrow', 'short', 'long'] as const) {
      const format = new Intl.DateTimeFormat(language, {
        hour: 'numeric',
        hourCycle: 'h12',
        timeZone: 'UTC',
        ...(dayPeriod ? { dayPeriod } : {}),
      });
      for (let h = 0; h < 24; h++) {
        const part = format.formatToParts(Date.UTC(2026, 0, 1, h)).find((p) => p.type === 'dayPeriod');
        const word = part?.value.trim().toLowerCase();
        if (!word) continue;
        if (!hours.has(word)) hours.set(word, new Set());
        hours.get(word)!.add(h);
      }
    }
  }
  return Object.fromEntries([...hours].map(([w, hs]) => [w, [...hs].sort((a, b) => a - b)]));
}

/** Kept by the build (scripts/name-table.mjs), as the hour letters are. */
export const DAY_PERIOD_TABLE: PrebuiltTable<Record<string, number[]>> = {
  file: 'day-periods.json',
  here: folderOf(import.meta.url),
  code: ['clock.js', 'time-units.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildDayPeriods,
};

/** Letters of a day-period word at least, when it is spelled in the sibling scripts. */
const SIBLING_MIN_LETTERS = 3;

/**
 * Day-period words and the hours each covers; a Brahmic script's word also in the sibling
 * scripts (Bengali "সন্ধ্যা", evening, as Gujarati "સન્ધ્યા"), for a language whose CLDR data has
 * no flexible day periods: a word a language has of its own keeps its own hours.
 */
function withSiblingSpellings(table: Record<string, number[]>): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>(Object.entries(table));
  for (const [word, hours] of Object.entries(table)) {
    if ([...word].length < SIBLING_MIN_LETTERS) continue;
    for (const spelled of siblingSpellings(word)) if (!out.has(spelled)) out.set(spelled, hours);
  }
  return out;
}

/** Day-period words and the hours each covers. */
export const DAY_PERIODS: ReadonlyMap<string, readonly number[]> = withSiblingSpellings(
  loadPrebuilt(DAY_PERIOD_TABLE),
);

/**
 * A day-period word of several words as pages write it shortened, by initials with points, as
 * "a.m." shortens "ante meridiem" ("d.l.t." for Spanish "de la tarde", "in the afternoon"): each with
 * the hours of the words it shortens (of all of them, where two shorten alike).
 */
function dayPeriodInitials(): Map<string, readonly number[]> {
  const out = new Map<string, Set<number>>();
  for (const [words, hours] of DAY_PERIODS) {
    const parts = words.split(/\s+/u);
    if (parts.length < 2 || !parts.every((p) => /^\p{L}/u.test(p))) continue;
    const initials = parts.map((p) => `${[...p][0]}.`).join('');
    const seen = out.get(initials) ?? new Set<number>();
    for (const h of hours) seen.add(h);
    out.set(initials, seen);
  }
  return new Map([...out].map(([w, hs]) => [w, [...hs].sort((a, b) => a - b)]));
}

/** Day-period initials ("d.l.t.") and the hours each covers. */
export const DAY_PERIOD_INITIALS: ReadonlyMap<string, readonly number[]> = dayPeriodInitials();
