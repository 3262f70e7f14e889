import {
  LOCALE_ZONE_ABBREVIATIONS,
  localZoneOffset,
  localeOnlyZoneOffset,
  seasonalZoneOffset,
  UNAMBIGUOUS_ZONES,
  worldZoneOffset,
} from '../../language/zones.js';
import {
  adjectiveZoneNamed,
  bracketedZoneOffset,
  cityTimeZones,
  regionTimeZones,
  cityZoneNamed,
  GMT_WORDS,
  namedZoneOffset,
  ZONE_NAME_MAX_WORDS,
  zoneNamed,
  zoneOffsetAt,
} from '../../language/zone-names.js';
import { DAY_PERIOD_INITIALS, DAY_PERIODS, HOUR_LETTERS, HOUR_WORDS } from '../../language/clock.js';
import { alternation } from '../../language/byline-words.js';
import { monthByLikeness, monthLanguages, monthOfInflected } from '../../language/months.js';
import { longWeekdaysOf, weekdayNames } from '../../language/weekdays.js';
import { deromanize, romanize } from 'romans';
import { asciiDigits } from '../text.js';
import { calendarMonths, calendarYears, gregorianOf } from '../../language/calendars.js';
/**
 * Dates in plain-text dumps: which lines are date lines, and the instant they state. An instant
 * is only produced when the line gives a day, a time AND a zone (offset, zone name or an ISO
 * timestamp); relative times and zone-less times give null, since zones are not guessed.
 */

/** Weekday names and abbreviations ("Tuesday", "mardi", "Di."): a date line may open with one. */
const WEEKDAYS: ReadonlySet<string> = new Set(weekdayNames());

/** A time-zone abbreviation ("CEST", "МСК"), so "(CEST)" is not taken for a photo credit. */
export function isZoneName(s: string): boolean {
  return s.trim().toUpperCase() in UNAMBIGUOUS_ZONES || /^(?:ET|CT|MT|PT)$/i.test(s.trim());
}

export interface DateInfo {
  /** ISO 8601 with offset, or null when the line lacks a time or a zone. */
  instant: string | null;
  /** The calendar day the segment names (YYYY-MM-DD), with or without a time: enough for ordering. */
  day: string | null;
  /** The line's label: first-published, updated, or none. */
  label: 'published' | 'updated' | null;
}

/**
 * "kuDisemba": languages that glue a short prefix in lower case to a name (Bantu locatives and
 * noun classes) glue it to the month's name too; the name starts at the capital.
 */
const GLUED_PREFIX = /^\p{Ll}{1,3}(?=\p{Lu}\p{Ll})/u;

function monthOf(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return (
    monthOfInflected(w) ??
    (GLUED_PREFIX.test(w) ? monthOfInflected(w.replace(GLUED_PREFIX, '')) : null) ??
    undefined
  );
}

interface Ymd {
  y: number;
  m: number;
  d: number;
  start: number;
  end: number;
}

/**
 * A month's name of two characters in a script whose letters are syllables or carry their vowel
 * ("मई", May in Hindi; "மே", in Tamil, a letter and its vowel sign). In an alphabet (Latin,
 * Cyrillic, Greek) a two-letter word between day and year is a connector ("de"), so a name
 * there keeps to three letters or more.
 */
const SYLLABIC_PAIR = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])\\p{L}[\\p{L}\\p{M}]';

/**
 * The month word may hold dots: an abbreviation with a dot inside ("มี.ค.", Thai's March). A
 * word or two for "of (the month)" may stand between day and month ("4 de marzo", "4 a viz …"),
 * an elided one spaced, its apostrophe after or before it ("4 ta' <month>", "4 'e <month>"), or glued to the month ("4 d'abril"); a name of several words is read by its last
 * ("5 Mee ny Nollick": see bareForms in months.ts).
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:\\.|º|er|\\p{Ll}{1,2})?\\s+(?:['’]?\\p{L}{1,3}['’]?\\s+){0,2}(?:\\p{Ll}['’])?(${SYLLABIC_PAIR}|[\\p{L}\\p{M}][\\p{L}\\p{M}.]{2,11})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(
  `(${SYLLABIC_PAIR}|[\\p{L}\\p{M}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
  'u',
);
/** Year first, as Hungarian and East Asian pages print it: "2026. március 4.". */
const YEAR_MONTH_DAY = new RegExp(
  `(?<!\\d)(\\d{4})\\.?\\s+(${SYLLABIC_PAIR}|[\\p{L}\\p{M}]{3,12})\\.?\\s+(\\d{1,2})(?!\\d)`,
  'u',
);
/**
 * Year, a short word for "year", day and month: "2026. gada 14. martā"; Turkic languages join
 * the word to the year and the day to the month by a hyphen ("2026-yil 14-mart", "2026-ж., 14-март"),
 * the word in the genitive perhaps ("2026-yilning": "of the year"), hence up to seven letters.
 */
const YEAR_WORD_DAY_MONTH =
  /(?<!\d)(\d{4})(?:\.?\s+|-)\p{L}{1,7}\.?,?\s+(\d{1,2})(?:\.?\s+|-)([\p{L}\p{M}]{3,12})/u;
const NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})/u;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})/u;
/** Year first in figures with slashes or dots, as East Asian pages print it: "2026/04/08", "2026.4.8". */
const YEAR_FIRST_NUMERIC = /(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./]?\d)/u;

/** Years of the Buddhist era (Thai pages: 2569 is 2026) are 543 ahead of the common era. */
const BUDDHIST_ERA_OFFSET = 543;
/** A year this far past the common era's present is a Buddhist-era year. */
const BUDDHIST_ERA_FROM = 2400;

/**
 * Years before this are of another calendar (Solar Hijri 1403, Hijri 1446): read only where the
 * line names the month of one Intl converts (otherCalendarDate).
 */
const COMMON_ERA_FROM = 1600;

/**
 * Find a calendar date in the line, its year in the common era. A day, a word no table holds and
 * a year, with a clock time after them or alone on the line (a weekday aside), is a date line's
 * shape: there the word is read as the month whose name it is spelt closest to
 * (`monthByLikeness`), if any.
 */
function findDate(s: string, monthFirst = false): Ymd | null {
  const d = findDateAsPrinted(s, monthFirst) ?? likelyDate(s);
  if (d && d.y >= BUDDHIST_ERA_FROM) d.y -= BUDDHIST_ERA_OFFSET;
  return d && d.y >= COMMON_ERA_FROM && !weekdayContradicts(s, d) ? d : otherCalendarDate(s);
}

