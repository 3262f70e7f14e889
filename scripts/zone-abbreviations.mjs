#!/usr/bin/env node
// Regenerates src/language/zone-abbreviations.ts: for each language CLDR has locale data for, the
// zone abbreviations its locale prints ("AST" in English: the Atlantic zones) that stand for one
// offset wherever that locale prints them, from the runtime's Intl (CLDR metazone names, IANA
// offsets) at a winter and a summer instant. Formatting every zone in every locale takes tens of
// seconds: done once here, not at start-up nor per date line. Abbreviations every zone of the
// world reads alike (UNAMBIGUOUS_ZONES) are left out; the date reader has them already. Also the
// zones that belong to no metazone (English CLDR names them by their offset alone).
//
// Usage: npm run build && node scripts/zone-abbreviations.mjs && npx prettier --write src/language/zone-abbreviations.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLDR_LANGUAGES } from '../dist/language/cldr-languages.js';
import { UNAMBIGUOUS_ZONES } from '../dist/language/zones.js';

const here = dirname(fileURLToPath(import.meta.url));
const zones = Intl.supportedValuesOf('timeZone');
const instants = [new Date(Date.UTC(2026, 0, 15, 12)), new Date(Date.UTC(2026, 6, 15, 12))];

const zonePart = (locale, zone, at, style) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value ?? '';

const offsetMinutes = (gmt) => {
  if (gmt === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(gmt);
  return m ? (m[1] === '+' ? 1 : -1) * (+m[2] * 60 + +m[3]) : null;
};

const offsets = new Map(
  zones.map((z) => [z, instants.map((at) => offsetMinutes(zonePart('en', z, at, 'longOffset')))]),
);

// Every two-letter region code Intl has a name for.
const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const regionCodes = letters.flatMap((a) => letters.map((b) => a + b));

/** The names a locale gives regions ("КНДР"): where it has no generic zone name it prints one. */
const regionNames = (language) =>
  new Set(
    ['long', 'short', 'narrow'].flatMap((style) => {
      const names = new Intl.DisplayNames(language, { type: 'region', style, fallback: 'none' });
      return regionCodes.map((c) => names.of(c)).filter((n) => n !== undefined);
    }),
  );

/**
 * Whether a zone keeps summer time at the i-th instant: its offset then is above its other one
 * ("daylight"), else "standard" (a zone of one offset all year too).
 */
const seasonOf = (zone, i) => {
  const [winter, summer] = offsets.get(zone);
  return offsets.get(zone)[i] > Math.min(winter, summer) ? 'daylight' : 'standard';
};

/**
 * A locale's abbreviations in one name style, each with the offsets of the zones it names, and
 * those zones with the season they print it in ("Europe/Dublin daylight"), one zone of each pair
 * of offsets and season.
 */
function abbreviations(language, style, shape, skip) {
  const seen = new Map();
  for (const zone of zones) {
    const format = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: style });
    instants.forEach((at, i) => {
      const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
      if (!shape.test(name) || name in UNAMBIGUOUS_ZONES || skip.has(name)) return;
      const offset = offsets.get(zone)[i];
      if (offset === null) return;
      const entry = seen.get(name) ?? { offsets: new Set(), zones: new Map() };
      entry.offsets.add(offset);
      const kind = `${offsets.get(zone).join(' ')} ${seasonOf(zone, i)}`;
      if (!entry.zones.has(kind)) entry.zones.set(kind, `${zone} ${seasonOf(zone, i)}`);
      seen.set(name, entry);
    });
  }
  return seen;
}

/** Every region code Intl has an English name for ("CA", "IN"). */
const englishRegions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const regions = regionCodes.filter((c) => englishRegions.of(c) !== undefined);

/**
 * A language's locales: its own and those of the regions CLDR gives data of their own ("fr-CA",
 * which prints "HNE" for Eastern time where "fr" prints "UTC−5"; "en-IN", "IST"). A page in the
 * language may be written in any of them.
 */
