import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';
import { unreadLanguages } from './months.js';
import { STOPWORD_LANGUAGES } from './stopwords.js';

/** Long names ("Tuesday", "mardi") or abbreviations as dates print them ("Tue", "Di."). */
export type WeekdayWidth = 'long' | 'short';

interface WeekdayName {
  name: string;
  /** 0 is Monday. */
  day: number;
  language: string;
  width: WeekdayWidth;
}

/**
 * Weekday names in the given languages, from the runtime's CLDR data (Intl) as the month table
 * is, lower-cased, each abbreviation also without its dot. One table for every reader of dates.
 */
function buildWeekdayNames(languages: readonly string[]): WeekdayName[] {
  const names: WeekdayName[] = [];
  for (const language of languages) {
    for (const width of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
      // 5 January 2026 was a Monday.
      for (let day = 0; day < 7; day += 1) {
        const name = format.format(new Date(Date.UTC(2026, 0, 5 + day))).toLowerCase();
        for (const form of new Set([name, name.replace(/\.$/, '')]))
          names.push({ name: form, day, language, width });
      }
    }
  }
  return names;
}

/**
 * Kept by the build (scripts/name-table.mjs), as the month table is: the languages we read, and
 * apart from them every other one CLDR knows (a page in any of them capitalises its weekdays).
 */
export const WEEKDAY_TABLE: PrebuiltTable<{ names: WeekdayName[]; others: WeekdayName[] }> = {
  file: 'weekday-names.json',
  here: folderOf(import.meta.url),
  code: ['weekdays.js', 'months.js', 'cldr-languages.js', 'stopwords.js'],
  packages: ['i18n-iso-countries'],
  intl: true,
  build: () => ({
    names: buildWeekdayNames(STOPWORD_LANGUAGES),
    others: buildWeekdayNames(unreadLanguages()),
  }),
};

const {
  names: NAMES,
  others: OTHER_NAMES,
}: { names: readonly WeekdayName[]; others: readonly WeekdayName[] } = loadPrebuilt(WEEKDAY_TABLE);

export interface WeekdayFilter {
  /** Only these languages (ISO 639-1); all we read when absent. */
  languages?: readonly string[];
  /** Only this width; both when absent. */
  width?: WeekdayWidth;
}

const matches = (n: WeekdayName, filter: WeekdayFilter): boolean =>
  (!filter.languages || filter.languages.includes(n.language)) && (!filter.width || n.width === filter.width);

/** Weekday names and abbreviations, lower-cased, optionally of some languages or one width. */
export function weekdayNames(filter: WeekdayFilter = {}): string[] {
  return [...new Set(NAMES.filter((n) => matches(n, filter)).map((n) => n.name))];
}

/** Weekday names of the given languages among those we do not read (`weekdayNames` keeps to those we do). */
export function weekdayNamesIn(languages: readonly string[], width?: WeekdayWidth): string[] {
  const filter = { languages, ...(width ? { width } : {}) };
  return [...new Set(OTHER_NAMES.filter((n) => matches(n, filter)).map((n) => n.name))];
}

/**
 * Long names only, read word by word: short forms ("mar", "per", "sun") are ordinary words in other
 * languages, and "segunda-feira" is read as words whose first one names the day.
 */
function buildLongTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const { name, day } of NAMES.filter((n) => n.width === 'long'))
    for (const form of [name, name.split('-')[0] ?? name]) if (!table.has(form)) table.set(form, day);
  return table;
}

const LONG = buildLongTable();

/** Long weekday names by language, every language of the table, to their day (0 is Sunday, as getUTCDay). */
const LONG_BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const table = new Map<string, Map<string, number>>();
  for (const { name, day, language, width } of [...NAMES, ...OTHER_NAMES]) {
    if (width !== 'long') continue;
    const names = table.get(language) ?? new Map<string, number>();
    names.set(name, (day + 1) % 7);
    table.set(language, names);
  }
  return table;
})();

/**
 * Weekdays (0 is Monday) a text names in full, in any of the languages we read, and in `language`
 * (an ISO 639 tag) when it is another one CLDR names the days of: a notice in a language whose
 * other words we do not read still heads its date with the day ("Selasa 14 April" in Indonesian).
 * Another language's day names are read only in its own text: they are ordinary words elsewhere.
 */
export function weekdaysIn(text: string, language?: string | null): Set<number> {
  const own = LONG_BY_LANGUAGE.get((language ?? '').split(/[-_]/u)[0]?.toLowerCase() ?? '');
  const days = new Set<number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const sunday = own?.get(w);
    const d = LONG.get(w) ?? (sunday === undefined ? undefined : (sunday + 6) % 7);
    if (d !== undefined) days.add(d);
  }
  return days;
}

/**
 * A language's long weekday names, lower-cased, to their day (0 is Sunday), from the table, with
 * no formatter made per call; a language CLDR has no names for gets English ones, as Intl falls
 * back to them.
 */
export function longWeekdaysOf(language: string): ReadonlyMap<string, number> {
  return LONG_BY_LANGUAGE.get(language) ?? LONG_BY_LANGUAGE.get('en') ?? new Map();
}