/** A line's words and numbers, a number with the letters of its ending ("12th", "۱۲مه" in ASCII digits). */
const DATE_WORDS = /\d+[\p{L}\p{M}]{0,3}|[\p{L}\p{M}]+/gu;
const DAY_WORD = /^(\d{1,2})[\p{L}\p{M}]{0,3}$/u;
/** Words between a month's name and its year, at most ("<year> year of <month> 12th"). */
const YEAR_REACH = 3;

/**
 * "5 Esfand 1403", "<weekday>, of 1403 year of <month> 5th": a day of the Solar Hijri or
 * Ethiopian calendar, a month's name of it (any CLDR language; see calendars.ts) beside the day
 * and a year of that calendar near, as its Gregorian day. A name that is also a Gregorian month's
 * is read so only with a year before the common era's present (1403), as that year shows the
 * calendar.
 */
function otherCalendarDate(s: string): Ymd | null {
  const words = [...s.matchAll(DATE_WORDS)];
  for (let i = 0; i < words.length; i++) {
    for (const { calendar, month } of calendarMonths(words[i]![0])) {
      const years = calendarYears(calendar);
      const near = words.slice(Math.max(0, i - YEAR_REACH), i + YEAR_REACH + 1);
      const year = near.find((w) => /^\d{4}$/u.test(w[0]) && +w[0] >= years.from && +w[0] <= years.to);
      const day = [words[i - 1], words[i + 1]].find(
        (w) => w && DAY_WORD.test(w[0]) && +DAY_WORD.exec(w[0])![1]! <= 31,
      );
      if (!year || !day || (+year[0] >= COMMON_ERA_FROM && monthOfInflected(words[i]![0]) !== null)) continue;
      const g = gregorianOf(calendar, +year[0], month, +DAY_WORD.exec(day[0])![1]!);
      const ends = [year, day, words[i]!].map((w) => [w.index, w.index + w[0].length]);
      if (g)
        return { ...g, start: Math.min(...ends.map((e) => e[0]!)), end: Math.max(...ends.map((e) => e[1]!)) };
    }
  }
  return null;
}

/**
 * "<Saturday>, <month> 5, 2026" where, in the languages whose month that name is, the 5th is a
 * Monday: the page names its month otherwise than CLDR does (one name for two months in use), and
 * the date is not read after all; a wrong date is worse than none. Long weekday names only: an
 * abbreviation may be a month's too ("mar").
 */
function weekdayContradicts(s: string, d: Ymd): boolean {
  const words = (s.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).map((w) => w.toLowerCase());
  const languages = new Set(words.flatMap((w) => monthLanguages(w)));
  const named = new Set<number>();
  for (const language of languages) {
    const names = longWeekdaysOf(language);
    for (const w of words) if (names.has(w)) named.add(names.get(w)!);
  }
  return named.size > 0 && !named.has(new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay());
}

function likelyDate(s: string): Ymd | null {
  const dayFirst = DAY_MONTH_YEAR.exec(s);
  const m = dayFirst ?? MONTH_DAY_YEAR.exec(s);
  if (!m) return null;
  const [word, day] = dayFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
  const end = m.index + m[0].length;
  const dateLine = TIME.test(s.slice(end)) || wholeDate(s, m.index, end);
  const month = dateLine ? monthByLikeness(word) : null;
  return month === null ? null : { y: +m[3]!, m: month, d: +day, start: m.index, end };
}

/**
 * The date is the whole line but a weekday's word before it ("<weekday>, 2 de <month> de 2026"):
 * nothing else on the line could be what the word between day and year names.
 */
const wholeDate = (s: string, start: number, end: number): boolean =>
  /^\s*(?:[\p{L}\p{M}]+,?\s*)?$/u.test(s.slice(0, start)) && /^[\s.,]*$/u.test(s.slice(end));

/** Where a date's match stands in the text, with its year, month and day. */
const found = (m: RegExpExecArray, y: number, mo: number, d: number): Ymd => ({
  y,
  m: mo,
  d,
  start: m.index,
  end: m.index + m[0].length,
});

/**
 * The dates written with the month's name, tried in this order, and which of each match's groups
 * holds the year, the month's name and the day.
 */
const MONTH_NAME_FORMS: readonly { form: RegExp; y: number; m: number; d: number }[] = [
  { form: DAY_MONTH_YEAR, y: 3, m: 2, d: 1 },
  { form: MONTH_DAY_YEAR, y: 3, m: 1, d: 2 },
  { form: YEAR_MONTH_DAY, y: 1, m: 2, d: 3 },
  { form: YEAR_WORD_DAY_MONTH, y: 1, m: 3, d: 2 },
];

function findDateAsPrinted(s: string, monthFirst: boolean): Ymd | null {
  let m = ISO_DATE.exec(s);
  if (m) return found(m, +m[1]!, +m[2]!, +m[3]!);
  for (const { form, y, m: month, d } of MONTH_NAME_FORMS) {
    m = form.exec(s);
    const mo = m && monthOf(m[month]!);
    if (m && mo) return found(m, +m[y]!, mo, +m[d]!);
  }
  m = YEAR_FIRST_NUMERIC.exec(s);
  if (m && +m[3]! >= 1 && +m[3]! <= 12 && +m[4]! >= 1 && +m[4]! <= 31)
    return found(m, +m[1]!, +m[3]!, +m[4]!);
  m = NUMERIC.exec(s);
  if (m) {
    // Day first (the European order), unless the first number cannot be a month day pair that
    // way, or the page's own dates show it writes the month first.
    let d = +m[1]!;
    let mo = +m[2]!;
    if ((mo > 12 && d <= 12) || (monthFirst && d <= 12 && mo <= 12)) [d, mo] = [mo, d];
    return found(m, +m[3]!, mo, d);
  }
  return null;
}

/**
 * A clock time: hours and minutes apart by a colon, a dot, or a letter (the initial of a
 * language's word for "hour": "9h45", "9u45", "9e45"; see HOUR_LETTERS).
 */
