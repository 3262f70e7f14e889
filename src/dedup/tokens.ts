import { DECLARED_STEMMERS, STEMMERS } from '../language/stemmers.js';
import { brokenWords } from '../language/word-breaks.js';
import { asciiDigits } from '../normalise/text.js';
import {
  declaredStopwords,
  STOPWORD_LANGUAGES,
  stopwordLanguages,
  stopwordSet,
  type StopwordLanguage,
} from '../language/stopwords.js';

/** One word or number of a text, as near-duplicate detection compares it. */
export interface Token {
  /** The stemmed, lower-cased word, or a number without thousands separators or unit letters. */
  stem: string;
  /** A number, a name or another capitalised word: what a templated item fills in. */
  specific: boolean;
  /** Written in lower case here: ordinary vocabulary, not a name. */
  lower: boolean;
  isNumber: boolean;
  /**
   * A figure followed, a word or two on, by a figure of at most two digits and a word ("12 so'm 30
   * tiyin", "5 dollars 30 cents"): perhaps one amount in a unit and its hundredths, which another
   * house writes as a decimal ("12,30"). That figure as written; whether it is the hundredths, only
   * another item stating the decimal can say (see Fingerprint.amounts).
   */
  hundredths?: string;
}

const known = (lang: string | null | undefined): StopwordLanguage | null => {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  return (STOPWORD_LANGUAGES as string[]).includes(code) ? (code as StopwordLanguage) : null;
};

/**
 * Share of a text's first words that its language's function words make up at least: running text
 * of a listed language is a third to a half function words, a results list of names and scores
 * about a sixth; text of an unlisted language meets other lists' words in a tenth or fewer.
 */
const MIN_FUNCTION_SHARE = 0.15;

/** A stated language (ISO 639 code, with or without a region), not "undetermined" or "multiple". */
const isLanguageTag = (tag: string | null | undefined): boolean =>
  /^[a-z]{2,3}(?:[-_]|$)/iu.test(tag ?? '') && !/^(?:und|mul|mis|zxx)\b/iu.test(tag ?? '');

/**
 * The item's language: the one it declares when we have its stopwords, else the one whose function
 * words cover most of its first words (a paragraph of any of these languages is mostly function
 * words of its own). Null when nothing fits.
 */
export function guessLanguage(text: string, declared?: string | null): StopwordLanguage | null {
  const stated = known(declared);
  if (stated) return stated;
  // A language we hold no list for (Latvian, Slovak, Tagalog) is still the text's: a guess rests on
  // a few chance hits ("un", "no", "ka"), so two copies of one text got two stemmers and shared
  // few stems. Without a list, every item of that language is read alike.
  if (isLanguageTag(declared)) return null;
  const hits = new Map<StopwordLanguage, number>();
  const read = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 150);
  for (const w of read) {
    for (const lang of stopwordLanguages(w)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best: StopwordLanguage | null = null;
  // Text in a language we hold no list for (Yoruba, Hausa) meets a few short words of other lists
  // by chance ("a", "da", "ni", "si"), each copy of one story different ones, and a guess from
  // them gave two copies two stemmers: the winner must cover a share of the words that only its
  // own text reaches (see MIN_FUNCTION_SHARE).
  let bestHits = Math.max(2, Math.ceil(read.length * MIN_FUNCTION_SHARE) - 1);
  // In list order, so a tie goes to the language listed first, as before.
  for (const lang of STOPWORD_LANGUAGES) {
    const n = hits.get(lang) ?? 0;
    if (n > bestHits) [best, bestHits] = [lang, n];
  }
  return best;
}

/**
 * Scripts compared by character pairs instead of words: those written without spaces, and Hangul,
 * whose one character is a syllable and whose words carry their particles ("공장에서", at the
 * factory, shares "공장" with "공장"): a two-syllable word says as much as a long Latin one, and
 * no stemmer is at hand (the CJK bigram analysers of search engines treat it alike).
 */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Alphabetic scripts written without spaces between words (spaces part phrases): a run between
 * spaces is a phrase, so two tellings share no "word". ICU's dictionary word breaker (Node's
 * Intl.Segmenter) splits them into words, which are then compared as any language's words are.
 */
