import { createRequire } from 'node:module';
import { CLDR_LANGUAGES } from './cldr-languages.js';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';
import { foldMarks } from './fold.js';

/**
 * Zones named in words, in any language CLDR has data for ("hora de Uruguay", "توقيت
 * الأردن", "日本時間", "heure d’Europe centrale"), and the localised forms of "GMT" a page may
 * print before an offset ("غرينتش+3", "Гринуич+2"): all from Intl's CLDR data, none typed in.
 */

interface ZoneNames {
  /**
   * A zone's name in words, lower-cased, and one IANA zone it names: every zone it names keeps
   * that zone's offsets (names of zones whose offsets differ are left out).
   */
  names: Record<string, string>;
  /** What locales print for "GMT" before an offset ("GMT", "UTC", "غرينتش"). */
  gmt: string[];
  /** Per locale, its word for "time" as its zone names print it ("время", "vaqti"), folded. */
  timeWords: Record<string, string>;
  /**
   * A one-word exemplar city, folded, and per IANA zone it names the locales that spell it so,
   * as "<zone> <locale> <locale>…" (a city most locales spell alike is stored once).
   */
  cities: Record<string, string[]>;
}

/** Instants the names are read at: a winter, a summer, and a year many zones kept daylight time. */
const INSTANTS = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2018, 0, 15, 12)];

/** A zone of a region with one zone only, whose name shows a locale's "<region> time" pattern. */
const PROBE = { region: 'JP', zone: 'Asia/Tokyo' };

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Every region Intl knows zones of, with its zones ("PY": America/Asuncion). */
function regionZones(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const known = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  for (const code of ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b))) {
    if (known.of(code) === undefined) continue;
    const zones = (new Intl.Locale(`und-${code}`) as Intl.Locale & { timeZones?: string[] }).timeZones;
    if (zones && zones.length > 0) out.set(code, zones);
  }
  return out;
}

function zonePart(locale: string, zone: string, style: Intl.DateTimeFormatOptions['timeZoneName']): string[] {
  const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
  return INSTANTS.map((at) => format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '');
}

/**
 * A language's locales: its own, and the same language in another script CLDR has data for
 * ("zh-Hant" beside "zh", "sr-Latn" beside "sr"), whose zone and region names are spelt otherwise.
 */
function localesOf(language: string): string[] {
  const own = new Intl.Locale(language).maximize().script;
  const others = ['Hant', 'Hans', 'Latn', 'Cyrl', 'Arab']
    .filter((s) => s !== own)
    .map((s) => `${language}-${s}`)
    .filter((l) => new Intl.DateTimeFormat(l).resolvedOptions().locale === l);
  return [language, ...others];
}

/**
 * A name worth reading: words, no offset in figures (those the offset reader takes), and no
 * abbreviation in capitals (the abbreviation tables of zones.ts read those).
 */
const isWordName = (name: string): boolean =>
  /\p{L}/u.test(name) && !/[\p{N}+]/u.test(name) && !/^\p{Lu}{2,6}$/u.test(name);

/**
 * One locale's names: the zones of its own region by their CLDR names (standard, daylight and
 * generic), and every region's zones by the locale's "<region> time" pattern, under the region's
 * long and short names ("中國香港特別行政區時間", "香港時間").
 */
function localeNames(
  locale: string,
  regions: Map<string, string[]>,
  add: (n: string, z: string[]) => void,
): void {
  const home = new Intl.Locale(locale).maximize().region;
  for (const zone of (home && regions.get(home)) || [])
    for (const style of ['long', 'longGeneric', 'shortGeneric'] as const)
      for (const name of zonePart(locale, zone, style)) add(name, [zone]);
  const long = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(locale, { type: 'region', style: 'short', fallback: 'none' });
  const [probe] = zonePart(locale, PROBE.zone, 'shortGeneric');
  const probeRegion = long.of(PROBE.region);
  if (!probe || !probeRegion || !probe.includes(probeRegion)) return;
  const pattern = (region: string): string => probe.replace(probeRegion, region);
  for (const [code, zones] of regions)
    for (const name of new Set([long.of(code), short.of(code)])) if (name) add(pattern(name), zones);
}

