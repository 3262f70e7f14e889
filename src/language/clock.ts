import { CLDR_LANGUAGES } from './cldr-languages.js';
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
      const unit = new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay })
        .formatToParts(9)
        .filter((p) => p.type === 'unit')
        .map((p) => p.value)
        .join('')
        .trim()
        .toLowerCase();
      const first = [...unit][0];
      if (first && /\p{Script=Latin}/u.test(first)) letters.add(first);
    }
  }
  return [...letters].sort();
}

/** Kept by the build (scripts/name-table.mjs), as the month table is. */
export const HOUR_LETTER_TABLE: PrebuiltTable<string[]> = {
  file: 'hour-letters.json',
  here: folderOf(import.meta.url),
  code: ['clock.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildHourLetters,
};

/** The hour letters as a character class's content ("hstu…"). */
export const HOUR_LETTERS: string = loadPrebuilt(HOUR_LETTER_TABLE).join('');