const SEGMENTED = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A word (with an inner apostrophe or hyphen), a number (with separators) or sentence punctuation. */
const PIECE =
  /\p{N}+(?:[.,\u202f\u00a0:]\p{N}+)*\p{L}*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}]+)*|[.!?:;"“”„«»]/gu;
const SENTENCE_END = /^[.!?:;"“”„«»]$/u;
const THOUSANDS = /[,\u202f\u00a0](?=\p{N}{3}(?!\p{N}))/gu;
const UPPER = /^\p{Lu}/u;

/** A clock time written with a colon ("9:30", "16:00"): hours to 23, minutes to 59. */
const COLON_CLOCK = /^([01]?\p{N}|2[0-3]):([0-5]\p{N})$/u;

/**
 * "1,400" → "1400", "6am" → "6", "1.30" stays, "16:00" → "16.00": the figure, however a house
 * style writes it (a utility's notice prints its hours with a colon, a paper's rewrite with a point).
 */
function numberStem(piece: string): string {
  const digits = piece.replace(/\p{L}+$/u, '').replace(COLON_CLOCK, '$1.$2');
  return digits.length > 3 ? digits.replace(THOUSANDS, '') : digits;
}

/** A possessive or elided tail goes ("bridge's" → "bridge", "l'usine" → "usine"). */
function dropApostrophe(w: string): string {
  const i = Math.max(w.indexOf("'"), w.indexOf('’'));
  if (i < 0) return w;
  // A short head is an elided article ("l'", "d'", "dell'"); otherwise the tail is a suffix.
  return i <= 4 && w.length - i > 3 ? w.slice(i + 1) : w.slice(0, i);
}

/** Character pairs of an unspaced run, so Chinese or Japanese text still has comparable units. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

interface Raw {
  word: string;
  initial: boolean;
}

/**
 * A figure written against an unspaced script ("11月10日", "米ドル152円"): no space parts it from
 * the words, so without one added the figure is read as letters of a word, or its unit and the
 * words after it as the figure's unit letters, and a rate or a draw number is no figure at all.
 */
const FIGURE_IN_UNSPACED = new RegExp(
  `(?<=\\p{N})(?=${UNSPACED.source})|(?<=${UNSPACED.source})(?=\\p{N})`,
  'gu',
);

/** Words and numbers of a text with whether each starts a sentence (its case says nothing then). */
function pieces(text: string): Raw[] {
  const out: Raw[] = [];
  let initial = true;
  // Figures in any script's digits ("۱۲", "១៥") are the same figures as "12", "15".
  const folded = asciiDigits(text.normalize('NFKC')).replace(FIGURE_IN_UNSPACED, ' ');
  for (const p of folded.match(PIECE) ?? []) {
    if (SENTENCE_END.test(p)) {
      initial = true;
      continue;
    }
    out.push({ word: p, initial });
    initial = false;
  }
  return out;
}

const WHOLE = /^\p{N}+(?:[,\u202f\u00a0]\p{N}{3})*$/u;
const MINOR = /^\p{N}{1,2}$/u;
const WORD = /^\p{L}/u;

/**
 * The hundredths a whole figure may be followed by (see Token.hundredths): one or two words (a
 * unit, written with an inner mark such as "so‘m" it is two pieces), a figure of one or two digits,
 * then a word (its subunit).
 */
function hundredthsAfter(all: readonly Raw[], i: number): string | undefined {
  if (!WHOLE.test(all[i]?.word ?? '')) return undefined;
  for (const gap of [1, 2]) {
    const unit = all.slice(i + 1, i + 1 + gap);
    const minor = all[i + 1 + gap];
    if (unit.length < gap || unit.some((u) => !WORD.test(u.word) || u.initial)) return undefined;
    if (minor && MINOR.test(minor.word) && !minor.initial && WORD.test(all[i + 2 + gap]?.word ?? '')) {
      return minor.word;
    }
  }
  return undefined;
}

/** Turns text into tokens for one item: its language's stopwords and stemmer, its names. */
export class Tokenizer {
  readonly #lang: StopwordLanguage | null;
  readonly #stops: ReadonlySet<string>;
  readonly #stem: (w: string) => string;
  /** Stems this item writes capitalised in mid-sentence: names (and, in German, nouns). */
  readonly #capitalised = new Set<string>();

  constructor(sample: string, declared?: string | null) {
    this.#lang = guessLanguage(sample, declared);
    // A declared language no guess considers (Lithuanian, Slovene) still has its own resources.
    const code = this.#lang ? null : (declared ?? '').slice(0, 2).toLowerCase();
    this.#stops = (code && declaredStopwords(code)) || stopwordSet(this.#lang);
    const snowball = this.#lang ? STEMMERS[this.#lang] : code ? DECLARED_STEMMERS[code] : undefined;
    this.#stem =
      snowball ?? ((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
    for (const { word, initial } of pieces(sample)) {
      if (!initial && UPPER.test(word)) this.#capitalised.add(this.#stemOf(word.toLowerCase()));
    }
  }

  /** Stems already computed for this text: a story repeats its words, and stemming is the main cost. */
  readonly #stems = new Map<string, string>();

  #stemOf(lowered: string): string {
    let stem = this.#stems.get(lowered);
    if (stem === undefined) {
      stem = this.#stem(dropApostrophe(lowered));
      this.#stems.set(lowered, stem);
    }
    return stem;
  }

  /**
   * Content tokens in reading order: no function words, no one- or two-letter words. A word is
   * specific when capitalised mid-sentence, or capitalised at a sentence start and written so
   * mid-sentence elsewhere; `titleCase` text (a headline) takes that from the body alone.
   */
  tokens(text: string, titleCase = false): Token[] {
    const out: Token[] = [];
    const all = pieces(text);
    for (const [i, { word, initial }] of all.entries()) {
      const first = word.charCodeAt(0);
      if (first >= 0x30 && first <= 0x39) {
        const hundredths = hundredthsAfter(all, i);
        out.push({
          stem: numberStem(word),
          specific: true,
          lower: false,
          isNumber: true,
          ...(hundredths && { hundredths }),
        });
        continue;
      }
      if (first >= 0x2e80 && UNSPACED.test(word)) {
        for (const b of bigrams(word)) out.push({ stem: b, specific: false, lower: true, isNumber: false });
        continue;
      }
      if (SEGMENTED.test(word)) {
        for (const w of brokenWords(word)) {
          if (!this.#stops.has(w)) out.push({ stem: w, specific: false, lower: true, isNumber: false });
        }
        continue;
      }
      const lowered = word.toLowerCase();
      if (lowered.length < 3 || this.#stops.has(lowered) || this.#stops.has(dropApostrophe(lowered))) {
        continue;
      }
      const stem = this.#stemOf(lowered);
      const upper = UPPER.test(word);
      const specific = upper && (titleCase || initial ? this.#capitalised.has(stem) : true);
      out.push({ stem, specific, lower: word === lowered, isNumber: false });
    }
    return out;
  }
}
