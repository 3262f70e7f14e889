import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import countries from 'i18n-iso-countries';
import { CLDR_LANGUAGES } from './cldr-languages.js';
import { STOPWORD_LANGUAGES } from './stopwords.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';
import { foldMarks } from './fold.js';

/** Long names ("January", "stycznia") or abbreviations ("Jan", "févr."). */
export type MonthWidth = 'long' | 'short';

interface MonthName {
  name: string;
  /** 1–12. */
  month: number;
  /** ISO 639-1. */
  language: string;
  width: MonthWidth;
}

/**
 * Languages whose dates we read though no other stage reads their words (no stopword list is
 * used for them): their month names come after the others', so a name already read in one of
 * STOPWORD_LANGUAGES keeps that reading.
 */
const DATE_LANGUAGES = ['sk', 'hr', 'sl', 'lt', 'lv', 'et', 'fil', 'he'] as const;

/**
 * Month names in the languages we read, from the runtime's CLDR data (Intl) rather than a typed
 * list: long and short forms, standalone ("styczeń") and in a date ("15 stycznia"), with and
 * without the abbreviation's dot, lower-cased. One table for every date reader.
 */
function buildMonthNames(languages: readonly string[]): MonthName[] {
  const names: MonthName[] = [];
  const styles: [MonthWidth, Intl.DateTimeFormatOptions][] = [
    ['long', { month: 'long' }],
    ['short', { month: 'short' }],
    ['long', { day: 'numeric', month: 'long' }],
    ['short', { day: 'numeric', month: 'short' }],
  ];
  for (const language of languages) {
    for (const [width, style] of styles) {
      const format = new Intl.DateTimeFormat(language, { ...style, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month += 1) {
        const part = format
          .formatToParts(new Date(Date.UTC(2020, month - 1, 15)))
          .find((p) => p.type === 'month');
        const name = part?.value.toLowerCase();
        // Some locales print numeric months in a date ("15. 1."): not a name.
        if (!name || /\d/.test(name)) continue;
        for (const form of new Set([name, name.replace(/\.$/, '')]))
          names.push({ name: form, month, language, width });
      }
    }
  }
  return names;
}

/**
 * Every other language a general package (i18n-iso-countries) carries names for, and every one
 * CLDR has locale data for (cldr-languages.ts, generated): a page in a
 * language we have never read still prints its month in a date ("14 Mawrth 2026", "14 मार्च
 * 2026"), and CLDR knows the name.
 */
export const unreadLanguages = (): string[] =>
  [...new Set([...countries.getSupportedLanguages(), ...CLDR_LANGUAGES])].filter(
    (l) => !(STOPWORD_LANGUAGES as readonly string[]).includes(l),
  );

/**
 * The unread languages whose dates no other table reads: read by `monthNumber` alone (dates),
 * after the languages above, so the word lists built from `monthNames` stay as they are.
 */
const otherLanguages = (): string[] =>
  unreadLanguages().filter((l) => !(DATE_LANGUAGES as readonly string[]).includes(l));

/** A dayjs locale's months: a list, or a function carrying its lists (`f` in a date, `s` standalone). */
type DayjsMonths = string[] | { f?: string[]; s?: string[] };

/**
 * Long month names from dayjs's locales (MIT): some languages print names CLDR does not list, or
 * not in the form CLDR does (Māori's own month names beside CLDR's loanwords). Read after every
 * CLDR name, so a name CLDR reads keeps its reading; dayjs's pseudo-locale is left out.
 */
function dayjsMonthNames(): MonthName[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dayjs/package.json')), 'locale');
  const names: MonthName[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('x-'))) {
    const months = (require(join(dir, file)) as { months?: DayjsMonths }).months;
    const lists = Array.isArray(months) ? [months] : months ? [months.f, months.s] : [];
    const language = file.slice(0, -'.js'.length).split('-')[0]!;
    for (const list of lists)
      list?.forEach((name, i) => {
        if (!/\d/u.test(name))
          names.push({ name: name.toLowerCase(), month: i + 1, language, width: 'long' });
      });
  }
  return names;
}

