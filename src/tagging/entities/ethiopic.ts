import { type Found, wordSet } from './found.js';

/**
 * Names in Ethiopic script (Amharic, Tigrinya): a person after a title ("አቶ A B", Mr A B: a given
 * name and the father's), a place before the noun of its kind ("X ከተማ", X city), and an Amharic
 * body from the genitive word that opens it to the institution word that closes it ("የX ክልል ጤና
 * ቢሮ", the X regional health bureau). No package lists these words, so the few below are typed.
 */

const set = wordSet;

/** Mr (Amharic, Tigrinya), Mrs, Miss, Doctor (spelled out and abbreviated), Engineer, Professor. */
const TITLES = set('አቶ ኣቶ ወይዘሮ ወ/ሮ ወይዘሪት ዶክተር ዶ/ር ኢንጂነር ፕሮፌሰር');
/** City, region, zone, district, lake: the place is the word before. */
const PLACE_NOUNS = set('ከተማ ክልል ዞን ወረዳ ሐይቅ');
/** Bureau, university, association, ministry, commission, authority, college. */
const CLOSERS = set('ቢሮ ዩኒቨርሲቲ ማኅበር ማህበር ሚኒስቴር ኮሚሽን ባለሥልጣን ኮሌጅ');
/** "In", "of", "for", "from" written as a syllable before the word. */
const PREFIX = /^[በየለከ]/u;
/** Words of the body a genitive may open, counting back from the institution word. */
const MAX_BODY_WORDS = 5;

const TOKEN = /[\p{Script=Ethiopic}/]+|[\p{N}\p{P}]+/gu;
const word = (w: string | undefined): w is string =>
  !!w && /^\p{Script=Ethiopic}/u.test(w) && !TITLES.has(w) && !/[፡።፣፤፥፦፧፨]/u.test(w);
/** A word without its prefix, where what is left is a name's length. */
const bare = (w: string): string => (PREFIX.test(w) && [...w].length >= 3 ? w.slice(1) : w);

function readText(t: readonly string[]): Found[] {
  const out: Found[] = [];
  t.forEach((w, i) => {
    const [a, b] = [t[i + 1], t[i + 2]];
    if (TITLES.has(w) && word(a) && word(b)) out.push({ kind: 'person', name: `${a} ${b}` });
    const before = t[i - 1];
    if (PLACE_NOUNS.has(w) && word(before) && !PLACE_NOUNS.has(before))
      out.push({ kind: 'place', name: bare(before) });
    if (CLOSERS.has(w)) {
      for (let k = i - 1; k >= 0 && i - k < MAX_BODY_WORDS && word(t[k]); k--)
        if (t[k]?.startsWith('የ')) {
          out.push({ kind: 'organisation', name: t.slice(k, i + 1).join(' ') });
          break;
        }
    }
  });
  return out;
}

/** Persons, places and bodies of an Ethiopic-script text. */
export function ethiopicFinds(texts: readonly string[]): Found[] {
  return texts.flatMap((text) => readText(text.match(TOKEN) ?? []));
}
