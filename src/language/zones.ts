import { SEASONAL_ZONE_ABBREVIATIONS, UNNAMED_ZONES, ZONE_ABBREVIATIONS } from './zone-abbreviations.js';
import softZones from 'timezone-soft';

/**
 * Time-zone names and their fixed offsets in minutes, shared by the date parsers. Only names
 * that mean one offset: a page that writes one of these states its zone.
 */
export const UNAMBIGUOUS_ZONES: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  МСК: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  ACDT: 630,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  SAST: 120,
  WAT: 60,
  EAT: 180,
  CAT: 120,
  HNE: -300,
  HAE: -240,
  ART: -180,
  BRT: -180,
  WIB: 420,
  WITA: 480,
  WIT: 540,
};

/**
 * Feeds also use names that mean several zones; by convention (RFC 822 and common feed practice)
 * each is read as the offset below.
 */
export const FEED_ZONES: Readonly<Record<string, number>> = {
  ...UNAMBIGUOUS_ZONES,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
  IST: 60,
  MET: 60,
  MEST: 120,
};

/**
 * The offset a zone abbreviation no table above holds stands for anywhere in the world ("PKT",
 * "PHT"): the zones timezone-soft (MIT) reads it as, each at that instant by Intl's IANA data.
 * Read only when they all agree, so a name shared by zones of different offsets stays unread;
 * only three to five capitals, since the package also reads two-letter country codes and city
 * names ("AM" would be Armenia's). A zone of no metazone (UNNAMED_ZONES) is not one a metazone's
 * abbreviation names, though the package lists it under one.
 */
export function worldZoneOffset(abbreviation: string, at: Date): number | null {
  if (!/^\p{Lu}{3,5}$/u.test(abbreviation)) return null;
  const offsets = new Set<number | null>();
  for (const zone of softZones(abbreviation))
    if (!UNNAMED_ZONES.has(zone.iana))
      offsets.add(offsetMinutes(zonePart('en', zone.iana, at, 'longOffset')));
  const [only] = offsets;
  return offsets.size === 1 && only !== undefined ? only : null;
}

/** A zone's name in a locale at an instant, as Intl prints it ("short": "IST"; "longOffset": "GMT+05:30"). */
function zonePart(locale: string, zone: string, at: Date, style: 'short' | 'longOffset'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "GMT+05:30" as minutes east of UTC ("GMT" alone is 0). */
function offsetMinutes(gmt: string): number | null {
  if (gmt === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(gmt);
  return m ? (m[1] === '+' ? 1 : -1) * (+m[2]! * 60 + +m[3]!) : null;
}

/** Every abbreviation some locale prints for a zone ("IST"), whatever offset it stands for there. */
export const LOCALE_ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.values(ZONE_ABBREVIATIONS).flatMap((t) => Object.keys(t)),
);

/**
 * The offset a zone abbreviation stands for on a page written in `languages`: the offset of the
 * zones each language's CLDR locale prints that abbreviation for, anywhere in the world ("IST" in
 * Malayalam: India's; "AST" in English: the Atlantic zones, as CLDR's English names no other zone
 * so). Read only when the languages that print it agree on one offset; an abbreviation the page's
 * locale does not print ("IST" on an English page, which may be India's, Ireland's or Israel's)
 * stays unread, since zones are not guessed. From a table generated once
 * (scripts/zone-abbreviations.mjs): no formatter is made per date line.
 */
export function localZoneOffset(abbreviation: string, languages: readonly string[]): number | null {
  const offsets = new Set<number>();
  for (const language of languages) {
    const offset = ZONE_ABBREVIATIONS[language]?.[abbreviation];
    if (offset !== undefined) offsets.add(offset);
  }
  return offsets.size === 1 ? [...offsets][0]! : null;
}

/**
 * The offset of an abbreviation that only CLDR's locales print and no world list of
 * abbreviations (timezone-soft) holds ("TSİ", a locale's generic name for its country's zone):
 * read on a page of any language when every locale that prints it agrees on one offset, as no
 * zone elsewhere goes by that name. A date written in figures names no language to ask.
 */
export function localeOnlyZoneOffset(abbreviation: string): number | null {
  if (!LOCALE_ZONE_ABBREVIATIONS.has(abbreviation) || softZones(abbreviation).length > 0) return null;
  return localZoneOffset(abbreviation, Object.keys(ZONE_ABBREVIATIONS));
}

/** Whether a zone keeps summer time at an instant: its offset then is above the year's lower one. */
function inSummerTime(zone: string, at: Date): boolean {
  const year = at.getUTCFullYear();
  const offsets = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15), at.getTime()].map((t) =>
    offsetMinutes(zonePart('en', zone, new Date(t), 'longOffset')),
  );
  const [winter, summer, now] = offsets;
  return winter != null && summer != null && now != null && now > Math.min(winter, summer);
}

/**
 * The offset of an abbreviation the page's `languages` print for zones of several offsets, on a
 * day only one of those offsets is printed under it: "IST" in English is India's all year and
 * Ireland's summer time, so in winter it is India's. Null when the zones it may name that day
 * still differ.
 */
export function seasonalZoneOffset(
  abbreviation: string,
  languages: readonly string[],
  at: Date,
): number | null {
  const offsets = new Set<number | null>();
  for (const language of new Set(languages))
    for (const entry of SEASONAL_ZONE_ABBREVIATIONS[language]?.[abbreviation] ?? []) {
      const [zone, season] = entry.split(' ') as [string, string];
      if ((season === 'daylight') === inSummerTime(zone, at))
        offsets.add(offsetMinutes(zonePart('en', zone, at, 'longOffset')));
    }
  const [only] = offsets;
  return offsets.size === 1 && only !== undefined ? only : null;
}