const require = createRequire(import.meta.url);

/** A branch of CLDR's zone tree ("America" › "Argentina" › "Salta"), a zone's leaf holding its city. */
interface ZoneTree {
  [part: string]: ZoneTree | string | undefined;
  exemplarCity?: string;
}

/** One locale's zone names in cldr-dates-full: its "<city> time" pattern and its zone tree. */
interface CldrZoneNames {
  regionFormat?: string;
  zone?: ZoneTree;
  metazone?: Record<string, { long?: Record<string, string> }>;
}

/** A locale's CLDR zone names, or null for a locale the package has no folder for. */
function cldrZoneNames(locale: string): CldrZoneNames | null {
  try {
    const file = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as {
      main: Record<string, { dates: { timeZoneNames: CldrZoneNames } }>;
    };
    return Object.values(file.main)[0]?.dates.timeZoneNames ?? null;
  } catch {
    return null;
  }
}

/** Every zone of a tree whose city the locale names in its own words, as [IANA zone, city]. */
function exemplarCities(tree: ZoneTree, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([part, branch]) => {
    if (typeof branch !== 'object') return [];
    const zone = path + part;
    if (typeof branch.exemplarCity === 'string') return [[zone, branch.exemplarCity] as [string, string]];
    return exemplarCities(branch, `${zone}/`);
  });
}

/** Whether Intl knows a zone (CLDR's tree may hold one the runtime's ICU lacks), asked once each. */
const isKnownZone = (() => {
  const known = new Map<string, boolean>();
  const ask = (zone: string): boolean => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return !zone.startsWith('Etc/');
    } catch {
      return false;
    }
  };
  return (zone: string): boolean => known.get(zone) ?? known.set(zone, ask(zone)).get(zone)!;
})();

/**
 * "توقيت القاهرة", "Horário Lisboa", "イスタンブール時間": a zone named by its city in the page's
 * language, as CLDR writes it in its generic location format (the locale's "<city> time" pattern
 * around its exemplar city). A pattern of the city alone is not taken: a city is no zone.
 */
function cityZoneNames(locale: string, add: (n: string, z: string[]) => void): void {
  const names = cldrZoneNames(locale);
  const pattern = names?.regionFormat ?? '';
  if (!names?.zone || !pattern.includes('{0}') || !/\p{L}/u.test(pattern.replace('{0}', ''))) return;
  for (const [zone, city] of exemplarCities(names.zone))
    if (isKnownZone(zone)) add(pattern.replace('{0}', city), [zone]);
}

/** The localised "GMT" of each locale, from its offset format ("غرينتش+9" gives "غرينتش"). */
function gmtWords(): string[] {
  const words = new Set<string>();
  for (const language of CLDR_LANGUAGES) {
    const [offset] = zonePart(language, PROBE.zone, 'shortOffset');
    const word = /^([\p{L}\p{M}]{2,})[\s\u200e\u200f]*[+\-−]/u.exec(offset ?? '')?.[1];
    if (word) words.add(word.toLowerCase());
  }
  return [...words].sort();
}

/** A zone's offsets at the instants, as one string to compare ("-180 -180 -120"). */
const offsetsOf = (zone: string): string => zonePart('en', zone, 'longOffset').join(' ');

/** One zone of the set when all keep the same offsets, else null (offsets read are kept). */
function agreeing(zones: Set<string>, offsets: Map<string, string>): string | null {
  const offset = (z: string): string => offsets.get(z) ?? offsets.set(z, offsetsOf(z)).get(z)!;
  const seen = new Set([...zones].map(offset));
  return seen.size === 1 ? [...zones].sort()[0]! : null;
}

