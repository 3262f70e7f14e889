import { DECLARED_STEMMERS, STEMMERS } from '../../language/stemmers.js';
import type { StopwordLanguage } from '../../language/stopwords.js';
import { nameKey, type Gazetteer } from '../gazetteer.js';

/**
 * Places named in a case form the gazetteer does not list: Finnish "Tampereen", "Jyväskylän",
 * Hungarian "Kecskeméten", Polish "Sieradzu". The listed nominative is the word less its ending,
 * or less it with a vowel put back ("-een" → "-e"), and both must stem alike where the language
 * has a Snowball stemmer; else only the bare stem of a long name, less a short ending.
 */

/** Letters a nominative may end in where the case form replaced it (accents are not keyed). */
const FINAL_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
/** Longest case ending taken off ("-ssa", "-oje", "-ében" less its vowel). */
const MAX_ENDING = 4;
/** Shortest nominative tried: shorter stems match too many listed names. */
const MIN_STEM = 4;
/** Longest ending accepted without a stemmer to confirm it ("-u", "-ě", "-lle"). */
const MAX_UNCONFIRMED = 3;
/** Longest ending taken off a name in a language we do not read. */
const MAX_UNREAD_ENDING = 2;
/** Shortest nominative accepted without a stemmer to confirm it. */
const MIN_UNCONFIRMED = 5;

/**
 * Languages that decline names by case endings (Finno-Ugric, Baltic, Slavic, Turkish, Greek,
 * Romanian, Icelandic, Basque). Elsewhere an ending makes another word ("Urbanismo").
 */
const DECLINING = new Set('fi et hu lt lv pl cs sk sl hr sr bs ru uk be bg mk tr az el ro is eu'.split(' '));

/**
 * Whether a text's letters (languageLikeness) are likeliest those of a language that declines
 * names: an article in a language without a function-word list (Slovak, Croatian, Lithuanian)
 * still names one place in several cases ("Dubrava", "Dubrave").
 */
export function lettersDecline(likeness: ReadonlyMap<string, number>): boolean {
  const likeliest = likeliestOf(likeness);
  return !!likeliest && DECLINING.has(likeliest);
}

/** The likeliest language of a text's letters (languageLikeness), or null. */
const likeliestOf = (likeness: ReadonlyMap<string, number>): string | null =>
  [...likeness].find(([, v]) => v === 1)?.[0] ?? null;

/**
 * The Snowball stemmer of the declining language a text's letters are likeliest written in, when
 * no function-word list reads it (Lithuanian, Greek, Croatian): its stems confirm a case form of
 * a listed place as they do in a language we read ("Kelbijos" of "Kelbija").
 */
export function lettersStemmer(
  likeness: ReadonlyMap<string, number>,
): ((word: string) => string) | undefined {
  const likeliest = likeliestOf(likeness);
  return likeliest && DECLINING.has(likeliest) ? DECLARED_STEMMERS[likeliest] : undefined;
}

/**
 * The listed place `word` is a case form of, spelt with the word's own letters; null when it is
 * listed itself, or when no listed place fits, or in a language we read that does not decline
 * names. `lettersStem` (lettersStemmer) confirms endings where no language was read.
 */
export function listedNominative(
  word: string,
  gaz: Gazetteer,
  language: StopwordLanguage | null,
  lettersStem?: (word: string) => string,
): string | null {
  if ((language && !DECLINING.has(language)) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const key = nameKey(word);
  if (key.length !== word.length || gaz.entries.has(key)) return null;
  const stem = language ? STEMMERS[language] : lettersStem;
  // A language we do not read may decline names too ("Elbasanit", "Zadru"): there only the bare
  // stem with the shortest endings, as "-ton" or "-ville" make another place of a name.
  const maxUnconfirmed = language ? MAX_UNCONFIRMED : MAX_UNREAD_ENDING;
  for (let n = key.length - 1; n >= Math.max(MIN_STEM, key.length - MAX_ENDING); n--) {
    const prefix = key.slice(0, n);
    for (const vowel of ['', ...FINAL_VOWELS]) {
      const candidate = prefix + vowel;
      if (gaz.entries.get(candidate)?.kind !== 'place') continue;
      // Without a stemmer's word, only the bare stem of a long enough name ("Sieradzu").
      const unconfirmed = !vowel && key.length - n <= maxUnconfirmed && n >= MIN_UNCONFIRMED;
      const confirmed = (!!stem && stem(candidate) === stem(key)) || unconfirmed;
      if (confirmed) return word.slice(0, n) + vowel;
    }
  }
  return null;
}
