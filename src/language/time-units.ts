import { CLDR_LANGUAGES } from './cldr-languages.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';

/**
 * CLDR's name for a unit of time (Intl) as `language` prints it beside `count`, lower-cased
 * ("Std.", "óra", "minutos"): one reading for the hour letters and words (clock.ts) and the
 * minute words here.
 */
export function timeUnitName(
  language: string,
  unit: 'hour' | 'minute',
  unitDisplay: 'narrow' | 'short' | 'long',
  count: number,
): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay })
    .formatToParts(count)
    .filter((p) => p.type === 'unit')
    .map((p) => p.value)
    .join('')
    .trim()
    .toLowerCase();
}

/**
 * A language's word or abbreviation for "minute" ("min.", "minutos", "dakika", "perc", "분"), as a
 * page prints it in a reading time beside the number: CLDR's long, short and narrow unit names
 * for minutes (Intl), in the forms for one, a few and many, lower-cased, a trailing full stop
 * dropped. Names of one letter ("m", a metre as well) are left out.
 */
function buildMinuteWords(): string[] {
  const words = new Set<string>();
  for (const language of CLDR_LANGUAGES) {
    for (const unitDisplay of ['narrow', 'short', 'long'] as const) {
      for (const count of [1, 2, 5]) {
        const unit = timeUnitName(language, 'minute', unitDisplay, count).replace(/\.$/u, '');
        if (/\p{L}/u.test(unit) && [...unit].length > 1 && !/\s/u.test(unit)) words.add(unit);
      }
    }
  }
  return [...words].sort();
}

/** Kept by the build (scripts/name-table.mjs), as the hour words are. */
export const MINUTE_WORD_TABLE: PrebuiltTable<string[]> = {
  file: 'minute-words.json',
  here: folderOf(import.meta.url),
  code: ['time-units.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildMinuteWords,
};

/** Words and abbreviations for "minute" in every CLDR language. */
export const MINUTE_WORDS: ReadonlySet<string> = new Set(loadPrebuilt(MINUTE_WORD_TABLE));
