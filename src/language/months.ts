import { STOPWORD_LANGUAGES } from './stopwords.js';

/**
 * Month names in the languages we read, from the runtime's CLDR data (Intl) rather than a typed
 * list: long and short forms, standalone ("styczeń") and in a date ("15 stycznia"), with and
 * without the abbreviation's dot, lower-cased. One table for every date reader.
 */
function buildMonthTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  for (const lang of STOPWORD_LANGUAGES) {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month += 1) {
        const part = format
          .formatToParts(new Date(Date.UTC(2020, month - 1, 15)))
          .find((p) => p.type === 'month');
        const name = part?.value.toLowerCase();
        // Some locales print numeric months in a date ("15. 1."): not a name.
        if (!name || /\d/.test(name)) continue;
        for (const form of new Set([name, name.replace(/\.$/, '')])) {
          if (!table.has(form)) table.set(form, month);
        }
      }
    }
  }
  return table;
}

const MONTHS = buildMonthTable();

/** The month (1–12) a name or abbreviation stands for, in any language we read; null if none. */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase()) ?? null;
}

/** Every month name and abbreviation known, for building date patterns. */
export function monthNames(): string[] {
  return [...MONTHS.keys()];
}
