import { CLDR_LANGUAGES } from './cldr-languages.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';

/**
 * Languages' names as a language switch prints them: in English and in the language itself
 * ("English", "Māori", "Deutsch"), from the runtime's CLDR data (Intl), lower-cased.
 */
function buildLanguageNames(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  const names = new Set<string>();
  for (const code of CLDR_LANGUAGES) {
    names.add(english.of(code)!.toLowerCase());
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (own) names.add(own.toLowerCase());
  }
  return [...names].filter((n) => n !== '' && !/^[a-z]{2,3}$/u.test(n));
}

/** Kept by the build (scripts/name-table.mjs): a hundred Intl formats at start-up cost 60 ms. */
export const LANGUAGE_NAME_TABLE: PrebuiltTable<string[]> = {
  file: 'language-names.json',
  here: folderOf(import.meta.url),
  code: ['language-names.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildLanguageNames,
};

const NAMES: ReadonlySet<string> = new Set(loadPrebuilt(LANGUAGE_NAME_TABLE));

/** A language's name in English or in itself ("English", "Māori"), any case. */
export const isLanguageName = (s: string): boolean => NAMES.has(s.trim().toLowerCase());
