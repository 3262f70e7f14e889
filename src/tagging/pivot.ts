import { foldGreek, UNSPACED } from './annotations.js';
import type { TopicSlug } from './labels.js';
import { PIVOT_VOCABULARY, TOPIC_ORDER } from './pivot-vocabulary.js';
import { vague, type TopicWeights } from './vocabulary.js';
import { WORDNET_VOCABULARY } from './wordnet-vocabulary.js';
import { brokenWords } from '../language/word-breaks.js';
import { procliticLetters, withoutProclitics } from './proclitics.js';

/**
 * Topic words of a language the IPTC vocabulary lacks (Polish, Italian, Finnish…), read through a
 * bilingual dictionary into one it has (see scripts/pivot-vocabulary.mjs): "pożar" is "fire",
 * which the English vocabulary places under disasters.
 */
export interface PivotIndex {
  words: Map<string, TopicWeights>;
  longest: number;
  /** The most words a headword has ("bóng đá": two). */
  phraseWords: number;
  /** Read from a wordnet, whose words take every sense's topics: too loose to judge a label by. */
  loose: boolean;
  /** Letters the language writes joined before a word as particles (proclitics.ts). */
  proclitics: ReadonlySet<string>;
}

/** Languages with a table of pivot words: from bilingual dictionaries, or from wordnets. */
export const PIVOT_LANGUAGES: ReadonlySet<string> = new Set([
  ...Object.keys(PIVOT_VOCABULARY),
  ...Object.keys(WORDNET_VOCABULARY),
]);

/**
 * What a wordnet word says against a dictionary's: it takes the topics of every sense its
 * Wiktionary translations link it to ("plovidba" is navigation and sailing), so it reads a text
 * about as loosely as CLDR's everyday keywords do (weights.annotations in the bundled rules).
 */
const WORDNET_SHARE = 0.3;

/**
 * The pivot words of one language, indexed for lookup; undefined for a language without a table.
 * A language with a bilingual dictionary is read by it alone: its own translations, not every
 * sense a wordnet links.
 */
export function buildPivotIndex(lang: string): PivotIndex | undefined {
  const table = PIVOT_VOCABULARY[lang] ?? WORDNET_VOCABULARY[lang];
  if (!table) return undefined;
  const loose = !PIVOT_VOCABULARY[lang];
  const share = loose ? WORDNET_SHARE : 1;
  const proclitics = procliticLetters(lang);
  const index: PivotIndex = { words: new Map(), longest: 0, phraseWords: 1, loose, proclitics };
  for (const entry of table.split('|')) {
    const [word = '', weights = ''] = entry.split('=');
    const parsed = weights.split(',').flatMap((pair): [TopicSlug, number][] => {
      const [i, w] = pair.split(':');
      const topic = TOPIC_ORDER[Number(i)];
      return topic ? [[topic, Number(w) * share]] : [];
    });
    const key = foldGreek(word);
    index.words.set(key, parsed);
    index.longest = Math.max(index.longest, key.length);
    index.phraseWords = Math.max(index.phraseWords, key.split(' ').length);
  }
  return index;
}

const WORD = /[\p{L}\p{M}]+/gu;
/**
 * Dictionaries list a word's base form; a text inflects it ("pożaru", "pożarze"). A headword of
 * five letters or more is found in a word that begins with it and has at most this many more
 * letters; a shorter one only as the whole word.
 */
const ENDING = 4;
const WHOLE_BELOW = 5;

/** The longest headword a word starts with, leaving at most an ending. */
function headwordOf(index: PivotIndex, word: string): string | null {
  for (let n = Math.min(word.length, index.longest); n >= 3 && word.length - n <= ENDING; n--) {
    if (n < WHOLE_BELOW && n < word.length) break;
    const key = word.slice(0, n);
    if (index.words.has(key)) return key;
  }
  return null;
}

/**
 * The headword a word starts with, else the one it starts with behind particles written joined
 * to it (Hebrew's "and", "the", "in"), with the word as written without them.
 */
function headwordBehindParticles(index: PivotIndex, word: string): [string, string | null] {
  const own = headwordOf(index, word);
  if (own !== null) return [word, own];
  for (const bare of withoutProclitics(word, index.proclitics)) {
    const key = headwordOf(index, bare);
    if (key !== null) return [bare, key];
  }
  return [word, null];
}

/**
 * The breaker's dictionary splits some compounds a wordnet lists whole: up to this many
 * neighbouring words are tried joined, the longest first.
 */
const JOINED = 3;

/** The headwords among the words of an unspaced run (see UNSPACED; ICU's word breaker splits it), each the longest join of words from its place. */
function unspacedHeadwords(index: PivotIndex, run: string): string[] {
  const words = brokenWords(run);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let step = 1;
    for (let n = Math.min(JOINED, words.length - i); n >= 1; n--) {
      const key = words.slice(i, i + n).join('');
      if (index.words.has(key)) {
        out.push(key);
        step = n;
        break;
      }
    }
    i += step;
  }
  return out;
}

/**
 * Pivot words found in a text, each with its topic weights (once per place it occurs); a word the
 * language uses every day (`everyday`) is left out where its entry is vague, and where the
 * dictionary has it only as a headword it begins with: an everyday word is a word of its own, not
 * an ending on a rarer one (Indonesian "menarik", interesting, is no form of "menari", to dance).
 */
export function pivotHits(
  index: PivotIndex,
  text: string,
  everyday: ReadonlySet<string> = new Set(),
): [string, TopicWeights][] {
  const out: [string, TopicWeights][] = [];
  const words = foldGreek(text.toLowerCase()).match(WORD) ?? [];
  for (let i = 0; i < words.length;) {
    const word = words[i] ?? '';
    const phrase = UNSPACED.test(word) ? null : phraseAt(index, words, i);
    // A word of an unspaced run is the headword itself; elsewhere the headword may lack an ending.
    const found: [string, string | null][] = phrase
      ? [[phrase, phrase]]
      : UNSPACED.test(word)
        ? unspacedHeadwords(index, word).map((key) => [key, key])
        : [headwordBehindParticles(index, word)];
    for (const [written, key] of found) {
      const weights = key === null ? undefined : index.words.get(key);
      if (key !== null && weights?.length && !(everyday.has(written) && (vague(weights) || written !== key)))
        out.push([key, weights]);
    }
    i += phrase ? phrase.split(' ').length : 1;
  }
  return out;
}

/** The longest headword of several words that the words from `i` on spell whole, if any. */
function phraseAt(index: PivotIndex, words: readonly string[], i: number): string | null {
  for (let n = Math.min(index.phraseWords, words.length - i); n >= 2; n--) {
    const key = words.slice(i, i + n).join(' ');
    if (index.words.has(key)) return key;
  }
  return null;
}

/** How close to the likeliest language a language must come for its letters to choose its table. */
const NEAR_LIKELIEST = 0.75;

/**
 * The language whose pivot words read a text: the one told, when it has a table; else the one
 * its letters are likeliest to be in, among those with a table (Indonesian, Greek, Lithuanian have
 * no function word list to tell them by).
 */
export function pivotLanguage(told: string | null, likeness: ReadonlyMap<string, number>): string | null {
  if (told !== null) return PIVOT_LANGUAGES.has(told) ? told : null;
  let best: string | null = null;
  for (const [lang, v] of likeness)
    if (PIVOT_LANGUAGES.has(lang) && v >= NEAR_LIKELIEST && (best === null || v > (likeness.get(best) ?? 0)))
      best = lang;
  return best;
}
