import { createRequire } from 'node:module';

/**
 * Words for streets, roads and squares by language ("ulica", "bulvarı", "rua", "straatweg",
 * "-gatan"), from the geocoder's street-abbreviation tables: a capitalised run headed by one, or
 * right after one written in lowercase ("ulicami Lwowską"), names a street, which is no entity
 * here. English capitalises every word of a name, so there only the last word tells a street
 * (streetHead), and only the table's full forms count: its abbreviations are words too ("Dr",
 * "St", "Pl").
 */

interface TokenEntry {
  tokens: readonly string[];
  type?: string;
  /** What the word means in English ("translates to 'street'"). */
  note?: string;
}

/** Ways the tables file with streets whose words also head bodies or districts ("Corte", "Kreis"). */
const NOT_STREETS = /\b(?:court|course|circle|canal)\b/u;

/**
 * English way words that also head bodies, places or ordinary phrases ("Kelby Branch", "Hart
 * Chase", "Red Cross", "Eagle Crest", "Service Access"): a capitalised run ending in one is left
 * to the other rules.
 */
const NOT_ENGLISH_STREETS =
  /^(?:branch|chase|cross|crossing|crest|fork|pike|access|entrance|route|curve|meander|rotary|approach|amble|artery|arterial|circuit)$/u;

/** The table's languages (ISO 639-1; Norwegian Bokmål is filed as "no"). */
const TABLES = 'bg cs da de el es et fi fr hr hu id it lt lv nl no pl pt ro ru sk sr sv tr'.split(' ');
/** The tables' codes for our language codes where they differ. */
const TABLE_OF: Readonly<Record<string, string>> = { nb: 'no' };

/** Shorter words are too often something else ("via", "vei"), save as a run's first word. */
const MIN_WORD = 4;

const require = createRequire(import.meta.url);

/** One table's street words, lower-cased: plain tokens, and the suffix a pattern token stands for. */
function wordsOf(table: string): ReadonlySet<string> {
  const entries = require(`@mapbox/geocoder-abbreviations/tokens/${table}.json`) as TokenEntry[];
  const out = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'way' || NOT_STREETS.test(e.note ?? '')) continue;
    for (const t of e.tokens) {
      // "(.+g)(?:atan)$": a compound ending in "gatan".
      const pattern = /^\(\.\+(\p{L}*)\)\(\?:(\p{L}+)\)\$$/u.exec(t);
      const word = pattern ? `${pattern[1] ?? ''}${pattern[2] ?? ''}` : t;
      if (/^\p{L}[\p{L} ]*$/u.test(word) && word.length >= 3) out.add(word.toLowerCase());
    }
  }
  return out;
}

const WAYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(TABLES.map((t) => [t, wordsOf(t)]));

/** Every table's words of MIN_WORD letters or more, for an article whose language is not told. */
const ANY_WAY: ReadonlySet<string> = new Set(
  [...WAYS.values()].flatMap((s) => [...s]).filter((w) => w.length >= MIN_WORD),
);

/**
 * English street words: the full form of each way of the English table (its last token: "Ln",
 * "La", "Lane"), lower-cased.
 */
const ENGLISH_WAYS: ReadonlySet<string> = new Set(
  (require('@mapbox/geocoder-abbreviations/tokens/en.json') as TokenEntry[])
    .filter((e) => e.type === 'way' && !NOT_STREETS.test(e.note ?? ''))
    .map((e) => (e.tokens[e.tokens.length - 1] ?? '').toLowerCase())
    .filter((w) => /^\p{L}{3,}$/u.test(w) && !NOT_ENGLISH_STREETS.test(w)),
);

/**
 * Whether a name's last word makes it a street ("Harbour Road", "Calle Mayor" is told by its
 * opener): an English street word, or one of the article's language's table (every table's longer
 * ones when the language is unknown).
 */
export function streetHead(word: string, language: string | null): boolean {
  const w = word.toLowerCase();
  return ENGLISH_WAYS.has(w) || wayWords(language).has(w);
}

/** The street words of a language; every table's longer ones when it is unknown; none in English. */
export function wayWords(language: string | null): ReadonlySet<string> {
  if (language === 'en') return new Set();
  if (!language) return ANY_WAY;
  return WAYS.get(TABLE_OF[language] ?? language) ?? ANY_WAY;
}

/** A word is a street word in some case ("ulicami", "ulici" of "ulica"/"ulice"). */
function isWayWord(word: string, ways: ReadonlySet<string>, counts: (t: string) => boolean): boolean {
  const w = word.toLowerCase();
  if (ways.has(w) && counts(w)) return true;
  for (const t of ways) {
    if (t.length < MIN_WORD) continue;
    let n = 0;
    while (n < w.length && w[n] === t[n]) n++;
    if (n >= MIN_WORD && w.length - n <= 3 && t.length - n <= 2 && counts(t)) return true;
  }
  return false;
}

/**
 * Whether a run names a street: it opens or ends with a street word ("Rua Direita", "İstasyon
 * Bulvarı"), is one compound ending in one ("Zuiderzeestraatweg"), or follows one written in
 * lowercase ("ulici Okružní").
 */
export function namesWay(
  words: readonly string[],
  previous: string | null,
  language: string | null,
  listed: (w: string) => boolean = () => false,
): boolean {
  // A listed place is a place though a table has its name as a way ("Canada", for "cañada"):
  // asked only of the table words that match, not of the whole table on every run.
  const ways = wayWords(language);
  const counts = (t: string): boolean => !listed(t);
  if (!ways.size || !words.length) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const opener = first.toLowerCase();
  if (words.length > 1 && ((ways.has(opener) && counts(opener)) || isWayWord(last, ways, counts)))
    return true;
  if (
    previous &&
    /^\p{Ll}/u.test(previous) &&
    previous.length >= MIN_WORD &&
    isWayWord(previous, ways, counts)
  )
    return true;
  if (words.length !== 1) return false;
  for (const t of ways)
    if (
      t.length >= MIN_WORD &&
      !t.includes(' ') &&
      opener.length >= t.length + 3 &&
      opener.endsWith(t) &&
      counts(t)
    )
      return true;
  return false;
}
