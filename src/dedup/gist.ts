import { stopwordSet } from '../language/stopwords.js';
import { hashSet } from './hash.js';
import { bigrams, UNSPACED } from './tokens.js';

/** Function words of every language we read: a gist is taken before the language is known. */
const FUNCTION_WORDS = stopwordSet(null);

/** Letters kept of each word: enough to tell words apart, few enough to ignore most inflection. */
const PREFIX = 5;

/** A word with its combining marks (the vowel signs of Devanagari, Bengali, Tamil are marks). */
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Words of this many characters or more; shorter ones are mostly function words in every language. */
const MIN_WORD = 4;

function* prefixes(texts: Iterable<string>): Generator<string> {
  for (const text of texts) {
    for (const w of text.toLowerCase().match(WORD) ?? []) {
      if (UNSPACED.test(w)) {
        if (w.length > 1) yield* bigrams(w);
      } else if (w.length >= MIN_WORD && !FUNCTION_WORDS.has(w)) yield w.slice(0, PREFIX);
    }
  }
}

/**
 * A cheap sketch of some texts' vocabulary: the first letters of their longer words, hashed and
 * sorted. No language, stemmer or stopword list of one language is needed, so a stored item's gist
 * costs a fraction of its fingerprint; candidates whose gist shares too little with an incoming
 * item's are rejected before they are fingerprinted (most candidates a large store offers are
 * chance matches on a common word).
 */
export const gistOf = (texts: Iterable<string>): Uint32Array => hashSet(prefixes(texts));
