/** The Devanagari block's first code point: the layout the other Brahmic blocks of Unicode repeat. */
const DEVANAGARI = 0x0900;

/**
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam: Unicode lays out each
 * of these blocks as Devanagari's (after ISCII), a letter at the same offset in every block.
 */
const BRAHMIC_BLOCKS: readonly number[] = [0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00];

/**
 * A Devanagari word spelled in each sibling script (Hindi "फोटो" as Punjabi "ਫੋਟੋ", Gujarati
 * "ફોટો"): a loanword these languages share is written letter for letter alike. Spellings that
 * fall on a letter the script lacks are left out.
 */
export function brahmicSpellings(word: string): string[] {
  if (!/^[\u0900-\u097f]+$/u.test(word)) return [];
  return BRAHMIC_BLOCKS.map((block) =>
    [...word].map((c) => String.fromCodePoint(c.codePointAt(0)! - DEVANAGARI + block)).join(''),
  ).filter((w) => !/\p{Cn}/u.test(w));
}

/** A Devanagari word and its spellings in the sibling scripts. */
export const inEveryBrahmicScript = (word: string): string[] => [word, ...brahmicSpellings(word)];
