import { inEveryBrahmicScript } from '../../language/brahmic.js';
import { CASELESS_FUNCTION_WORDS } from '../../language/stopwords.js';

const BRAHMIC = /[\u0900-\u0d7f]/u;

/**
 * Bodies named in the Brahmic scripts of India and their neighbours, whose languages put the
 * institution word last ("X विभाग", X department; "X ಇಲಾಖೆ"): the words before it, back to a
 * function word or punctuation. No package lists institution words in these languages, so the
 * few below are typed; Hindi ones are written in each sibling script by Unicode's shared layout.
 */

/** Department, union, board, council, corporation, commission, committee, authority, university, hospital, party… */
const DEVANAGARI_CLOSERS =
  'विभाग संघ बोर्ड परिषद निगम आयोग समिति प्राधिकरण विश्वविद्यालय अस्पताल पार्टी यूनियन कॉर्पोरेशन करपोरेशन कंपनी लिमिटेड एसोसिएशन अधिदप्तर';
/**
 * Dravidian languages' own words: department, union, board (Kannada); department, municipality
 * (Malayalam); department, committee, corporation (Tamil); department (Telugu).
 */
const OWN_CLOSERS = 'ಇಲಾಖೆ ಒಕ್ಕೂಟ ಮಂಡಳಿ വകുപ്പ് നഗരസഭ துறை குழு శాఖ';
/**
 * Levels of government: a body named by its level alone ("जिला परिषद", district council; "नगर
 * निगम", municipal corporation) is one every district or town has, a common noun. Local,
 * district (Hindi and Bengali spellings, Bengali's y with its dot), village, town, state.
 */
const LEVELS = 'स्थानीय स्थानीय़ जिला जिले जेला ग्राम नगर राज्य';

const LEVEL_WORDS: ReadonlySet<string> = new Set(LEVELS.split(' ').flatMap(inEveryBrahmicScript));
const CLOSERS: ReadonlySet<string> = new Set([
  ...DEVANAGARI_CLOSERS.split(' ').flatMap(inEveryBrahmicScript),
  ...OWN_CLOSERS.split(' '),
]);

/** Words of these scripts with their signs and joiners, and the punctuation that ends a name. */
const TOKEN = /[\p{L}\p{M}\u200c\u200d]+|[\p{N}\p{P}]+/gu;
/** A case ending glued to the institution word ("বোর্ডের"): a few letters and signs. */
const MAX_ENDING = 3;
/** Shortest institution word that may carry an ending: a shorter one begins other words ("संघर्ष"). */
const MIN_INFLECTED = 4;
/** Words before the institution word a body named once may take, back to a function word. */
const MAX_BEFORE = 3;
/** Where a script has no function-word list, a body named once takes one word: a verb may precede it. */
const MAX_BEFORE_UNLISTED = 1;
/** The Unicode block of a letter (128 code points in these scripts). */
const blockOf = (w: string): number => (w.codePointAt(0) ?? 0) & ~0x7f;
/** Blocks of the scripts whose languages the stopword package lists (Devanagari, Bengali…). */
const LISTED_BLOCKS: ReadonlySet<number> = new Set(
  [...CASELESS_FUNCTION_WORDS].filter((w) => BRAHMIC.test(w)).map(blockOf),
);

/** The institution word a token is, with or without a case ending. */
export const isInstitutionWord = (w: string): boolean => !!closerOf(w);
function closerOf(w: string): string | null {
  if (CLOSERS.has(w)) return w;
  for (let cut = 1; cut <= MAX_ENDING; cut++) {
    const stem = w.slice(0, -cut);
    if (stem.length >= MIN_INFLECTED && CLOSERS.has(stem)) return stem;
  }
  return null;
}

const plain = (w: string | undefined): w is string =>
  !!w && BRAHMIC.test(w) && /^\p{L}/u.test(w) && !CASELESS_FUNCTION_WORDS.has(w) && !closerOf(w);

/** The words that share their end with another list's. */
function commonEnd(a: readonly string[], b: readonly string[]): string[] {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/**
 * Bodies of a Brahmic-script text: the institution word in its plain form and the words before
 * it. Named more than once, a body is what every mention has in common; where no function word
 * can bound it, one word before the institution word.
 */
export function brahmicBodies(texts: readonly string[]): string[] {
  const byHead = new Map<string, { runs: string[][]; bounded: boolean }>();
  for (const text of texts) {
    const t = text.match(TOKEN) ?? [];
    t.forEach((w, i) => {
      const closer = closerOf(w);
      if (!closer) return;
      let k = i;
      while (k > 0 && i - k < MAX_BEFORE + 1 && plain(t[k - 1])) k--;
      if (k === i) return;
      const key = `${t[i - 1] ?? ''} ${closer}`;
      const seen = byHead.get(key) ?? { runs: [], bounded: LISTED_BLOCKS.has(blockOf(w)) };
      seen.runs.push([...t.slice(k, i), closer]);
      byHead.set(key, seen);
    });
  }
  return [...byHead.values()]
    .map(({ runs, bounded }) => {
      const name = runs.reduce((a, b) => commonEnd(a, b));
      return bounded ? name : name.slice(-(MAX_BEFORE_UNLISTED + 1));
    })
    .filter((name) => !LEVEL_WORDS.has(name[0] ?? ''))
    .map((name) => name.join(' '));
}
