import { STOPWORD_LANGUAGES } from '../language/stopwords.js';

/**
 * Weekday names in the languages we read, from the runtime's CLDR data (Intl), as
 * the month table is: index 0 is Monday. A templated item for another day is another story.
 */
function buildWeekdays(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const lang of STOPWORD_LANGUAGES) {
    // Long names only: short forms ("mar", "per", "sun") are ordinary words in other languages.
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 5 January 2026 was a Monday.
    for (let d = 0; d < 7; d++) {
      const name = format.format(new Date(Date.UTC(2026, 0, 5 + d))).toLowerCase();
      // "segunda-feira" is read as words: its first one names the day.
      for (const form of [name, name.split('-')[0] ?? name]) if (!table.has(form)) table.set(form, d);
    }
  }
  return table;
}

const WEEKDAYS = buildWeekdays();

/** Weekdays a text names, in any of the languages we read. */
export function weekdaysIn(text: string): Set<number> {
  const days = new Set<number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const d = WEEKDAYS.get(w);
    if (d !== undefined) days.add(d);
  }
  return days;
}
