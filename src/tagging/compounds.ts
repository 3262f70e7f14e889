import type { StopwordLanguage } from '../language/stopwords.js';

/** Languages that write noun compounds as one word ("Hochwasserschutz", "brandweerman", "regnväder"). */
export const COMPOUNDING: ReadonlySet<StopwordLanguage> = new Set(['de', 'nl', 'sv', 'da', 'nb', 'fi']);

/** Shortest part worth looking up: shorter ones turn up inside unrelated words by chance. */
const MIN_PART = 5;
/** Longest word split: real compounds stay below it, and the search grows with its square. */
const MAX_WORD = 40;

/**
 * The known words a compound is made of, longest first and without overlap: with "wasser" and
 * "hochwasser" known, "Landeshochwasserzentrum" gives ["hochwasser"]. `known` is asked about
 * lowercase substrings; a word that is itself known gives nothing (it is looked up whole).
 */
export function compoundParts(word: string, known: (part: string) => boolean): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_PART + 3 || w.length > MAX_WORD || known(w)) return [];
  const taken: boolean[] = new Array<boolean>(w.length).fill(false);
  const parts: string[] = [];
  for (let len = w.length - 1; len >= MIN_PART; len--) {
    for (let i = 0; i + len <= w.length; i++) {
      if (taken.slice(i, i + len).some(Boolean)) continue;
      const part = w.slice(i, i + len);
      if (!known(part)) continue;
      parts.push(part);
      for (let k = i; k < i + len; k++) taken[k] = true;
    }
  }
  return parts;
}
