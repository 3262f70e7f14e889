import { CLDR_LANGUAGES } from './cldr-languages.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';

/**
 * Dates of calendars other than the Gregorian that pages print (Solar Hijri, Ethiopian): the
 * names of their months in every CLDR language, and their days as Gregorian ones, all through
 * Intl's calendars. Only calendars of arithmetic rules, whose day Intl states exactly.
 */
export const OTHER_CALENDARS = ['persian', 'ethiopic'] as const;
export type OtherCalendar = (typeof OTHER_CALENDARS)[number];

export interface CalendarMonth {
  calendar: OtherCalendar;
  month: number;
}

const DAY_MS = 86_400_000;

/** The calendar's year, month and day of a Gregorian instant, by Intl. */
function calendarParts(calendar: OtherCalendar): (at: number) => { y: number; m: number; d: number } {
  const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return (at) => {
    const parts = format.formatToParts(at);
    const part = (type: string): number => +(parts.find((p) => p.type === type)?.value ?? NaN);
    return { y: part('year'), m: part('month'), d: part('day') };
  };
}

interface CalendarTable {
  /** Each language's names of each calendar's months (long and short), lower-cased. */
  months: Record<string, CalendarMonth[]>;
  /** The years of each calendar in use from 1900 to 2100 of the common era (Solar Hijri 1278-1479). */
  years: Record<OtherCalendar, { from: number; to: number }>;
}

function buildCalendarTable(): CalendarTable {
  return {
    months: buildCalendarMonths(),
    years: Object.fromEntries(
      OTHER_CALENDARS.map((c) => {
        const parts = calendarParts(c);
        return [c, { from: parts(Date.UTC(1900, 6, 1)).y, to: parts(Date.UTC(2100, 6, 1)).y }];
      }),
    ) as CalendarTable['years'],
  };
}

function buildCalendarMonths(): Record<string, CalendarMonth[]> {
  const out = new Map<string, CalendarMonth[]>();
  const from = Date.UTC(2025, 0, 1);
  for (const calendar of OTHER_CALENDARS) {
    const parts = calendarParts(calendar);
    // A day in each month of a year and more (13 months in the Ethiopian calendar).
    const days = Array.from({ length: 40 }, (_, i) => from + i * 10 * DAY_MS);
    for (const language of CLDR_LANGUAGES)
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(`${language}-u-ca-${calendar}`, {
          timeZone: 'UTC',
          month,
          day: 'numeric',
        });
        for (const at of days) {
          const name = format
            .formatToParts(at)
            .find((p) => p.type === 'month')
            ?.value.toLowerCase();
          if (!name || !/\p{L}/u.test(name)) continue;
          const entry = { calendar, month: parts(at).m };
          const seen = out.get(name) ?? [];
          if (!seen.some((e) => e.calendar === calendar && e.month === entry.month)) seen.push(entry);
          out.set(name, seen);
        }
      }
  }
  return Object.fromEntries(out);
}

/** Kept by the build (scripts/name-table.mjs), as the month table is. */
export const CALENDAR_MONTH_TABLE: PrebuiltTable<CalendarTable> = {
  file: 'calendar-months.json',
  here: folderOf(import.meta.url),
  code: ['calendars.js', 'cldr-languages.js'],
  packages: [],
  intl: true,
  build: buildCalendarTable,
};

const TABLE: CalendarTable = loadPrebuilt(CALENDAR_MONTH_TABLE);

/** The months of other calendars a word names ("esfand": the Solar Hijri 12th), or none. */
export const calendarMonths = (word: string): readonly CalendarMonth[] =>
  TABLE.months[word.toLowerCase()] ?? [];

/** The years of a calendar in use from 1900 to 2100 of the common era. */
export const calendarYears = (calendar: OtherCalendar): { from: number; to: number } => TABLE.years[calendar];

/**
 * The Gregorian day of a day of another calendar, or null where the calendar has no such day:
 * found among the days of the two Gregorian years about it, as Intl dates them.
 */
export function gregorianOf(
  calendar: OtherCalendar,
  y: number,
  m: number,
  d: number,
): { y: number; m: number; d: number } | null {
  const parts = calendarParts(calendar);
  const lag = 2026 - parts(Date.UTC(2026, 6, 1)).y;
  const start = Date.UTC(y + lag - 1, 0, 1);
  for (let at = start; at < start + 3 * 366 * DAY_MS; at += DAY_MS) {
    const p = parts(at);
    if (p.y === y && p.m === m && p.d === d) {
      const g = new Date(at);
      return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
    }
  }
  return null;
}