function buildZoneNames(): ZoneNames {
  const regions = regionZones();
  const offsets = new Map([...regions.values()].flat().map((z) => [z, offsetsOf(z)]));
  const names = new Map<string, Set<string>>();
  const add = (name: string, zones: string[]): void => {
    if (!isWordName(name)) return;
    const key = zoneNameKey(name);
    const seen = names.get(key) ?? new Set<string>();
    for (const z of zones) seen.add(z);
    names.set(key, seen);
  };
  for (const language of CLDR_LANGUAGES)
    for (const locale of localesOf(language)) {
      localeNames(locale, regions, add);
      cityZoneNames(locale, add);
    }
  const cityTimes = cityTimeNames();
  return {
    ...cityTimes,
    names: Object.fromEntries(
      [...names].flatMap(([k, v]) => {
        const zone = agreeing(v, offsets);
        return zone ? [[k, zone]] : [];
      }),
    ),
    gmt: gmtWords(),
  };
}

/**
 * A word as matched against a city or a word for "time": lower-case, without the accents and
 * breves of an alphabet ("Kijów" and "kijowskiego" alike), which inflection moves.
 */
const foldWord = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase();

/** The share of a locale's metazone names a word must be in to be its word for "time". */
const TIME_WORD_SHARE = 0.4;

/**
 * A locale's word for "time": the word of three letters or more most of its metazone names
 * hold ("Центральная Европа, стандартное время"), or null where none is that common (scripts
 * written without spaces, whose names are one word).
 */
function timeWordOf(names: CldrZoneNames): string | null {
  const count = new Map<string, number>();
  let total = 0;
  for (const zone of Object.values(names.metazone ?? {}))
    for (const name of Object.values(zone.long ?? {})) {
      total++;
      for (const w of new Set(name.split(/[^\p{L}\p{M}]+/u).map(foldWord)))
        if ([...w].length >= 3) count.set(w, (count.get(w) ?? 0) + 1);
    }
  const [word, n] = [...count].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return total > 0 && n / total >= TIME_WORD_SHARE ? word : null;
}

/**
 * Antarctic stations are named after common words ("Vostok": "east"), and no page dates itself
 * by a station's clock.
 */
const isStation = (zone: string): boolean => zone.startsWith('Antarctica/');

/**
 * Every locale's word for "time" and its one-word exemplar cities, for "<city's adjective>
 * <time>" in any case a language inflects them to (cityTimeZones).
 */
function cityTimeNames(): Pick<ZoneNames, 'timeWords' | 'cities'> {
  const timeWords: Record<string, string> = {};
  const cities = new Map<string, Map<string, string[]>>();
  for (const language of CLDR_LANGUAGES)
    for (const locale of localesOf(language)) {
      const names = cldrZoneNames(locale);
      const time = names ? timeWordOf(names) : null;
      if (!names?.zone || time === null) continue;
      timeWords[locale] = time;
      for (const [zone, city] of exemplarCities(names.zone)) {
        const key = foldWord(city);
        if (!/^[\p{L}\p{M}-]{4,}$/u.test(key) || isStation(zone) || !isKnownZone(zone)) continue;
        const zones = cities.get(key) ?? new Map<string, string[]>();
        cities.set(key, zones.set(zone, [...(zones.get(zone) ?? []), locale]));
      }
    }
  const entries = [...cities].map(([city, zones]) => [
    city,
    [...zones].map(([z, ls]) => [z, ...ls].join(' ')),
  ]);
  return { timeWords, cities: Object.fromEntries(entries) as Record<string, string[]> };
}

/** A name as looked up: lower-case, one kind of apostrophe, single spaces. */
export const zoneNameKey = (name: string): string =>
  name.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/\s+/gu, ' ').trim();

