import nlp from 'compromise';

export type EntityKind = 'person' | 'place' | 'organisation';

export interface GazetteerEntry {
  canonical: string;
  kind: EntityKind;
}

/**
 * Alias table: other names of well-known places and international organisations → canonical
 * name. General world knowledge (countries, capitals, bodies every newsroom names).
 */
const ALIASES: Record<string, [EntityKind, string[]]> = {
  'United States': ['place', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America']],
  'United Kingdom': ['place', ['UK', 'U.K.', 'Britain', 'Great Britain']],
  Kyiv: ['place', ['Kiev']],
  Kharkiv: ['place', ['Kharkov']],
  Odesa: ['place', ['Odessa']],
  Lviv: ['place', ['Lvov']],
  Belarus: ['place', ['Byelorussia']],
  Czechia: ['place', ['Czech Republic']],
  Myanmar: ['place', ['Burma']],
  Turkey: ['place', ['Türkiye', 'Turkiye']],
  Beijing: ['place', ['Peking']],
  Mumbai: ['place', ['Bombay']],
  Kolkata: ['place', ['Calcutta']],
  Munich: ['place', ['München']],
  Cologne: ['place', ['Köln']],
  Vienna: ['place', ['Wien']],
  Geneva: ['place', ['Genève', 'Genf']],
  Zurich: ['place', ['Zürich']],
  Seville: ['place', ['Sevilla']],
  Lisbon: ['place', ['Lisboa']],
  Warsaw: ['place', ['Warszawa']],
  Prague: ['place', ['Praha']],
  Rome: ['place', ['Roma']],
  Milan: ['place', ['Milano']],
  Naples: ['place', ['Napoli']],
  Florence: ['place', ['Firenze']],
  Washington: ['place', ['Washington, D.C.', 'Washington D.C.', 'Washington DC']],
  'The Hague': ['place', ['Den Haag']],
  Europe: ['place', []],
  Asia: ['place', []],
  Africa: ['place', []],
  'Middle East': ['place', []],
  Mediterranean: ['place', []],
  Alps: ['place', []],
  Pyrenees: ['place', []],
  Caucasus: ['place', []],
  Balkans: ['place', []],
  Scandinavia: ['place', []],
  Siberia: ['place', []],
  'European Union': ['organisation', ['EU', 'E.U.']],
  'United Nations': ['organisation', ['UN', 'U.N.']],
  NATO: ['organisation', ['Nato', 'North Atlantic Treaty Organization']],
  'World Health Organization': ['organisation', ['WHO', 'World Health Organisation']],
  'International Monetary Fund': ['organisation', ['IMF']],
  'World Bank': ['organisation', []],
  'European Central Bank': ['organisation', ['ECB']],
  'European Commission': ['organisation', []],
  'European Parliament': ['organisation', []],
  'European Investment Bank': ['organisation', ['EIB']],
  'Red Cross': ['organisation', ['Cruz Roja', 'Croix-Rouge', 'Rotes Kreuz']],
  'Islamic State': ['organisation', ['IS', 'ISIS', 'ISIL', 'Daesh']],
  OECD: ['organisation', []],
  OPEC: ['organisation', []],
  'World Trade Organization': ['organisation', ['WTO']],
  'Federal Reserve': ['organisation', ['Fed']],
  Kremlin: ['organisation', []],
  'White House': ['organisation', []],
  Pentagon: ['organisation', []],
  UNESCO: ['organisation', []],
  UNICEF: ['organisation', []],
  'African Union': ['organisation', ['AU']],
  ASEAN: ['organisation', []],
  'Amnesty International': ['organisation', []],
  'Human Rights Watch': ['organisation', []],
  'Médecins Sans Frontières': ['organisation', ['MSF', 'Doctors Without Borders']],
  'Met Office': ['organisation', []],
};

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

/** Builds the gazetteer once: the alias table plus compromise's countries, cities, regions, bodies. */
export function buildGazetteer(): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, raw] of Object.entries(lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('Abbreviation') || word.length < 3) continue;
    const kind = LEXICON_KINDS.find(([t]) => tags.includes(t))?.[1];
    // The canonical spelling is the one the article uses; '' marks "use the mention".
    if (kind) entries.set(nameKey(word), { canonical: '', kind });
  }
  for (const [canonical, [kind, aliases]] of Object.entries(ALIASES)) {
    for (const a of [canonical, ...aliases]) entries.set(nameKey(a), { canonical, kind });
  }
  const tags = (word: string): string[] => {
    const raw = lexicon[word.toLowerCase()];
    return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  };
  return { entries, tags };
}
