import * as sw from 'stopword';

/**
 * The `stopword` package's lists by ISO 639-1 code. Its keys are ISO 639-3 codes ("deu"), which
 * Intl canonicalises to the two-letter code where there is one ("de"); its variants ("porBr") and
 * its list of digits name no language of their own and are left out.
 */
const PACKAGE_LISTS_BY_CODE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(sw).flatMap(([key, list]) =>
    Array.isArray(list) && /^[a-z]{3}$/u.test(key)
      ? [[new Intl.Locale(key).language, list as string[]] as const]
      : [],
  ),
);

/** The package's list for an ISO 639-1 code: a code it lacks is a mistake here, found at load. */
function packageList(code: string): readonly string[] {
  const list = PACKAGE_LISTS_BY_CODE.get(code);
  if (!list) throw new Error(`the stopword package has no list for "${code}"`);
  return list;
}

/**
 * Function words ("the", "und", "которые"): they carry no story, so neither tagging nor dedup
 * should count them. One list for the whole program, from the `stopword` package's lists for the
 * languages a text is guessed to be written in (ISO 639-1 codes), in the order a word several of
 * them list is read.
 */
const GUESSED = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'cs',
  'sv',
  'da',
  'nb',
  'fi',
  'hu',
  'ro',
  'tr',
  'ca',
  'ar',
] as const;

export type StopwordLanguage = (typeof GUESSED)[number];

export const STOPWORD_LANGUAGES: StopwordLanguage[] = [...GUESSED];

const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

const BY_LANGUAGE = new Map(STOPWORD_LANGUAGES.map((lang) => [lang, lower(packageList(lang))] as const));
const ANY = new Set(STOPWORD_LANGUAGES.flatMap((lang) => [...(BY_LANGUAGE.get(lang) ?? [])]));

/** Each function word → the languages that list it, in STOPWORD_LANGUAGES order. */
const LANGUAGES_OF = new Map<string, StopwordLanguage[]>();
for (const lang of STOPWORD_LANGUAGES)
  for (const w of BY_LANGUAGE.get(lang) ?? []) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

/** The function words of the given languages, lower-cased, in one set. */
export function stopwordsOf(languages: readonly StopwordLanguage[]): ReadonlySet<string> {
  return new Set(languages.flatMap((lang) => [...(BY_LANGUAGE.get(lang) ?? [])]));
}

/**
 * Whether `word` (any case) is a function word: of `language` when given and known, else of any
 * listed language.
 */
export function isStopword(word: string, language?: string | null): boolean {
  const set =
    (language &&
      (BY_LANGUAGE.get(language as StopwordLanguage) ??
        BY_LANGUAGE.get(language.slice(0, 2).toLowerCase() as StopwordLanguage))) ||
    ANY;
  return set.has(word.toLowerCase());
}

/**
 * The languages whose function words include `word` (lowercase): one lookup where asking each
 * language in turn would take nineteen, which is what telling a text's language costs.
 */
export function stopwordLanguages(word: string): readonly StopwordLanguage[] {
  return LANGUAGES_OF.get(word) ?? [];
}

/** The function words of `language` (lower case), else of every listed language: for hot loops. */
export const stopwordSet = (language?: StopwordLanguage | null): ReadonlySet<string> =>
  (language && BY_LANGUAGE.get(language)) || ANY;

/**
 * Lists read only for an item that declares its language (see declaredStopwords): languages a
 * text is never guessed to be written in, so adding them changes no guess and no tag.
 */
const DECLARED = ['lt', 'lv', 'sl', 'sk', 'hr', 'et', 'bg', 'el', 'id', 'ms', 'ga', 'hy', 'eu', 'gl', 'af'];

/** The declared lists lower-cased once, as BY_LANGUAGE holds the guessed ones: every item reads them. */
const DECLARED_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  DECLARED.map((code) => [code, lower(packageList(code))]),
);

/**
 * The function words of a declared language outside STOPWORD_LANGUAGES (ISO 639-1 code, region
 * ignored), or null: an item that says it is Lithuanian is read with Lithuanian function words.
 */
export function declaredStopwords(code: string | null | undefined): ReadonlySet<string> | null {
  return DECLARED_SETS.get((code ?? '').slice(0, 2).toLowerCase()) ?? null;
}

/** Every list the stopword package holds (ISO 639-3 keys and a few variants), as given. */
const PACKAGE_LISTS: readonly string[][] = Object.values(sw).filter((list): list is string[] =>
  Array.isArray(list),
);

/**
 * Function words of scripts without case (Thai "โดย", Persian "از", Bengali "দ্বারা"), from every
 * list the package has: where no capital marks where a name starts, a function word before a
 * name ("by") is how a byline's prefix shows. Letters of such scripts only, so no Latin given
 * name that is a function word elsewhere ("Per", "Jan") is among them.
 */
export const CASELESS_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  PACKAGE_LISTS.flat().filter((w) => /^[\p{Lo}\p{M}]+$/u.test(w)),
);

/** Every list the package has, lower-cased. */
const EVERY_LIST: ReadonlyArray<ReadonlySet<string>> = PACKAGE_LISTS.map((list) => lower(list));

/** Words of a text read to tell its language by its function words: its opening is enough. */
const SAMPLE_WORDS = 400;
/**
 * Least share of a language's function words in a text written in it: about a third in English
 * or Polish, an eighth in Finnish or Turkish, whose endings do what function words do elsewhere.
 */
export const LEAST_FUNCTION_SHARE = 0.1;

/** The share of the opening words of `words` (lower case) that are in `list`. */
export function functionShare(words: readonly string[], list: ReadonlySet<string>): number {
  const sample = words.slice(0, SAMPLE_WORDS);
  return sample.length ? sample.filter((w) => list.has(w)).length / sample.length : 0;
}

/** Words a text needs before its function words tell its language. */
const OWN_LANGUAGE_MIN_WORDS = 40;

/**
 * The function words of the language `words` (lower case) are written in, from every list the
 * package has: the list that covers most of them, when it covers enough; else null.
 */
export function ownFunctionWords(words: readonly string[]): ReadonlySet<string> | null {
  if (Math.min(words.length, SAMPLE_WORDS) < OWN_LANGUAGE_MIN_WORDS) return null;
  let best: ReadonlySet<string> | null = null;
  let bestShare = 0;
  for (const list of EVERY_LIST) {
    const share = functionShare(words, list);
    if (share > bestShare) [best, bestShare] = [list, share];
  }
  return bestShare >= LEAST_FUNCTION_SHARE ? best : null;
}
