import { EMOJI_KEYWORDS, type EmojiKeywords } from './emoji-keywords.js';
import type { TopicSlug } from './labels.js';
import { procliticLetters, withoutProclitics } from './proclitics.js';

/**
 * Everyday topic words in some 170 languages, from Unicode CLDR's emoji annotations (see
 * scripts/emoji-keywords.mjs): the words CLDR gives ⚽, 🏥 or ⛪ in each language point at sport,
 * health or religion. They read the languages the IPTC vocabulary lacks, more weakly than it.
 */
export interface AnnotationIndex {
  /** Stems of spaced scripts: a word starting with one is a hit. */
  stems: Map<string, TopicSlug>;
  /** Keywords of unspaced scripts, found inside a run of text; their lengths, longest first. */
  dense: Map<string, TopicSlug>;
  denseLengths: number[];
  /** Keywords of several words, their words joined by one space; the most words one has. */
  phrases: Map<string, TopicSlug>;
  longestPhrase: number;
  longestStem: number;
  /** Letters the language writes joined before a word as particles (proclitics.ts). */
  proclitics: ReadonlySet<string>;
}

/** Scripts written without spaces between words. */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Alphabets whose stems were cut from longer words (see scripts/emoji-keywords.mjs). */
const ALPHABETIC =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]+$/u;
/**
 * An alphabet's keyword of four letters was kept whole: it must be the whole word ("muse" is no
 * prefix of "museli"). A longer stem takes an ending of a few letters, not another word's tail
 * ("konst" for art does not start "konstrukcja").
 */
const WHOLE_BELOW = 5;
const ENDING = 4;

/** Greek moves its accent as a word inflects (θέατρο, θεάτρου): its words are compared without. */
export const foldGreek = (text: string): string =>
  /\p{Script=Greek}/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : text;

/**
 * The annotation keywords of one language the program can tell, or (null) of all other locales
 * together, indexed for lookup. The latter holds some 37,000 entries: built only when needed.
 */
export function buildAnnotationIndex(lang: string | null): AnnotationIndex {
  const keywords: EmojiKeywords = EMOJI_KEYWORDS[lang ?? ''] ?? {};
  const index: AnnotationIndex = {
    stems: new Map(),
    dense: new Map(),
    denseLengths: [],
    phrases: new Map(),
    longestPhrase: 0,
    longestStem: 0,
    proclitics: lang === null ? new Set() : procliticLetters(lang),
  };
  const lengths = new Set<number>();
  for (const [topic, { stems, dense, phrases }] of Object.entries(keywords) as [
    TopicSlug,
    { stems: string; dense: string; phrases: string },
  ][]) {
    for (const s of stems.split('|')) {
      index.stems.set(s, topic);
      index.longestStem = Math.max(index.longestStem, s.length);
    }
    for (const s of dense.split('|')) {
      index.dense.set(s, topic);
      lengths.add(s.length);
    }
    for (const p of phrases.split('|')) {
      index.phrases.set(p, topic);
      index.longestPhrase = Math.max(index.longestPhrase, p.split(' ').length);
    }
  }
  // An empty list splits into one empty keyword.
  index.stems.delete('');
  index.dense.delete('');
  index.phrases.delete('');
  lengths.delete(0);
  index.denseLengths = [...lengths].sort((a, b) => b - a);
  return index;
}

/** How close to the likeliest language a language must come for its letters to choose its list. */
const NEAR_LIKELIEST = 0.75;

/**
 * The language whose own CLDR keywords read a text the program cannot tell by function words: the
 * likeliest by its letters (languageLikeness), when CLDR has a list for it; else null, for the
 * list all such locales share, whose words are looser (a stem of one language is another's word).
 */
export function annotationLocale(likeness: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [lang, v] of likeness)
    if (lang in EMOJI_KEYWORDS && v >= NEAR_LIKELIEST && (best === null || v > (likeness.get(best) ?? 0)))
      best = lang;
  return best;
}

/** The longest keyword of an unspaced script at each place of a run, left to right. */
function denseHits(index: AnnotationIndex, run: string, out: [string, TopicSlug][]): void {
  for (let i = 0; i < run.length;) {
    let step = 1;
    for (const n of index.denseLengths) {
      const key = run.slice(i, i + n);
      const topic = key.length === n ? index.dense.get(key) : undefined;
      if (topic) {
        out.push([key, topic]);
        step = n;
        break;
      }
    }
    i += step;
  }
}

/** The longest stem a word starts with, leaving at most an ending. */
function stemHit(index: AnnotationIndex, word: string): [string, TopicSlug] | null {
  const alphabetic = ALPHABETIC.test(word);
  for (let n = Math.min(word.length, index.longestStem); n >= 2 && word.length - n <= ENDING; n--) {
    if (alphabetic && n < WHOLE_BELOW && n < word.length) break;
    const key = word.slice(0, n);
    const topic = index.stems.get(key);
    if (topic) return [key, topic];
  }
  return null;
}

/**
 * The stem a word starts with behind particles written joined to it (Hebrew's "and", "the", "in"),
 * the bare word being no everyday word.
 */
function stemBehindParticles(
  index: AnnotationIndex,
  word: string,
  everyday: ReadonlySet<string>,
): [string, TopicSlug] | null {
  for (const bare of withoutProclitics(word, index.proclitics)) {
    if (everyday.has(bare)) return null;
    const hit = stemHit(index, bare);
    if (hit) return hit;
  }
  return null;
}

/**
 * Annotation keywords found in a text, each with its topic (a keyword once per place it occurs);
 * a word the language uses every day (`everyday`: "old", "million") starts no keyword of its own.
 */
export function annotationHits(
  index: AnnotationIndex,
  text: string,
  everyday: ReadonlySet<string> = new Set(),
): [string, TopicSlug][] {
  const out: [string, TopicSlug][] = [];
  const words = foldGreek(text.toLowerCase()).match(WORD) ?? [];
  words.forEach((word, i) => {
    if (UNSPACED.test(word)) return denseHits(index, word, out);
    if (everyday.has(word)) return;
    for (let n = 2; n <= index.longestPhrase && i + n <= words.length; n++) {
      const phrase = words.slice(i, i + n).join(' ');
      const topic = index.phrases.get(phrase);
      if (topic) out.push([phrase, topic]);
    }
    const hit = stemHit(index, word) ?? stemBehindParticles(index, word, everyday);
    if (hit) out.push(hit);
  });
  return out;
}
