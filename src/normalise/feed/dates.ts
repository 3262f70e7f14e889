import { monthByPrefix, monthNumber } from '../../language/months.js';
import { FEED_ZONES } from '../../language/zones.js';

/**
 * Dates as upstream feeds write them → ISO 8601 instants. Covers W3C/ISO 8601 (with or without a
 * zone, date-only), RFC 822/2822 with or without a weekday (a wrong weekday is ignored), two-digit
 * years, full month/weekday names, and named zones as their fixed RFC 822 offsets. A date without a
 * zone is UTC; a date without a time is midnight UTC. Anything unreadable gives null.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Offset east of UTC in minutes. */
  offset: number;
}

/** RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** `+0530`, `-05:00`, `+01`, `Z`, or a zone name; null when unknown. */
function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return 0;
  const num = /^(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (num) {
    const mins = Number(num[2]) * 60 + Number(num[3] ?? '0');
    return num[1] === '-' ? -mins : mins;
  }
  const named = FEED_ZONES[zone.toUpperCase()];
  return named ?? null;
}

function toIso(p: Parts): string | null {
  const valid =
    p.month >= 1 &&
    p.month <= 12 &&
    p.day >= 1 &&
    p.day <= 31 &&
    p.hour <= 24 &&
    p.minute <= 59 &&
    p.second <= 60 &&
    p.year >= 1000 &&
    p.year <= 9999;
  if (!valid) return null;
  const ms = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - p.offset * 60_000;
  // Reject days that do not exist (31 April) rather than rolling them over.
  const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (check.getUTCDate() !== p.day) return null;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

const msOf = (frac: string | undefined): number => (frac ? Math.round(Number(`0.${frac}`) * 1000) : 0);

/** ISO 8601 / W3C-DTF (RFC 3339 §5.6 allows a lower-case `t` and `z`), also with a space for `T` and with the zone missing. */
function parseIsoLike(s: string): string | null {
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[Tt\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-zА-Яа-я]{1,5})?)?$/.exec(
      s,
    );
  if (!m) return null;
  const offset = parseOffset(m[8]);
  if (offset === null) return null;
  return toIso({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? '0'),
    minute: Number(m[5] ?? '0'),
    second: Number(m[6] ?? '0'),
    ms: msOf(m[7]),
    offset,
  });
}

/**
 * RFC 822 months are English abbreviations; a full name ("March") is read by its first three
 * letters. Feeds from sites in other languages often print the site's own ("30 Mai 2026", "28 Mär
 * 2026", "4 ott 2026"): any language's name or abbreviation is read next, then a cut of one
 * name that no other month's name starts with.
 */
const RFC822_MONTHS = { languages: ['en'], width: 'short' } as const;
const monthOf = (name: string): number | undefined =>
  monthNumber(name.slice(0, 3), RFC822_MONTHS) ??
  monthNumber(name) ??
  monthNumber(name.replace(/\.$/, '')) ??
  monthByPrefix(name.replace(/\.$/, '')) ??
  undefined;

/**
 * A day and a month's name after the first word: that word is then the weekday, even where the
 * language's weekday cut spells a month too (Italian "mar" for Tuesday and March: "mar, 14 apr").
 */
const DAY_THEN_MONTH = /^\d{1,2}\.?\s*\p{L}/u;

/**
 * RFC 822 and its relatives: `[Weekday,] 12 Mar [20]26 14:05[:00] [zone]`, or month first; also
 * HTTP's two older forms, RFC 850 (`Monday, 12-Mar-26 14:05:00 GMT`) and asctime
 * (`Thu Mar 12 14:05:00 2026`), by putting their parts in RFC 822's order.
 */
function parseRfcLike(s: string): string | null {
  const t = s
    .replace(/^\p{L}+\.?,?\s+(?=\d|\p{L}+\.?\s+\d)/u, (w, _at: number, all: string) =>
      monthOf(w.trim()) && !DAY_THEN_MONTH.test(all.slice(w.length)) ? w : '',
    )
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\d{1,2})-([A-Za-z]+)-(\d{2,4})\b/, '$1 $2 $3')
    .replace(/^([A-Za-z]+\.? \d{1,2}) (\d{1,2}:\d{2}(?::\d{2})?) (\d{4})\b/, '$1 $3 $2');
  // Between date and time some CMSs print a dash, an @ or a short word ("June 5 2026 - 10:00", "… at 10:00").
  const time =
    '(?:\\s+(?:(?:[-\u2013\u2014@|]|\\p{Ll}{1,5})\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?\\s*(am|pm)?)?';
  const zone = '(?:\\s*([+-]\\d{2}:?\\d{2}|(?:GMT|UTC|UT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-zА-Яа-я]{1,5}))?';
  const dayFirst = new RegExp(`^(\\d{1,2})\\.?\\s*(\\p{L}+)\\.?\\s*(\\d{2,4})${time}${zone}$`, 'iu').exec(t);
  const monthFirst = new RegExp(
    `^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\d{2,4})${time}${zone}$`,
    'iu',
  ).exec(t);
  const m = dayFirst ?? monthFirst;
  if (!m) return null;
  const [dayStr, monStr] = dayFirst ? [m[1], m[2]] : [m[2], m[1]];
  const month = monthOf(monStr ?? '');
  if (!month || !dayStr || !m[3]) return null;
  // RFC 2822 §4.3: an unknown alphabetic zone is treated as UTC.
  const offset = parseOffset(m[9]) ?? (/^[A-Za-z]+$/.test(m[9] ?? '') ? 0 : null);
  if (offset === null) return null;
  let hour = Number(m[4] ?? '0');
  const ampm = m[8]?.toLowerCase();
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  return toIso({
    year: fullYear(m[3]),
    month,
    day: Number(dayStr),
    hour,
    minute: Number(m[5] ?? '0'),
    second: Number(m[6] ?? '0'),
    ms: msOf(m[7]),
    offset,
  });
}

/** A feed date → ISO 8601 instant (UTC, `Z`), or null when it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A trailing comment such as "(UTC)" or "(Coordinated Universal Time)" adds nothing.
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  if (!s) return null;
  return parseIsoLike(s) ?? parseRfcLike(s);
}
