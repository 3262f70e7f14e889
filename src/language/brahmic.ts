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

/** The nine blocks laid out alike: Devanagari's and its siblings'. */
const ALL_BLOCKS: readonly number[] = [DEVANAGARI, ...BRAHMIC_BLOCKS];

/** Each block spans 128 code points. */
const BLOCK_SIZE = 0x80;

/** Oriya's block, whose "ya" after a consonant or vowel is its own letter, YYA, not YA's place. */
const ORIYA = 0x0b00;
const ORIYA_YA = '\u0b2f';
const ORIYA_YYA = '\u0b5f';

/**
 * A word of any of the nine scripts laid out alike spelled in each of the others (Bengali
 * "নমস্কার" as Gujarati "નમસ્કાર"): a Sanskrit word these languages share is written letter for
 * letter alike. Oriya spells the same "ya" with YYA, so both of its spellings are given. Spellings
 * that fall on a letter the script lacks are left out.
 */
export function siblingSpellings(word: string): string[] {
  const first = word.codePointAt(0) ?? 0;
  const from = ALL_BLOCKS.find((b) => first >= b && first < b + BLOCK_SIZE);
  if (
    from === undefined ||
    ![...word].every((c) => c.codePointAt(0)! - from < BLOCK_SIZE && c.codePointAt(0)! >= from)
  )
    return [];
  const out: string[] = [];
  for (const block of ALL_BLOCKS) {
    if (block === from) continue;
    const spelled = [...word].map((c) => String.fromCodePoint(c.codePointAt(0)! - from + block)).join('');
    if (/\p{Cn}/u.test(spelled)) continue;
    out.push(spelled);
    if (block === ORIYA && spelled.includes(ORIYA_YA)) out.push(spelled.replaceAll(ORIYA_YA, ORIYA_YYA));
  }
  return out;
}