/**
 * Both tables, kept by the build (scripts/name-table.mjs): a thousand Intl formats made at
 * start-up took a quarter of a second of every process's.
 */
export const MONTH_TABLE: PrebuiltTable<{ names: MonthName[]; others: MonthName[] }> = {
  file: 'month-names.json',
  here: folderOf(import.meta.url),
  code: ['months.js', 'cldr-languages.js', 'stopwords.js'],
  packages: ['i18n-iso-countries', 'dayjs'],
  intl: true,
  build: () => ({
    names: buildMonthNames([...STOPWORD_LANGUAGES, ...DATE_LANGUAGES]),
    others: [...buildMonthNames(otherLanguages()), ...dayjsMonthNames()],
  }),
};

const { names: NAMES, others: OTHER_NAMES }: { names: readonly MonthName[]; others: readonly MonthName[] } =
  loadPrebuilt(MONTH_TABLE);

/**
 * A name CLDR prints with its article or preposition ("dhen Dùbhlachd", "an Dùbhlachd") is read
 * by its last word alone as well, as a page may print it: in dates only, not in the word lists.
 */
const bareForms = (names: readonly MonthName[]): MonthName[] =>
  names.flatMap((n) => {
    const last = n.name.split(' ').at(-1)!;
    return last !== n.name && [...last].length >= 4 ? [{ ...n, name: last }] : [];
  });

/**
 * The other languages' names, long ones first: a word that is one language's whole name and
 * another's abbreviation (Ewe's three-letter cut of June spelt as Zulu's cut of March and a
 * creole's whole March) reads as the whole name, as a cut of three letters matches a word by
 * chance far more often.
 */
const longFirst = (names: readonly MonthName[]): MonthName[] => [
  ...names.filter((n) => n.width === 'long'),
  ...names.filter((n) => n.width !== 'long'),
];

/** The first reading of each name wins: languages in STOPWORD_LANGUAGES order, then the others. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [...NAMES, ...longFirst(OTHER_NAMES), ...bareForms([...NAMES, ...OTHER_NAMES])]
    .reverse()
    .map((n) => [n.name, n.month] as const),
);

export interface MonthFilter {
  /** Only these languages (ISO 639-1); all we read when absent. */
  languages?: readonly string[];
  /** Only this width; both when absent. */
  width?: MonthWidth;
}

const matches = (n: MonthName, filter: MonthFilter): boolean =>
  (!filter.languages || filter.languages.includes(n.language)) && (!filter.width || n.width === filter.width);

/**
 * The month (1–12) a name or abbreviation stands for, in any language we read or only those the
 * filter names; null if none.
 */
export function monthNumber(name: string, filter?: MonthFilter): number | null {
  const key = name.toLowerCase();
  if (!filter) return MONTHS.get(key) ?? null;
  return NAMES.find((n) => n.name === key && matches(n, filter))?.month ?? null;
}

/** Month names and abbreviations, lower-cased, optionally of some languages or one width. */
export function monthNames(filter: MonthFilter = {}): string[] {
  return [...new Set(NAMES.filter((n) => matches(n, filter)).map((n) => n.name))];
}

/**
 * Month names of the given languages from every table, those we read and the others CLDR knows
 * (`monthNames` keeps to the languages we read).
 */
export function monthNamesIn(languages: readonly string[], width?: MonthWidth): string[] {
  const filter = { languages, ...(width ? { width } : {}) };
  return [...new Set([...NAMES, ...OTHER_NAMES].filter((n) => matches(n, filter)).map((n) => n.name))];
}

/**
 * Names by their letters without marks, where that still means one month: pages write a name
 * with accents CLDR does not print ("Désèmber" for "Desember"), or drop those it does.
 */
const FOLDED: ReadonlyMap<string, number> = (() => {
  const months = new Map<string, Set<number>>();
  for (const n of [...NAMES, ...OTHER_NAMES]) {
    const k = foldMarks(n.name);
    months.set(k, (months.get(k) ?? new Set()).add(n.month));
  }
  return new Map([...months].flatMap(([k, ms]) => (ms.size === 1 ? [[k, [...ms][0]!] as const] : [])));
})();

