import { ownFunctionWords, stopwordSet, type StopwordLanguage } from '../../language/stopwords.js';
import { INSTITUTION_NOUNS } from '../institution-nouns.js';
import { languageLikeness } from '../language.js';
import { ORG_OPENERS, SENTENCE_CASE_HEADS } from '../words.js';
import { stripElided } from './mentions.js';

/**
 * Bodies named by an institution noun that the rest of the name follows in lower case, as most
 * languages but English and German write them: "Úrad práce v Exampleve", "Conseil régional de
 * Normandie", "Ministerstvo kultury". The noun opens the name and is capitalised; ordinary words
 * and linking words ("de", "v", "za") follow. The name runs on to a capitalised name that a linking
 * word brings in ("… de Normandie"); with none, it is the noun and the one word that qualifies it.
 */

/** Languages whose wordnet is filed under another tag: Croatian and Bosnian under Serbo-Croatian. */
const SAME_NOUNS: Record<string, string> = { hr: 'sr', bs: 'sr', nn: 'nb', no: 'nb' };

const nounsByLanguage = new Map<string, ReadonlySet<string>>();

/** The institution nouns of a language: the wordnet's and the program's own opener words. */
function institutionNouns(language: string): ReadonlySet<string> {
  let nouns = nounsByLanguage.get(language);
  if (!nouns) {
    const listed = INSTITUTION_NOUNS[SAME_NOUNS[language] ?? language] ?? '';
    nouns = new Set([...listed.split(' ').filter(Boolean), ...ORG_OPENERS, ...SENTENCE_CASE_HEADS]);
    nounsByLanguage.set(language, nouns);
  }
  return nouns;
}

/** Most ordinary words between the noun and the capitalised name a linking word brings in. */
const MAX_WORDS_BEFORE_NAME = 2;
/** Most words of that capitalised name. */
const MAX_NAME_WORDS = 3;
/** Most letters of a linking word ("de", "des", "del", "pour"): longer function words are verbs or pronouns. */
const MAX_LINK_LETTERS = 4;

/** Most linking words between a capitalised name and an institution noun that goes on with it ("et de la"). */
const MAX_LINKS_BACK = 3;

/** Words of a text with the punctuation that ends a name as tokens of their own. */
const tokensOf = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}'’-]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];

const capitalised = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
const lowercase = (w: string): boolean => /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(w);

/**
 * Whether a sentence starts at the token: every word is capitalised there, so the noun may be the
 * ordinary one ("Nemocnice oznámila", the hospital said); so after a colon, as headlines write.
 */
const opensSentence = (tokens: string[], i: number): boolean =>
  i === 0 || /^[.!?…"“”«»„:;—–-]$/u.test(tokens[i - 1] ?? '');

/**
 * The name a capitalised institution noun at `i` opens, or null; `stop` holds the language's
 * function words. A capitalised name that a linking word brings in after an ordinary word closes
 * it ("Conseil régional de Normandie"); else it is the noun and the one word that qualifies it
 * ("Conseil communal"), unless a linking word follows that one (the name goes on, to an end
 * nothing tells) or a capitalised word does (the word was a linking word the lists lack).
 */
function nameAt(tokens: string[], i: number, stop: ReadonlySet<string>): string | null {
  const link = (w: string): boolean => lowercase(w) && w.length <= MAX_LINK_LETTERS && stop.has(w);
  const content = (w: string): boolean => lowercase(w) && !stop.has(w);
  // Brought in by a linking word after an ordinary one: the capitalised name closes the body's name.
  let k = i + 1;
  let before = 0;
  for (; k < tokens.length && before <= MAX_WORDS_BEFORE_NAME; k++) {
    const w = tokens[k] ?? '';
    if (content(w)) before++;
    else if (!link(w)) break;
  }
  const last = tokens[k - 1] ?? '';
  if (before && before <= MAX_WORDS_BEFORE_NAME && capitalised(tokens[k] ?? '') && link(last)) {
    let end = k;
    while (end < tokens.length && end - k < MAX_NAME_WORDS && capitalised(tokens[end] ?? '')) end++;
    return tokens.slice(i, end).join(' ');
  }
  const [next = '', after = ''] = tokens.slice(i + 1, i + 3);
  return content(next) && !capitalised(after) && !link(after) ? `${tokens[i]} ${next}` : null;
}

/**
 * Whether the noun goes on a capitalised name: right after a capitalised word that is no function
 * word ("Exampleby Bank sagde"), or after linking words that follow one ("Universidad Andina del
 * Centro", "ministère de la Santé et de l'Action sociale").
 */
function insideName(tokens: string[], i: number, stop: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k >= 0 && lowercase(tokens[k] ?? '') && stop.has(tokens[k] ?? '') && i - k <= MAX_LINKS_BACK) k--;
  const before = tokens[k] ?? '';
  // A sentence's first word is capitalised whatever it is ("Secondo la Polizia cantonale").
  return capitalised(before) && !stop.has(before.toLowerCase()) && (k === i - 1 || !opensSentence(tokens, k));
}

/** Languages that capitalise every word of such a name (English) or every noun (German). */
const CAPITALISING = new Set(['en', 'de']);

/**
 * The article's language and its function words: those of the stopword lists the program reads,
 * else the package list its words fit best, the language told by its letters. Null for English
 * and German, and where nothing tells.
 */
function languageRead(
  texts: readonly string[],
  language: StopwordLanguage | null,
  likeness?: ReadonlyMap<string, number>,
): { tag: string; stop: ReadonlySet<string> } | null {
  if (language) return CAPITALISING.has(language) ? null : { tag: language, stop: stopwordSet(language) };
  const text = texts.join('\n');
  const tag = [...(likeness ?? languageLikeness(text))].find(([, v]) => v === 1)?.[0];
  const stop = ownFunctionWords(text.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? []);
  return tag && stop && !CAPITALISING.has(tag) ? { tag, stop } : null;
}

/**
 * Bodies named by an institution noun and words in lower case, in the order they come. A noun
 * that goes on a capitalised name is that name's; one that is a word of a person's name (`named`)
 * is the person's. `likeness` is languageLikeness of the texts joined, when the caller has it.
 */
export function headNounNames(
  texts: readonly string[],
  language: StopwordLanguage | null,
  named: ReadonlySet<string> = new Set(),
  likeness?: ReadonlyMap<string, number>,
): string[] {
  const read = languageRead(texts, language, likeness);
  if (!read) return [];
  const nouns = institutionNouns(read.tag);
  const out: string[] = [];
  for (const text of texts) {
    const tokens = tokensOf(text).map(stripElided);
    tokens.forEach((w, i) => {
      if (!capitalised(w) || !nouns.has(w.toLowerCase()) || named.has(w)) return;
      if (opensSentence(tokens, i) || insideName(tokens, i, read.stop)) return;
      const name = nameAt(tokens, i, read.stop);
      if (name && !out.includes(name)) out.push(name);
    });
  }
  // "Conseil régional" is the body that "Conseil régional de Normandie" names in full.
  return out.filter((n) => !out.some((m) => m !== n && m.startsWith(`${n} `)));
}