/** Kept by the build (scripts/name-table.mjs), as the day periods are. */
export const ZONE_NAME_TABLE: PrebuiltTable<ZoneNames> = {
  file: 'zone-names.json',
  here: folderOf(import.meta.url),
  code: ['zone-names.js', 'cldr-languages.js'],
  packages: ['cldr-dates-full'],
  intl: true,
  build: buildZoneNames,
};

const TABLE: ZoneNames = loadPrebuilt(ZONE_NAME_TABLE);

/** Localised forms of "GMT" before an offset, lower-cased. */
export const GMT_WORDS: readonly string[] = TABLE.gmt;

/** The longest zone name, in words: a longer run is not looked up. */
export const ZONE_NAME_MAX_WORDS = Math.max(1, ...Object.keys(TABLE.names).map((n) => n.split(' ').length));

/**
 * A name of several words with a particle before it ("at", "of"): a word of one or two letters
 * ("به وقت کابل", "د کابل وخت"), or one letter joined to its first word in a script that writes
 * such particles joined ("بتوقيت القاهرة", "בשעון ישראל").
 */
function withoutParticle(key: string): string[] {
  const apart = /^\S{1,2} (\S+ .+)$/u.exec(key)?.[1];
  const joined = /^[\p{Script=Arabic}\p{Script=Hebrew}]\S{3,} /u.test(key)
    ? [...key].slice(1).join('')
    : undefined;
  return [apart, joined].filter((k): k is string => k !== undefined);
}

/**
 * A name without its words of one or two letters ("hora de Chile" and "hora Chile" alike): pages
 * drop or change the small joining words ("of", a genitive mark) CLDR writes between a place and
 * "standard time". Null when fewer than two words stay (a place alone is no zone).
 */
function withoutSmallWords(key: string): string | null {
  const words = key.split(' ').filter((w) => [...w].length > 2);
  return words.length >= 2 ? words.join(' ') : null;
}

/** The table keyed by names without small words; a key two different zones share is left out. */
const BY_LONG_WORDS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string | null>();
  for (const [key, zone] of Object.entries(TABLE.names)) {
    const short = withoutSmallWords(key);
    if (short === null) continue;
    const seen = out.get(short);
    out.set(short, seen === undefined || seen === zone ? zone : null);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
})();

/** An IANA zone a zone's name in words stands for (all it names keep its offsets), or null. */
export function zoneNamed(name: string): string | null {
  const key = zoneNameKey(name);
  const short = withoutSmallWords(key);
  return (
    TABLE.names[key] ??
    withoutParticle(key)
      .map((k) => TABLE.names[k] ?? null)
      .find((z) => z !== null) ??
    (short === null ? null : (BY_LONG_WORDS.get(short) ?? null))
  );
}

/** A zone's offset at an instant, in minutes east of UTC, from Intl ("GMT+05:30"). */
export function zoneOffsetAt(zone: string, at: Date): number | null {
  const gmt = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  if (gmt === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(gmt ?? '');
  return m ? (m[1] === '+' ? 1 : -1) * (+m[2]! * 60 + +m[3]!) : null;
}

/**
 * The offset a zone named in words stands for at an instant ("hora de Uruguay"); null for a name
 * no table holds, or one of zones of several offsets ("hora de Estados Unidos").
 */
export function namedZoneOffset(name: string, at: Date): number | null {
  const zone = zoneNamed(name);
  return zone === null ? null : zoneOffsetAt(zone, at);
}

/**
 * The city an IANA zone is named after ("Asia/Tashkent": "tashkent", "America/New_York": "new
 * york"), lower-cased, with its zone; a city two zones of different offsets share is left out.
 */
function zoneCities(): Map<string, string> {
  const zones = new Map<string, Set<string>>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/gu, ' ').toLowerCase();
    if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
    zones.set(city, (zones.get(city) ?? new Set()).add(zone));
  }
  const out = new Map<string, string>();
  for (const [city, set] of zones) {
    const zone = agreeing(set, new Map());
    if (zone) out.set(city, zone);
  }
  return out;
}