/**
 * Long names without their last one or two letters (at least four left): the stem a case ending
 * replaces ("mart" of "marts", "aprīl" of "aprīlis").
 */
const STEMS: ReadonlyMap<string, number> = new Map(
  [...NAMES, ...OTHER_NAMES]
    .filter((n) => n.width === 'long')
    .flatMap((n) => [1, 2].map((cut) => [[...n.name].slice(0, -cut).join(''), n.month] as const))
    .filter(([stem]) => [...stem].length >= 4)
    .reverse(),
);

/**
 * The month a name stands for, or the month whose name it inflects: a case ending in place of
 * the name's last letters ("martā" for "marts", "aprīlī" for "aprīlis", as in "2026. gada 14.
 * martā"). Date readers only, where a day and a year stand around the word.
 */
export function monthOfInflected(word: string): number | null {
  const exact = monthNumber(word) ?? FOLDED.get(foldMarks(word)) ?? null;
  if (exact !== null) return exact;
  const letters = [...word.toLowerCase()];
  for (const cut of [1, 2]) {
    if (letters.length - cut < 4) break;
    const m = STEMS.get(letters.slice(0, -cut).join(''));
    if (m !== undefined) return m;
  }
  return null;
}

const LONG_NAMES: readonly MonthName[] = [...NAMES, ...OTHER_NAMES].filter((n) => n.width === 'long');

/**
 * The month whose long names alone start with this cut (three letters or more): "mär" of "märz",
 * as some systems abbreviate. Null when the cut starts names of two months, or none.
 */
export function monthByPrefix(cut: string): number | null {
  const key = cut.toLowerCase();
  if ([...key].length < 3) return null;
  let found: number | null = null;
  for (const n of LONG_NAMES) {
    if (!n.name.startsWith(key)) continue;
    if (found !== null && found !== n.month) return null;
    found = n.month;
  }
  return found;
}

/** Letters a word needs before a near spelling is read as a month's: shorter words are other words. */
const LIKENESS_MIN_LETTERS = 5;
/** Edits allowed from a listed long name: one in words of up to six letters, two above. */
const likenessEdits = (letters: number): number => (letters <= 6 ? 1 : 2);

/** Long names without marks, for `monthByLikeness`. */
const FOLDED_LONG: readonly (readonly [string, number])[] = [
  ...new Map(LONG_NAMES.map((n) => [foldMarks(n.name), n.month] as const)),
].filter(([name]) => [...name].length >= LIKENESS_MIN_LETTERS - 1);

/**
 * The month whose long name, in some language CLDR has, is spelt closest to this word, within an
 * edit or two: a closely related language's name no table holds ("avientu" listed, "aviento"
 * printed; "Disemba" listed, "Disembala" printed). Null unless every name at that distance means
 * one month. Only for a word standing where a date line's month stands (a day before, a year and
 * a clock time after): elsewhere a word this close to a month's name is often another word.
 */
export function monthByLikeness(word: string): number | null {
  const key = foldMarks(word);
  const letters = [...key].length;
  if (letters < LIKENESS_MIN_LETTERS || !/^\p{L}+$/u.test(key)) return null;
  const max = likenessEdits(letters);
  let best = max + 1;
  const months = new Set<number>();
  for (const [name, month] of FOLDED_LONG) {
    if (Math.abs(name.length - key.length) > max) continue;
    const d = distance(key, name);
    if (d < best) {
      best = d;
      months.clear();
    }
    if (d === best) months.add(month);
  }
  return best <= max && months.size === 1 ? [...months][0]! : null;
}

/** Each name's languages (a name may be several languages' own: "mar"). */
const LANGUAGES_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const all = [...NAMES, ...OTHER_NAMES];
  const out = new Map<string, string[]>();
  for (const n of [...all, ...bareForms(all)]) {
    const seen = out.get(n.name) ?? [];
    if (!seen.includes(n.language)) out.set(n.name, [...seen, n.language]);
  }
  return out;
})();

/** The languages (ISO 639) whose month name or abbreviation a word is, in any case. */
export function monthLanguages(word: string): readonly string[] {
  return LANGUAGES_OF.get(word.toLowerCase()) ?? [];
}