const TIME = new RegExp(
  `(?<![\\d:.])(\\d{1,2})[:.${HOUR_LETTERS}](\\d{2})(?::(\\d{2}))?(?!\\d)\\s*([ap]\\.?\\s?m\\.?(?![\\p{L}]))?`,
  'iu',
);
/** One token of a clock time ("9:45", "9h45", "9:45pm"). */
const TIME_TOKEN = new RegExp(`^\\d{1,2}[:.${HOUR_LETTERS}]\\d{2}(?::\\d{2})?(?:[ap]m)?$`, 'u');
/** "гринуич" as it opens a sentence or a name: "Гринуич". */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * "GMT" as pages print it before an offset: in Latin letters, or a locale's own word for it
 * (CLDR's offset format: "غرينتش+3", "Гринуич+2"; see zone-names.ts).
 */
const GMT = `(?:GMT|UTC|UT|${alternation(
  GMT_WORDS.filter((w) => !/\p{Script=Latin}/u.test(w)).flatMap((w) => [w, w.toUpperCase(), capitalised(w)]),
)})`;

/** A zone may stand in brackets, full-width ones too as CJK pages print them ("14:20（UTC+8）"). */
const ZONE_AFTER = new RegExp(
  `^\\s*[([（［]?\\s*(?:(${GMT})\\s*(?:([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|([+\\-−])(\\d{2}):?(\\d{2})|(\\p{L}{2,5})(?!\\p{L}))`,
  'u',
);

interface Hm {
  h: number;
  min: number;
  s: number;
  end: number;
}

/**
 * "<evening> 4 <o'clock> (<zone>)": an hour without minutes, then one word (the language's
 * "o'clock", which no table may hold) and a bracket; read only after a day-period word.
 */
const BARE_HOUR = /(?<![\d:.,/-])(\d{1,2})\s+[\p{L}\p{M}]{1,10}(?=\s*[([（［])/u;

/** A bare hour a day-period word before it makes a time ("<evening> 4 <o'clock>"), or null. */
function bareHour(s: string, from: number): Hm | null {
  const m = BARE_HOUR.exec(s.slice(from));
  if (!m) return null;
  const start = from + m.index;
  const period = periodBefore(s.slice(0, start));
  const h = +m[1]!;
  if (!period || h < 1 || h > 12) return null;
  return { h: hourIn(h, period), min: 0, s: 0, end: start + m[0].length };
}

function findTime(s: string, from: number): Hm | null {
  const m = TIME.exec(s.slice(from));
  if (!m) return bareHour(s, from);
  let h = +m[1]!;
  const ampm = m[4]?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const start = from + m.index;
  let end = start + m[0].length;
  if (!ampm && h >= 1 && h <= 12) {
    const after = periodAfter(s.slice(end));
    const period = periodBefore(s.slice(0, start)) ?? after?.hours;
    if (after && !periodBefore(s.slice(0, start))) end += after.length;
    if (period) h = hourIn(h, period);
  }
  if (h > 23 || +m[2]! > 59) return null;
  return { h, min: +m[2]!, s: m[3] ? +m[3] : 0, end };
}

/** The longest day-period word, in letters. */
const PERIOD_MAX_CHARS = Math.max(0, ...[...DAY_PERIODS.keys()].map((w) => w.length));

/**
 * Scripts written without spaces between words: there a day-period word touches the letters
 * around it ("7日晚上8:45").
 */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A day-period word that may stand by a clock time: not a Latin one of one or two letters ("a",
 * "od", "to", "CH"), which prose and zone abbreviations print by times too ("od 8:30 do 16:00";
 * "AM"/"PM" the time pattern reads itself).
 */
const usablePeriod = (w: string): boolean =>
  !/\p{Script=Latin}/u.test(w) || (w.match(/\p{L}/gu)?.length ?? 0) >= 3 || DAY_PERIOD_INITIALS.has(w);

/** The hours a day-period word or its initials ("d.l.t.") cover, if it is one. */
const periodHours = (w: string): readonly number[] | undefined =>
  DAY_PERIODS.get(w) ?? DAY_PERIOD_INITIALS.get(w);

/** "晚上" in "…7日 晚上" before "8:45": the hours of the day-period word closing `before`, or null. */
function periodBefore(before: string): readonly number[] | null {
  const t = before.trimEnd().toLowerCase();
  for (let k = Math.min(PERIOD_MAX_CHARS, t.length); k >= 1; k--) {
    const w = t.slice(-k);
    const hours = periodHours(w);
    if (!hours || !usablePeriod(w)) continue;
    if (k === t.length || UNSPACED.test(w) || !/[\p{L}\p{M}]/u.test(t[t.length - k - 1]!)) return hours;
  }
  return null;
}

/** "م" in "8:45 م": the day-period word opening `after`, its hours and length with the space before it. */
function periodAfter(after: string): { hours: readonly number[]; length: number } | null {
  const t = after.trimStart();
  const lower = t.toLowerCase();
  for (let k = Math.min(PERIOD_MAX_CHARS, t.length); k >= 1; k--) {
    const w = lower.slice(0, k);
    const hours = periodHours(w);
    if (!hours || !usablePeriod(w)) continue;
    if (k === t.length || UNSPACED.test(w) || !/[\p{L}\p{M}]/u.test(t[k]!))
      return { hours, length: after.length - t.length + k };
  }
  return null;
}

/**
 * The hour of the day a 12-hour clock's `h` (1-12) reads under a day-period word covering
 * `hours`: the one of h and h + 12 (12 and 0 at noon and midnight) the word covers; when it covers
 * both or neither, the afternoon if all its hours are.
 */
function hourIn(h: number, hours: readonly number[]): number {
  const am = h % 12;
  const pm = am + 12;
  const hasAm = hours.includes(am);
  const hasPm = hours.includes(pm);
  if (hasAm !== hasPm) return hasAm ? am : pm;
  if (hours.every((x) => x >= 12)) return pm;
  if (hours.every((x) => x < 12)) return am;
  return h;
}

/**
 * "(XYZT, UTC+9)", "IST / GMT+1": an abbreviation, then the offset it stands for. The stated
 * offset wins: an abbreviation may name several zones, or none a table holds.
 */
const ABBREVIATION_THEN_OFFSET =
  /^\s*[([（［]?\s*\p{Lu}{2,5}\s*[,/]?\s*(?:GMT|UTC|UT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/u;

/**
 * "(Town time, UTC+5)", "(hora de Lima, GMT-5)": a bracket naming the zone in a few words of the
 * page's language, then the offset it stands for.
 */
const WORDS_THEN_OFFSET = new RegExp(
  `^\\s*[([]\\s*(?:[\\p{L}\\p{M}'’.-]+\\s+){0,3}[\\p{L}\\p{M}'’.-]+\\s*[,/]?\\s*${GMT}\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?\\s*[)\\]]`,
  'u',
);

/** The zone written right after a time, as minutes east of UTC. */
function zoneAt(s: string): number | null {
  const stated = ABBREVIATION_THEN_OFFSET.exec(s) ?? WORDS_THEN_OFFSET.exec(s);
  if (stated) return (stated[1] === '+' ? 1 : -1) * (+stated[2]! * 60 + (stated[3] ? +stated[3] : 0));
  const m = ZONE_AFTER.exec(s);
  if (!m) return null;
  if (m[1]) {
    if (!m[2]) return 0;
    const sign = m[2] === '+' ? 1 : -1;
    return sign * (+m[3]! * 60 + (m[4] ? +m[4] : 0));
  }
  if (m[5]) return (m[5] === '+' ? 1 : -1) * (+m[6]! * 60 + +m[7]!);
  const name = m[8]!.toUpperCase();
  return name in UNAMBIGUOUS_ZONES ? UNAMBIGUOUS_ZONES[name]! : null;
}

/** "ET", "PT": the US zone in force on that day (daylight time from the second Sunday of March to the first of November). */
function usZone(name: string, d: Ymd): number | null {
  const std: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };
  const base = std[name];
  if (base === undefined) return null;
  const sunday = (month: number, nth: number): number => {
    const first = new Date(Date.UTC(d.y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const after = d.m > 3 || (d.m === 3 && d.d >= sunday(3, 2));
  const before = d.m < 11 || (d.m === 11 && d.d < sunday(11, 1));
  return after && before ? base + 60 : base;
}

function zoneName(s: string): string | null {
  const m = /^\s*[([]?\s*(\p{L}{2})(?!\p{L})/u.exec(s);
  return m ? m[1]!.toUpperCase() : null;
}

/** A capitals abbreviation right after a time ("06:15 IST"). */
const ABBREVIATION_AFTER = /^\s*[([]?\s*(\p{Lu}{2,5})(?!\p{L})/u;

/** The languages whose month names the line's words are. */
const lineLanguages = (line: string): string[] =>
  (line.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).flatMap((w) => monthLanguages(w));

/**
 * A zone abbreviation no fixed table holds, read as the locale of the line's month names writes
 * it ("05 <December in Malayalam> 2026, 06:15 IST": India's). See localZoneOffset.
 */
function localZone(line: string, rest: string): number | null {
  const abbreviation = ABBREVIATION_AFTER.exec(rest)?.[1];
  if (!abbreviation) return null;
  const languages = lineLanguages(line);
  return (
    (languages.length > 0 ? localZoneOffset(abbreviation, languages) : null) ??
    localeOnlyZoneOffset(abbreviation)
  );
}

/** The day and time as printed, read as if at UTC: the instant a zone's offset is looked up at. */
const wallClock = (d: Ymd, t: Hm): Date => new Date(Date.UTC(d.y, d.m - 1, d.d, t.h, t.min));

/**
 * "18 Nov 2025, 04:15 PM IST" on an English page: an abbreviation the line's language prints for
 * zones of several offsets, read as the one of them that prints it on that day (seasonalZoneOffset).
 */
function seasonalZone(line: string, rest: string, d: Ymd, t: Hm): number | null {
  const abbreviation = ABBREVIATION_AFTER.exec(rest)?.[1];
  return abbreviation ? seasonalZoneOffset(abbreviation, lineLanguages(line), wallClock(d, t)) : null;
}

/** A zone abbreviation every zone of that name in the world reads as one offset ("08:15 PKT"). */
function worldZone(rest: string, d: Ymd, t: Hm): number | null {
  const abbreviation = ABBREVIATION_AFTER.exec(rest)?.[1];
  return abbreviation ? worldZoneOffset(abbreviation, wallClock(d, t)) : null;
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

function iso(d: Ymd, t: Hm, offset: number): string | null {
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) return null;
  const sign = offset < 0 ? '-' : '+';
  return `${d.y}-${pad(d.m)}-${pad(d.d)}T${pad(t.h)}:${pad(t.min)}:${pad(t.s)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

const FULL_ISO = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/;

/**
 * A word for "o'clock" or "hour" between a time and its zone: the ones pages print ("Uhr",
 * "heures") and every language's abbreviation for "hour" (CLDR: "hodź.", "Std.", "ч").
 */
const OCLOCK = new RegExp(
  `^\\s*(?:uhr|hrs?|horas?|heures?|godz\\.?|ч\\.?|ore|${alternation(HOUR_WORDS)})(?![\\p{L}])`,
  'iu',
);

/** The calendar day a segment names, as YYYY-MM-DD, or null. */
function dayOf(s: string, monthFirst: boolean): string | null {
  const full = FULL_ISO.exec(s);
  const d = full ? { y: +full[1]!, m: +full[2]!, d: +full[3]! } : findDate(s, monthFirst);
  if (!d || d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 || d.y < 1000) return null;
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

/** The zone written at `at` (after a time or a date), as minutes east of UTC, or null. */
function zoneAfter(s: string, at: number, d: Ymd, t: Hm): number | null {
  // "14:05 Uhr MEZ", "9h30 heures CET": a word for "o'clock" may stand between time and zone.
  const rest = s.slice(at).replace(OCLOCK, '');
  return (
    zoneAt(rest) ??
    usZone(zoneName(rest) ?? '', d) ??
    localZone(s, rest) ??
    worldZone(rest, d, t) ??
    seasonalZone(s, rest, d, t) ??
    bracketPartZone(s, rest, d, t) ??
    // Before the o'clock word is cut: a zone's name may open with the word for "hour" ("hora de …").
    namedZone(s.slice(at), wallClock(d, t)) ??
    namedZone(rest, wallClock(d, t)) ??
    cityTimeZone(rest, lineLanguages(s), wallClock(d, t)) ??
    zoneAfterUnlistedOclock(rest)
  );
}

/**
 * "09:30 <o'clock> (GMT+7)": one word between a time and a bracketed zone, in a language whose
 * word for "o'clock" no table holds (CLDR lists "hour" units, not the o'clock word). Read only
 * when the bracket holds a zone the offset reader takes: then the word can only be the clock's.
 */
const UNLISTED_OCLOCK = /^\s*[\p{L}\p{M}]{1,10}(?=\s*[([（［])/u;

function zoneAfterUnlistedOclock(rest: string): number | null {
  const word = UNLISTED_OCLOCK.exec(rest);
  return word ? zoneAt(rest.slice(word[0].length)) : null;
}

/**
 * "(Stadtzeit Linz, MEZ)", "(ora di Roma / CET)": a bracket after a time holding a zone named in
 * words and its abbreviation, apart by a comma or a slash. The abbreviation, a part of its own,
 * is read as one alone in brackets would be; the words, if CLDR names a zone so, as that zone.
 */
function bracketPartZone(line: string, rest: string, d: Ymd, t: Hm): number | null {
  const parts = (BRACKETED.exec(rest)?.[1] ?? '').split(/\s*[,/]\s*/u);
  if (parts.length < 2) return null;
  const at = wallClock(d, t);
  for (const part of parts) {
    const abbreviation = /^\p{Lu}{2,5}$/u.test(part) ? part : null;
    const offset = abbreviation
      ? (zoneAt(abbreviation) ?? localZone(line, abbreviation) ?? worldZone(abbreviation, d, t))
      : namedZoneOffset(part, at);
    if (offset !== null) return offset;
  }
  return null;
}

/** A zone's name in brackets: what they hold, up to a closing one. */
const BRACKETED = /^\s*[([（［]\s*([^()[\]（）［］]{2,60}?)\s*[)\]）］]/u;

/** Brackets anywhere in a line, and what they hold: a zone's name, perhaps. */
const BRACKETED_ANYWHERE = /[([（［]\s*([^()[\]（）［］]{2,60}?)\s*[)\]）］]/gu;

/** The words after a time up to a separator, where a zone's name may stand unbracketed. */
const WORD_RUN = /^\s*([^|,;()[\]（）［］—–\d]{2,80})/u;

/**
 * "(hora de Uruguay)", "16:30 hora de Uruguay", "（<country>時間）": a zone named in words in
 * any language CLDR has names for (zone-names.ts), read as its offset at that instant. In
 * brackets, what they hold is the name; else the longest run of the words after the time that
 * is one, of two words at least unless in a script written without spaces (a single Latin
 * word after a time is prose as often as a zone).
 */
function namedZone(rest: string, at: Date): number | null {
  const bracket = BRACKETED.exec(rest);
  if (bracket) return bracketedZoneOffset(bracket[1]!, at);
  const words = (WORD_RUN.exec(rest)?.[1] ?? '').trim().split(/\s+/u);
  for (let k = Math.min(words.length, ZONE_NAME_MAX_WORDS); k >= 1; k--) {
    if (k === 1 && !UNSPACED.test(words[0]!)) break;
    const offset = namedZoneOffset(words.slice(0, k).join(' '), at);
    if (offset !== null) return offset;
  }
  return null;
}

/** Words after a time, at most, that a city's adjective and the word for "time" are looked for in. */
const CITY_TIME_WORDS = 4;

/** A sentence's end: the words after it are no longer the time's. */
const SENTENCE_END = /[\p{L}\p{M}]{2}[.!?]$/u;

/**
 * "21:40 по <city-adjective> времени", "11:30, <city> vaqti", "(<city> вақти)": a zone named by
 * its city, or the city's adjective in any case, beside the locale's word for "time", after the
 * time (a comma between them or none) or in brackets, in a language whose month names the line
 * prints; or by its country's adjective ("<Slovak> <summer> time", regionTimeZones); read as the
 * offset the zones it may name agree on at that instant.
 */
function cityTimeZone(rest: string, languages: readonly string[], at: Date): number | null {
  const run = BRACKETED.exec(rest)?.[1] ?? WORD_RUN.exec(rest.replace(/^\s*,/u, ''))?.[1] ?? '';
  const words: string[] = [];
  for (const w of run.trim().split(/\s+/u).slice(0, CITY_TIME_WORDS)) {
    words.push(w);
    if (SENTENCE_END.test(w)) break;
  }
  const zones = [...cityTimeZones(words, languages), ...regionTimeZones(words, languages)];
  const offsets = new Set(zones.map((z) => zoneOffsetAt(z, at)));
  const [only] = offsets;
  return offsets.size === 1 && only !== undefined ? only : null;
}

/** The instant stated in one segment of a date line, or null. */
function instantOf(s: string, monthFirst: boolean): string | null {
  const full = FULL_ISO.exec(s);
  if (full) {
    const z = full[7]!;
    const off = z === 'Z' ? '+00:00' : `${z.slice(0, 3)}:${z.slice(-2)}`;
    return `${full[1]}-${full[2]}-${full[3]}T${full[4]}:${full[5]}:${full[6] ?? '00'}${off}`;
  }
  const d = findDate(s, monthFirst);
  if (!d) return null;
  // The time usually follows the date; some sites print it first ("16:20 BST, 12 April 2026").
  const tries = [findTime(s, d.end), findTime(s.slice(0, d.start), 0)];
  for (const t of tries) {
    if (!t) continue;
    const z = zoneAfter(s, t.end, d, t);
    if (z !== null) return iso(d, t, z);
  }
  // "3:20pm, Wed 2 Dec 2026 (GMT+11)": a time printed first, its zone after the date.
  const before = findTime(s.slice(0, d.start), 0);
  const z = before ? zoneAfter(s, d.end, d, before) : null;
  if (before && z !== null) return iso(d, before, z);
  const after = findTime(s, d.end);
  const named = after ? zoneBeforeTime(s, d, after) : null;
  return after && named !== null ? iso(d, after, named) : null;
}

/**
 * "4 May 2026, <Tashkent> <time> <by> 14:35": a zone named in words (as CLDR names it) between
 * the date and the time, ending at the time or one word before it (a postposition, "by" or
 * "with"). Two words at least: one word is a place as often as a zone.
 */
function zoneBeforeTime(s: string, d: Ymd, t: Hm): number | null {
  // Up to the first figure after the date: the time's.
  const between = s.slice(d.end, t.end).replace(/\d[\s\S]*$/u, '');
  const words = between.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  for (const drop of [0, 1]) {
    const upto = words.length - drop;
    for (let k = Math.min(upto, ZONE_NAME_MAX_WORDS); k >= 2; k--) {
      const offset = namedZoneOffset(words.slice(upto - k, upto).join(' '), wallClock(d, t));
      if (offset !== null) return offset;
    }
  }
  return null;
}

/** Labels of a first-published date line, in the languages we read. */
const PUBLISHED_WORDS =
  'first published|originally published|published|posted|publicado|publicada|veröffentlicht|publié|opublikowano|опубликовано|pubblicato|gepubliceerd|publicerad|publiceret|publisert|publikováno|publicat|közzétéve|julkaistu|yayınlanma|yayın tarihi|опубліковано|diterbitkan|δημοσίευση';
/** Labels of an updated date line. */
const UPDATED_WORDS =
  'stand|updated|last updated|modified|actualizado|aktualisiert|mis à jour|mise à jour|zaktualizowano|aktualizacja|обновлено|aggiornato|atualizado|bijgewerkt|uppdaterad|opdateret|oppdatert|aktualizováno|actualizat|frissítve|päivitetty|güncelleme|güncellendi|actualitzat|actualitzada|оновлено|diperbarui|ενημέρωση|更新';
const PUBLISHED_LABEL = new RegExp(`^(?:${PUBLISHED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
const UPDATED_LABEL = new RegExp(`^(?:${UPDATED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
/** A date label alone on its line, the date on the next. */
const BARE_LABEL = new RegExp(`^(?:${PUBLISHED_WORDS}|${UPDATED_WORDS})$`, 'iu');
/** One word of a date label ("published", "oppdatert"): a date line may hold it. */
const LABEL_WORD = new RegExp(
  `^(?:${[...PUBLISHED_WORDS.split('|'), ...UPDATED_WORDS.split('|')].flatMap((w) => w.split(' ')).join('|')})$`,
  'iu',
);

/** "… 09:10 — Actualizado el …": a dash before a date label parts two dates of one line. */
const DASH_BEFORE_LABEL = new RegExp(
  `\\s+[—–]\\s+(?=(?:${UPDATED_WORDS}|${PUBLISHED_WORDS})(?![\\p{L}\\p{N}]))`,
  'giu',
);

/** Split "Published: … | Updated: …" and "…10:00 CETUpdated 5 minutes ago" into labelled segments. */
/**
 * "10:42 (CET)   👁 1 208": a counter labelled by an icon (views, comments) printed after the time
 * on the same line, a part of its own.
 */
const ICON_COUNT = /\s+(?=\p{Extended_Pictographic}\ufe0f?\s*\p{N})/gu;

/**
 * "<Label>: <date> · <Label>: <date>": a dot or bullet before a label of a word or three and its
 * colon parts two labelled dates of one line, in words no list knows.
 */
const DOT_BEFORE_LABEL = /\s+[·•]\s+(?=[\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,2}\s*[:：])/gu;

function segments(line: string): string[] {
  return line
    .replace(DOT_BEFORE_LABEL, '\n')
    .replace(
      /(?<=\S)\s*(?=(?:Updated|Last updated|Actualizado|Aktualisiert|Mis à jour|Обновлено|Uppdaterad|Oppdatert|Opdateret|Actualizat|Frissítve)(?![\p{L}\p{N}]))/gu,
      '\n',
    )
    .replace(DASH_BEFORE_LABEL, '\n')
    .replace(ICON_COUNT, '\n')
    .split(/\n|\s\|\s/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "2026年3月14日 10時05分", "2026년 3월 14일 10시 5분": East Asian pages write a date's and a
 * time's parts with unit characters (year, month, day; hour, minute) after the numbers.
 */
const UNIT_DATE = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
const UNIT_TIME = /(?<!\d)(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]/gu;

/**
 * "VI Decembris MMXXVI": a date in Roman numerals, the day before the month's name and a year
 * of the thousands after it, as Latin pages (and inscriptions, and some mastheads) print it.
 */
const ROMAN_DATE =
  /(?<![\p{L}\p{N}])([IVXL]{1,6})\.?\s+([\p{L}\p{M}]{3,12})\.?,?\s+(M{1,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\p{L}\p{N}])/u;

/**
 * A Roman numeral's value (the `romans` package), or null for a string that is no numeral in its
 * standard form ("VX", "IIV"): the value must be written back as the same numeral.
 */
function romanValue(r: string): number | null {
  try {
    const value = deromanize(r);
    return romanize(value) === r ? value : null;
  } catch {
    return null;
  }
}

/** The Roman date of the line, if any, in Arabic digits. */
function romanDigits(line: string): string {
  const m = ROMAN_DATE.exec(line);
  if (!m || monthOf(m[2]!) === undefined) return line;
  const day = romanValue(m[1]!);
  const year = romanValue(m[3]!);
  if (day === null || year === null || day > 31) return line;
  return line.replace(m[0], `${day} ${m[2]} ${year}`);
}

/**
 * A punctuation mark of another script right after a number, before a space ("ဒီဇင်ဘာ ၆၊ ၂၀၂၆",
 * Myanmar's little section sign after the day): the comma a date prints there in that script.
 */
const SCRIPT_COMMA = /(?<=\d)(?=[^\p{ASCII}])\p{Po}(?=\s)/gu;

/**
 * "à 8 h 25", "17 h 50": the hour symbol set apart by spaces, as unit symbols are in French
 * typography (Canada's style for times). Only "h": the other hour letters are words between
 * numbers too ("de 9 a 12", "9 e 30").
 */
const SPACED_HOUR = /(?<![\d:.])(\d{1,2})\s[hH]\s([0-5]\d)(?![\d\p{L}])/gu;

/**
 * The line in ASCII digits and commas, dates and times written with unit characters or a spaced
 * hour symbol as numeric ones.
 */
function readableDigits(printed: string): string {
  const line = romanDigits(asciiDigits(printed).replace(SCRIPT_COMMA, ',')).replace(SPACED_HOUR, '$1:$2');
  if (!/[年년時时시]/u.test(line)) return line;
  return line
    .replace(UNIT_DATE, (_, y: string, m: string, d: string) => `${pad(+d)}.${pad(+m)}.${y}`)
    .replace(UNIT_TIME, (_, h: string, min: string) => `${pad(+h)}:${pad(+min)}`);
}

/**
 * Date candidates stated by one line (with labels), best first within the line. `monthFirst`:
 * the page writes numeric dates month first ("10/23/2026" elsewhere on it; see numericOrder).
 */
export function datesIn(printed: string, monthFirst = false): DateInfo[] {
  if (printed.length > 160) return [];
  const line = readableDigits(printed);
  const out: DateInfo[] = [];
  const segs = segments(line);
  segs.forEach((seg, i) => {
    const label = PUBLISHED_LABEL.test(seg) ? 'published' : UPDATED_LABEL.test(seg) ? 'updated' : null;
    const day = dayOf(seg, monthFirst);
    // "14 Mar 2026 | 10:45 SAST": the day and its time in parts of their own, one instant.
    const time = unlabelledClock(segs[i + 1]);
    const bareTime =
      time !== undefined && ((TIME_ONLY.test(time) && !/\p{L}{3}.*\d/u.test(time)) || isClockAlone(time));
    // The day's month may be read only beside its time (a near spelling, see findDate).
    const withTime = bareTime ? instantOf(`${seg} ${time}`, monthFirst) : null;
    out.push({
      instant: instantOf(seg, monthFirst) ?? withTime,
      day: day ?? withTime?.slice(0, 10) ?? null,
      label,
    });
  });
  return segs.length === 2 ? stampPair(segs, out) : out;
}

/** A label of a word or three and its colon opening a date ("<Posted>:", "<Last edit>:"). */
const STAMP_LABEL = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,2}\s*[:：]/u;

/**
 * Two dates each after a label of words no list knows, and each a whole instant: the page's
 * first-published and updated stamps ("<Posted>: … 09:05 · <Edited>: … 11:20"), printed in either
 * order. A story is updated after it is published: the earlier instant is the first-published
 * one, the later the update. Same instants, or a label already read, are left as they are.
 */
function stampPair(segs: readonly string[], dates: DateInfo[]): DateInfo[] {
  if (!segs.every((s) => STAMP_LABEL.test(s))) return dates;
  return labelledByOrder(dates);
}

/**
 * Two lines in a row, each a date stamp after a label of words no list knows ("<Posted>: …" over
 * "<Edited>: …"): their dates labelled by order in time as stampPair does, or null.
 */
export function stampLines(
  a: { text: string; dates: DateInfo[] },
  b: { text: string; dates: DateInfo[] } | undefined,
): DateInfo[] | null {
  if (!b || a.dates.length !== 1 || b.dates.length !== 1) return null;
  if (!STAMP_LABEL.test(a.text) || !STAMP_LABEL.test(b.text)) return null;
  const pair = labelledByOrder([a.dates[0]!, b.dates[0]!]);
  return pair[0]!.label === null ? null : pair;
}

/** Two unlabelled instants labelled by their order in time, earlier first-published; else as they are. */
function labelledByOrder(dates: DateInfo[]): DateInfo[] {
  const [a, b] = dates;
  if (dates.length !== 2 || !a?.instant || !b?.instant || a.label !== null || b.label !== null) return dates;
  const [ta, tb] = [Date.parse(a.instant), Date.parse(b.instant)];
  if (ta === tb) return dates;
  return [
    { ...a, label: ta < tb ? 'published' : 'updated' },
    { ...b, label: ta < tb ? 'updated' : 'published' },
  ];
}

const RELATIVE =
  /(?:(?<![\p{L}\p{N}])(?:\d+|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|[hmd])\s+ago(?![\p{L}\p{N}])|^(?:just now|yesterday|today)$|(?<![\p{L}\p{N}])hace\s+\d+|(?<![\p{L}\p{N}])vor\s+\d+\s+\p{L}+|(?<![\p{L}\p{N}])il y a\s+\d+|(?<![\p{L}\p{N}])\d+\s+\p{L}+\s+temu(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d+\s+\p{L}+\s+назад(?![\p{L}\p{N}]))/iu;

/** What may follow a clock time in a part of its own: a zone, by name or offset, in brackets or not. */
const ZONE_ALONE = new RegExp(
  `^\\s*[([（［]?\\s*(?:${GMT}\\s*(?:[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|[+\\-−]\\d{2}:?\\d{2}|\\p{Lu}{2,5})\\s*[)\\]）］]?\\s*$`,
  'u',
);

/**
 * "07:35 h (GMT-5)", "10h42 (WAT)", "7:15 <evening> (<country> time)": a clock time in any of its
 * spellings, an o'clock word or a day-period word or none, and a zone or none, and nothing else: the time of the day the part before it names.
 */
function isClockAlone(part: string): boolean {
  const m = TIME.exec(part);
  if (!m || m.index !== 0) return false;
  const rest = part.slice(m[0].length).replace(OCLOCK, '');
  const zone = rest.slice(periodAfter(rest)?.length ?? 0);
  return zone.trim() === '' || ZONE_ALONE.test(zone) || isNamedZoneAlone(zone);
}

/**
 * A zone named by its place's adjective (zone-names.ts), looked up only for a bracket after a
 * clock time in a short line: the lookup reads the whole table.
 */
const adjectiveZoneAfterTime = (line: string, name: string, at: number): string | null =>
  line.length <= 120 && TIME.test(line.slice(0, at)) ? adjectiveZoneNamed(name) : null;

/**
 * "2026-жыл", "2026-yilning": Turkic languages join the word for "year" (in any case) to the
 * year by a hyphen; it is the year's, not a word of prose.
 */
const YEAR_WORD_JOINED = /(?<!\d)(\d{4})-\p{L}{1,7}\.?(?![\p{L}\p{M}])/gu;

/** "(توقيت الأردن)", "hora de Uruguay": a zone named in words, bracketed or not, and nothing else. */
function isNamedZoneAlone(part: string): boolean {
  const bracket = BRACKETED.exec(part);
  if (bracket)
    return (
      bracket[0].length === part.trimEnd().length &&
      (zoneNamed(bracket[1]!) ?? cityZoneNamed(bracket[1]!) ?? adjectiveZoneNamed(bracket[1]!)) !== null
    );
  return zoneNamed(part) !== null;
}

/**
 * "Mis à jour à 17 h 50 HAE", "Aktualisiert: 17:50 Uhr": a date label, a connector of a few
 * letters or none, and a clock time alone: the time of the day the page states above.
 */
function isLabelledClock(t: string): boolean {
  const label = PUBLISHED_LABEL.exec(t) ?? UPDATED_LABEL.exec(t);
  if (!label) return false;
  return isClockAlone(t.slice(label[0].length).replace(/^\s*[:–—-]?\s*(?:\p{L}{1,3}\s+)?/u, ''));
}

/** A one-word label of a line's part and its colon ("Time:" in the page's language). */
const PART_LABEL = /^\p{L}[\p{L}\p{M}]{1,15}\s*[:：]\s*/u;

/**
 * "Date: 14 May 2026 | Time: 11:40 PM (GMT+8)": the clock after its own one-word label, as the
 * bare clock part it is. Not after an update label: that time is another instant's.
 */
function unlabelledClock(part: string | undefined): string | undefined {
  const m = part === undefined ? null : PART_LABEL.exec(part);
  if (!m || UPDATED_LABEL.test(part!)) return part;
  const clock = part!.slice(m[0].length);
  return isClockAlone(clock) ? clock : part;
}

const TIME_ONLY =
  /^(?:(?:posted|updated|published|last updated)\s+(?:at\s+|on\s+)?)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-ZА-Я]{2,5}|[+-]\d{1,2}(?::?\d{2})?)\)?)?$/iu;
/**
 * A live page's entry stamp: one word, a separator and a clock time ("Update · 8:15 a. m.",
 * "Aktualisierung – 14:05"). Not a colon: "Price: 4.50" is a figure.
 */
const STAMPED_TIME =
  /^\p{L}[\p{L}\p{M}]*\s*[·•|–—-]\s*\d{1,2}[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|[+-]\d{1,2}(?::?\d{2})?)\)?)?$/u;

/**
 * The order a numeric date of the text shows: "month-first" when its second number cannot be a
 * month ("10/23/2026"), "day-first" when its first cannot ("23/10/2026"), "ambiguous" when both
 * could be ("3/4/2026"), null without a numeric date.
 */
export function numericOrder(text: string): 'month-first' | 'day-first' | 'ambiguous' | null {
  const m = NUMERIC.exec(asciiDigits(text));
  if (!m) return null;
  const [a, b] = [+m[1]!, +m[2]!];
  return a > 12 && b <= 12 ? 'day-first' : b > 12 && a <= 12 ? 'month-first' : 'ambiguous';
}

/** The line names a calendar date (or a full ISO timestamp) somewhere. */
export function mentionsDate(printed: string): boolean {
  const line = readableDigits(printed);
  return FULL_ISO.test(line) || findDate(line, false) !== null;
}

/** A few date parts joined by separators ("Published 4 March | Updated 5 March"), at most. */
const MAX_DATE_LINE = 400;

/**
 * A line that is only a date, a time, a relative time or a date label (no prose); a row of such
 * parts too ("Published March 4, 2026 at 9:15 a.m. ET | Updated March 5, 2026 at 8:02 a.m. ET").
 */
export function isDateLine(printed: string): boolean {
  // First: a date line is short, and splitting a long run of spaces at `\s+[|•·]\s+` is quadratic.
  if (printed.length > MAX_DATE_LINE) return false;
  const line = readableDigits(printed);
  if (isDatePart(line)) return true;
  const parts = line.replace(DASH_BEFORE_LABEL, ' | ').split(/\s+[|•·]\s+/u);
  return parts.length > 1 && parts.every((p) => isDatePart(p));
}

/** `unlabelled`: the part's label is already cut (a labelled instant holds one label, not a run of them). */
function isDatePart(line: string, unlabelled = false): boolean {
  const t = line
    .replace(BRACKETED_ANYWHERE, (b, name: string, at: number) =>
      (zoneNamed(name) ?? adjectiveZoneAfterTime(line, name, at)) === null ? b : ' GMT ',
    )
    .replace(YEAR_WORD_JOINED, '$1')
    .trim();
  if (t.length > 120) return false;
  if (TIME_ONLY.test(t) || STAMPED_TIME.test(t) || (RELATIVE.test(t) && t.split(/\s+/).length <= 8))
    return true;
  if (
    BARE_LABEL.test(t) ||
    WEEKDAY_DATE.test(t) ||
    isLabelledClock(t) ||
    (!unlabelled && isLabelledInstant(t))
  )
    return true;
  // Every token is a number, month, weekday, time, zone or small connector.
  const tokens = t
    .replace(/[,|•·()（）–—-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 14) return false;
  // A whole date whose weekday and month are words of no list (read before the words are counted).
  if (tokens.length <= 8 && isUnreadDate(tokens)) return true;
  // A whole date whose month is a near spelling of a listed one (see findDate).
  if (tokens.length <= 8 && findDateAsPrinted(t, false) === null && likelyDate(t) !== null) return true;
  let dated = false;
  let unknown = 0;
  for (const raw of tokens) {
    const tok = raw.toLowerCase().replace(/[.:]$/, '');
    if (monthOf(tok) !== undefined || /^\d{4}-\d{2}-\d{2}/.test(tok)) dated = true;
    else if (/^\d{1,4}(?:st|nd|rd|th|º|er|г)?$/.test(tok) || TIME_TOKEN.test(tok)) continue;
    else if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(tok) || YEAR_FIRST_NUMERIC.test(tok)) dated = true;
    else if (WEEKDAYS.has(tok) || isZoneName(tok) || /^(?:gmt|utc)[+-]\d+$/.test(tok)) continue;
    // "11:20 IST": a zone some locale names so, in capitals, is a zone even where its offset is unread.
    else if (/^\p{Lu}{2,5}$/u.test(raw) && LOCALE_ZONE_ABBREVIATIONS.has(raw)) continue;
    else if (
      /^(?:at|on|de|del|of|the|a|à|um|o|в|г|am|pm|a\.m|p\.m|le|el|às|alle|um|uhr|kl|issue|edition)$/iu.test(
        tok,
      ) ||
      LABEL_WORD.test(tok)
    )
      continue;
    else if (/^[\p{L}\p{M}][\p{L}\p{M}.]{0,11}$/u.test(tok) && ++unknown <= MAX_UNKNOWN_WORDS) continue;
    else return false;
  }
  // A word we cannot read ("gada", a weekday of a language we have no names for, a local zone)
  // is allowed beside a whole date (day, month, year) in a short line.
  // A month's name alone is no date ("May", and words that open like one: "Energy", "Marsh").
  const numbered = tokens.some((x) => /\d/u.test(x));
  return dated && numbered && (unknown === 0 || (tokens.length <= 8 && findDate(t, false) !== null));
}

/**
 * "<Edited>: 4 May 2026 – 9:05 AM EDT": a label of a word or three in a language no list knows,
 * its colon, and a date part stating a whole instant (day, time and zone): the instant shows the
 * label is a date's, whatever its words.
 */
function isLabelledInstant(t: string): boolean {
  const label = STAMP_LABEL.exec(t);
  if (!label) return false;
  const rest = t.slice(label[0].length).trim();
  return instantOf(rest, false) !== null && isDatePart(rest, true);
}

/**
 * "23 Esfand 1404 - 10:15" in a calendar or language we have no month names for: a day, a word
 * or two, a year and a clock time, perhaps after a weekday of a word or two ("<weekday>, 4
 * <month of two words> 2026, 18:40"). The line is a date line; its day stays unknown.
 */
function isUnreadDate(tokens: string[]): boolean {
  const shape = tokens
    .map((t) =>
      /^\d{1,2}$/.test(t)
        ? 'd'
        : /^\d{4}$/.test(t)
          ? 'y'
          : /^\d{1,2}[:.]\d{2}$/.test(t)
            ? 't'
            : /^[\p{L}\p{M}.]+$/u.test(t)
              ? 'w'
              : 'x',
    )
    .join('');
  const words = [...shape].filter((x) => x === 'w').length;
  return /^w{0,2}(?:dw{1,2}y|ydw{1,2}|w{1,2}dy)t/.test(shape) && words <= MAX_UNREAD_DATE_WORDS;
}

/**
 * "<weekday>, 2 de <month> de 2026": a word or two and a comma, then a day, a month's name with its
 * connectors and a year, as a date line prints the day alone. The words are of no list (a
 * language CLDR lacks); the comma after the weekday and the day before the year give the shape.
 */
const WEEKDAY_DATE =
  /^\p{Lu}[\p{L}\p{M}]{1,14}(?:\s\p{L}[\p{L}\p{M}]{1,14})?,\s*\d{1,2}\.?\s+(?:\p{L}[\p{L}\p{M}.]{0,14}\s+){1,3}\d{4}$/u;

/** Words of an unread date line: a weekday and a month of two words each, and a zone. */
const MAX_UNREAD_DATE_WORDS = 5;

/** Words of no known date class a date line may hold when it states a whole date. */
const MAX_UNKNOWN_WORDS = 1;