const ZONE_CITIES: ReadonlyMap<string, string> = zoneCities();

/**
 * "(Harare time)", "(Bissau saati)": a zone's city as the IANA database spells it and one word
 * more, before or after it, in any language (its word for "time", which no list may know). Read
 * only in brackets after a time: unbracketed, "Lima police" reads alike.
 */
export function cityZoneNamed(name: string): string | null {
  const words = zoneNameKey(name).split(' ');
  if (words.length < 2 || !words.every((w) => /^[\p{L}\p{M}'.-]+$/u.test(w))) return null;
  return ZONE_CITIES.get(words.slice(1).join(' ')) ?? ZONE_CITIES.get(words.slice(0, -1).join(' ')) ?? null;
}

/** Letters a place's name keeps at least as the stem its adjective opens with. */
const ADJECTIVE_STEM_MIN = 4;
/** Letters of an adjective's ending after the stem, at most ("-ana", "-aise"). */
const ADJECTIVE_ENDING_MAX = 4;

/**
 * "boliviano" of "Bolivia", "chilena" of "Chile": an adjective opening with the place's name without
 * marks, a name of five letters or more less its last letter (the vowel an ending replaces),
 * then a short ending; longer than the name.
 */
function isAdjectiveOf(word: string, place: string): boolean {
  const [w, p] = [[...foldMarks(word)], [...foldMarks(place)]];
  const stem = p.length >= ADJECTIVE_STEM_MIN + 1 ? p.slice(0, -1) : p;
  return (
    stem.length >= ADJECTIVE_STEM_MIN &&
    w.length > p.length &&
    w.length - stem.length <= ADJECTIVE_ENDING_MAX &&
    w.join('').startsWith(stem.join(''))
  );
}

/**
 * "(<hour> <Andean>)" for CLDR's "<hour> of <Andea>": a zone named by the place's adjective in
 * the page's language, where CLDR writes the place's name; the other words as CLDR's (small
 * joining words aside). Null unless every zone so named keeps one offset. Read in brackets only.
 */
export function adjectiveZoneNamed(name: string): string | null {
  const words = withoutSmallWords(zoneNameKey(name))?.split(' ');
  if (!words) return null;
  const zones = new Set<string>();
  const [first, last] = [`${words[0]!} `, ` ${words[words.length - 1]!}`];
  for (const [key, zone] of BY_LONG_WORDS) {
    // All words but one the same: the first or the last is (a cheap test before the split).
    if (!key.startsWith(first) && !key.endsWith(last)) continue;
    const known = key.split(' ');
    if (known.length !== words.length) continue;
    const differ = known.flatMap((w, i) => (w === words[i] ? [] : [i]));
    if (differ.length === 1 && isAdjectiveOf(words[differ[0]!]!, known[differ[0]!]!)) zones.add(zone);
  }
  return zones.size > 0 ? agreeing(zones, new Map()) : null;
}

/** The offset at an instant of a zone named in brackets by its name or its city ("(Tashkent time)"). */
export function bracketedZoneOffset(name: string, at: Date): number | null {
  const zone = zoneNamed(name) ?? cityZoneNamed(name) ?? adjectiveZoneNamed(name);
  return zone === null ? null : zoneOffsetAt(zone, at);
}

/** How many characters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a word is an inflected or derived form of `stem` ("времени" of "время", "czasu" of
 * "czas", "warszawskiego" of "Warszawa"): it keeps all of it but the last `loose` characters,
 * which endings change, and at least `least`.
 */
const inflects = (word: string, stem: string, least: number, loose: number): boolean =>
  sharedStart(word, stem) >= Math.max(least, stem.length - loose);

/** Letters shared at the start of a city and its adjective, at least: "Рим" is too short to tell. */
const CITY_STEM_MIN = 4;

/** Words apart, at most, between a city's adjective and the word for "time" ("ora di Roma"). */
const CITY_TIME_REACH = 2;

/** Cities indexed by their first letters, for the words of a run to be looked up by. */
const CITIES_BY_START: ReadonlyMap<string, [string, string, string][]> = (() => {
  const out = new Map<string, [string, string, string][]>();
  for (const [city, zones] of Object.entries(TABLE.cities)) {
    const start = city.slice(0, CITY_STEM_MIN);
    const triples = zones.flatMap((entry) => {
      const [zone, ...locales] = entry.split(' ');
      return locales.map((l): [string, string, string] => [city, l, zone!]);
    });
    out.set(start, [...(out.get(start) ?? []), ...triples]);
  }
  return out;
})();

/**
 * "по омскому времени", "за київським часом", "czasu warszawskiego", "Samarqand vaqti": a
 * zone named by its city, or the city's adjective in whatever case the sentence puts it, beside
 * a locale's word for "time", both inflected as the language does: the word for "time" but for
 * its last two letters, the city but for its last one, a final vowel an adjective drops. (Two
 * would let a city's stem open another adjective: "регионално" and "Регина".) City and word for
 * "time" come from one locale's CLDR data, of one of the page's `languages`: a city's stem may
 * open another language's common word ("<city>" and "regional" alike). The IANA zones the words
 * may name; empty when they name none.
 */
export function cityTimeZones(words: readonly string[], languages: readonly string[]): string[] {
  const folded = words.map((w) => foldWord(w.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '')));
  const zones = new Set<string>();
  folded.forEach((word, i) => {
    for (const [city, locale, zone] of CITIES_BY_START.get(word.slice(0, CITY_STEM_MIN)) ?? []) {
      const time = TABLE.timeWords[locale];
      if (
        time === undefined ||
        !languages.includes(locale.split('-')[0]!) ||
        !inflects(word, city, CITY_STEM_MIN, 1)
      )
        continue;
      const near = folded.filter((w, j) => j !== i && Math.abs(j - i) <= CITY_TIME_REACH);
      if (near.some((w) => inflects(w, time, 3, 2))) zones.add(zone);
    }
  });
  return [...zones];
}

/** Regions of one zone each ("BG": Europe/Sofia): a country's adjective names its zone outright. */
const SINGLE_ZONE_REGIONS: ReadonlyMap<string, string> = new Map(
  [...regionZones()].flatMap(([code, zones]) => (zones.length === 1 ? [[code, zones[0]!] as const] : [])),
);

/** Letters a country's name may change at its end as its adjective ("България", "българско"). */
const REGION_ENDING_LOOSE = 2;

/**
 * "българско лятно време", "ora italiana": a zone named by its country's adjective, in whatever
 * case, beside the language's word for "time", a word between them or none (a season's). The
 * country's name (Intl's, in one of the page's `languages`) less its last letters opens the
 * adjective, and it has one zone. The IANA zones the words may name; empty when they name none.
 */
export function regionTimeZones(words: readonly string[], languages: readonly string[]): string[] {
  const folded = words.map((w) => foldWord(w.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '')));
  const zones = new Set<string>();
  for (const language of new Set(languages)) {
    const time = TABLE.timeWords[language];
    const at = time === undefined ? -1 : folded.findIndex((w) => inflects(w, time, 3, 2));
    if (at < 0) continue;
    const names = new Intl.DisplayNames(language, { type: 'region', fallback: 'none' });
    for (const [code, zone] of SINGLE_ZONE_REGIONS) {
      const region = foldWord(names.of(code) ?? '');
      if (region.includes(' ') || [...region].length < CITY_STEM_MIN + 1) continue;
      const near = folded.filter((w, j) => j !== at && Math.abs(j - at) <= CITY_TIME_REACH);
      if (near.some((w) => inflects(w, region, CITY_STEM_MIN, REGION_ENDING_LOOSE))) zones.add(zone);
    }
  }
  return [...zones];
}
