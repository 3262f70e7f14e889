import { inEveryBrahmicScript } from '../../language/brahmic.js';
import { CASELESS_FUNCTION_WORDS } from '../../language/stopwords.js';
import { isInstitutionWord } from './brahmic-bodies.js';

/**
 * Persons quoted in the Brahmic scripts of India and their neighbours: news gives a speaker as
 * role, given name and family name, then the verb of saying ("अध्यक्ष A B ने कहा", "ಅಧಿಕಾರಿ A B
 * ತಿಳಿಸಿದರು"). The two words before the verb (and its agent marker) are the name when the word
 * before them is a content word (the role) or a title's abbreviation ("डॉ."), not a function
 * word: "… के स्थानीय लोगों ने कहा" (local people said) names nobody. No package lists verbs of
 * saying in these languages, so the few below are typed.
 */

/**
 * Said, told, informed: Hindi, Marathi, Gujarati, Punjabi, Bengali, Assamese, Oriya,
 * Kannada, Malayalam, Tamil, Telugu.
 */
const SAID = new Set(
  `कहा बताया सांगितले જણાવ્યું કહ્યું ਦੱਸਿਆ ਕਿਹਾ বলেন জানান বললেন কয় କହିଛନ୍ତି
   ತಿಳಿಸಿದರು ಹೇಳಿದರು പറഞ്ഞു അറിയിച്ചു கூறினார் தெரிவித்தார் கூறுகையில் చెప్పారు తెలిపారు`.split(/\s+/u),
);
/** Agent markers written apart (Hindi, Punjabi), and "its saying is" (Hindi "का कहना"). */
const AGENT = new Set(['ने', 'ਨੇ']);
/** Agent endings glued to the family name: Gujarati "-એ", Nepali "-ले", Assamese "-ৱে". */
const GLUED_AGENT = /(?:એ|ले|ৱে)$/u;

/**
 * Pronouns of the languages the stopword package does not list (he, she, they: Tamil, Malayalam,
 * Kannada, Telugu) and Hindi's "he" with its agent marker: "… அவர் கூறினார்" names nobody.
 */
const PRONOUNS = new Set('அவர் அவள் அவர்கள் അദ്ദേഹം അവർ അവൾ ಅವರು ಅವನು ఆయన ఆమె వారు उन्होंने'.split(' '));
/**
 * Middle names that put a third word in a name ("A कुमार B"), in each sibling script; Dravidian
 * scripts close the last consonant with a virama ("குமார்").
 */
const MIDDLE = new Set(['कुमार', 'कुमार्', 'सिंह', 'सिंघ'].flatMap(inEveryBrahmicScript));
/** Letters a word of a name has at most, its vowel signs aside: longer words are verbs' forms. */
const MAX_NAME_LETTERS = 6;

const TOKEN = /[\p{L}\p{M}\u200c\u200d]+|[\p{N}\p{P}]+/gu;
const BRAHMIC = /^[\u0900-\u0d7f]/u;
const plain = (w: string | undefined): w is string =>
  !!w &&
  BRAHMIC.test(w) &&
  /^\p{L}/u.test(w) &&
  !CASELESS_FUNCTION_WORDS.has(w) &&
  !SAID.has(w) &&
  !AGENT.has(w) &&
  !PRONOUNS.has(w);
const nameWord = (w: string | undefined): w is string =>
  plain(w) && !isInstitutionWord(w) && (w.match(/\p{L}/gu) ?? []).length <= MAX_NAME_LETTERS;
/** A title's abbreviation before a name ("डॉ.", "ਡਾ."): a short word and its dot. */
const titleDot = (t: readonly string[], k: number): boolean =>
  t[k] === '.' && [...(t[k - 1] ?? '')].length <= 4 && plain(t[k - 1]);

/** The person whose name stands before the verb of saying at `i`, if any. */
function speaker(t: readonly string[], i: number): string | null {
  let end = i;
  if (AGENT.has(t[i - 1] ?? '')) end = i - 1;
  else if (t[i - 1] === 'का' && t[i] === 'कहना') end = i - 1;
  const [a, b] = [t[end - 2], t[end - 1]];
  if (!nameWord(a) || !nameWord(b)) return null;
  // A middle name takes the given name before it ("A कुमार B").
  const start = MIDDLE.has(a) && nameWord(t[end - 3]) ? end - 3 : end - 2;
  if (!plain(t[start - 1]) && !titleDot(t, start - 1)) return null;
  const family = end === i && GLUED_AGENT.test(b) ? b.replace(GLUED_AGENT, '') : b;
  return [...family].length >= 2 ? [...t.slice(start, end - 1), family].join(' ') : null;
}

/** Persons of a Brahmic-script text named as speakers. */
export function brahmicPersons(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const t = text.match(TOKEN) ?? [];
    t.forEach((w, i) => {
      const name = SAID.has(w) || w === 'कहना' ? speaker(t, i) : null;
      if (name && !out.includes(name)) out.push(name);
    });
  }
  // "Dr B" after "A B": the family name with a title is the short form of the full name.
  const last = (n: string): string => n.split(' ').pop() ?? '';
  return out.filter((n) => !out.some((m) => m !== n && last(m) === last(n) && m.split(' ').length > 2));
}
