import { spokenList } from './everyday.js';

/**
 * Letters a language writes joined to the next word as a particle ("the", "in", "and", "that" of
 * Hebrew and Persian are one letter before a word): a dictionary's headword or CLDR's keyword is
 * then hidden behind one or two such letters. They are told from the language's spoken frequency
 * list (everyday.ts): a letter is one when, put before the list's own words, it makes another word
 * of the list for at least this share of the list's longer words. A language of separate particles
 * stays well under it (English's commonest such letter, "s", about 1 %).
 */
const PROCLITIC_SHARE = 0.035;
/** Letters a word needs to count among the list's longer words; a remainder this long is a word. */
const LONGER = 4;
const REMAINDER = 3;
/** At most this many particles stand before a word ("and-the-", "that-in-"). */
const MOST_PARTICLES = 2;

/** The one-letter particles of a language (none for a language without a spoken list). */
export const procliticLetters = (lang: string): ReadonlySet<string> => procliticLettersOf(spokenList(lang));

/** The one-letter particles told from a spoken frequency list's words, lowercase. */
export function procliticLettersOf(words: readonly string[]): ReadonlySet<string> {
  const known = new Set(words);
  const longer = words.filter((w) => [...w].length >= LONGER);
  const counts = new Map<string, number>();
  for (const w of longer) {
    const [first = '', ...rest] = [...w];
    if (known.has(rest.join(''))) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= PROCLITIC_SHARE * longer.length).map(([l]) => l));
}

/**
 * The word without the particles that may stand joined before it, the shortest strip first: one
 * letter, then two, each a particle and leaving a word of REMAINDER letters or more.
 */
export function withoutProclitics(word: string, letters: ReadonlySet<string>): string[] {
  if (!letters.size) return [];
  const chars = [...word];
  const out: string[] = [];
  for (let n = 1; n <= MOST_PARTICLES && chars.length - n >= REMAINDER; n++) {
    if (!letters.has(chars[n - 1] ?? '')) break;
    out.push(chars.slice(n).join(''));
  }
  return out;
}