const localesOf = (language) => [
  language,
  ...regions
    .map((r) => `${language}-${r}`)
    .filter((l) => new Intl.DateTimeFormat(l).resolvedOptions().locale === l),
];

/** One locale's abbreviations, each with the offsets it names. */
function localeAbbreviations(locale, skip) {
  const standard = abbreviations(locale, 'short', /^\p{Lu}{2,5}$/u, new Set());
  // Pages print a locale's generic name too ("TSİ" in Turkish, whose standard style prints
  // "GMT+3"). A generic name that is also a standard one keeps its standard reading; where a
  // locale has no generic name it prints the region's ("JP", "КНДР"), which names no zone.
  const generic = abbreviations(locale, 'shortGeneric', /^\p{Lu}{3,5}$/u, skip);
  return new Map([...generic].filter(([n]) => !standard.has(n)).concat([...standard]));
}

const table = {};
const seasonal = {};
for (const language of CLDR_LANGUAGES) {
  // Read across the language's locales: an abbreviation two of them print for different offsets
  // ("IST": India's in "en-IN", Ireland's summer time in "en-IE") is left unread in the language,
  // but kept with its zones and seasons: on a day only one of them prints it, it is that one's.
  const skip = regionNames(language);
  const seen = new Map();
  for (const locale of localesOf(language))
    for (const [name, entry] of localeAbbreviations(locale, skip)) {
      const all = seen.get(name) ?? { offsets: new Set(), zones: new Map() };
      for (const o of entry.offsets) all.offsets.add(o);
      for (const [k, z] of entry.zones) if (!all.zones.has(k)) all.zones.set(k, z);
      seen.set(name, all);
    }
  const sorted = [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const own = Object.fromEntries(
    sorted.filter(([, e]) => e.offsets.size === 1).map(([n, e]) => [n, [...e.offsets][0]]),
  );
  if (Object.keys(own).length > 0) table[language] = own;
  const shared = Object.fromEntries(
    sorted.filter(([, e]) => e.offsets.size > 1).map(([n, e]) => [n, [...e.zones.values()].sort()]),
  );
  if (Object.keys(shared).length > 0) seasonal[language] = shared;
}

// Zones CLDR gives no name of their own in English, only an offset ("GMT+11:00"): they belong to
// no metazone, so no abbreviation of one is theirs.
const unnamed = zones
  .filter((z) => instants.every((at) => /^GMT/u.test(zonePart('en', z, at, 'long'))))
  .sort();

const out = `// Generated by scripts/zone-abbreviations.mjs from the runtime's Intl (ICU ${process.versions.icu}, CLDR ${process.versions.cldr});
// do not edit by hand. © 2004–2026 Unicode, Inc. Unicode License v3 (https://www.unicode.org/license.txt).
/**
 * Per language (ISO 639), the zone abbreviations its CLDR locale prints that stand for one offset
 * (minutes east of UTC) wherever that locale prints them, and that name zones of several offsets
 * somewhere in the world ("AST": Atlantic in English, Arabia elsewhere).
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = ${JSON.stringify(table)};

/**
 * Per language, the abbreviations its locales print for zones of several offsets, and those
 * zones with the season each prints it in ("IST" in English: "Asia/Calcutta standard", India's
 * all year; "Europe/Dublin daylight", Ireland's in summer only), one zone of each pair of offsets
 * and season.
 */
export const SEASONAL_ZONE_ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = ${JSON.stringify(seasonal)};

/**
 * IANA zones CLDR names in English by their offset alone ("GMT+11:00"): zones of no metazone, which
 * a metazone's abbreviation does not name, though a package of abbreviations may list them under one.
 */
export const UNNAMED_ZONES: ReadonlySet<string> = new Set(${JSON.stringify(unnamed)});
`;
writeFileSync(join(here, '..', 'src', 'language', 'zone-abbreviations.ts'), out);
console.log(`${Object.keys(table).length} languages`);
