import { STOPWORD_LANGUAGES, type StopwordLanguage } from './stopwords.js';

/** Long names ("January", "stycznia") or abbreviations ("Jan", "févr."). */
export type MonthWidth = 'long' | 'short';

interface MonthName {
  name: string;
  /** 1–12. */
  month: number;
  language: StopwordLanguage | DateLanguage;
  width: MonthWidth;
}

/**
 * Languages whose dates we read though no other stage reads their words (no stopword list is
 * used for them): their month names come after the others', so a name already read in one of
 * STOPWORD_LANGUAGES keeps that reading.
 */
const DATE_LANGUAGES = ['sk', 'hr', 'sl', 'lt', 'lv', 'et', 'fil', 'he'] as const;
type DateLanguage = (typeof DATE_LANGUAGES)[number];

/**
 * Month names in the languages we read, from the runtime's CLDR data (Intl) rather than a typed
 * list: long and short forms, standalone ("styczeń") and in a date ("15 stycznia"), with and
 * without the abbreviation's dot, lower-cased. One table for every date reader.
 */
function buildMonthNames(): readonly MonthName[] {
  const names: MonthName[] = [];
  const styles: [MonthWidth, Intl.DateTimeFormatOptions][] = [
    ['long', { month: 'long' }],
    ['short', { month: 'short' }],
    ['long', { day: 'numeric', month: 'long' }],
    ['short', { day: 'numeric', month: 'short' }],
  ];
  for (const language of [...STOPWORD_LANGUAGES, ...DATE_LANGUAGES]) {
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

const NAMES = buildMonthNames();

/** The first reading of each name wins: languages in STOPWORD_LANGUAGES order. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [...NAMES].reverse().map((n) => [n.name, n.month] as const),
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
