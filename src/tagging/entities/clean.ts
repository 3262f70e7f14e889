import { isStopword } from '../../language/stopwords.js';
import { nameKey, type Gazetteer } from '../gazetteer.js';
import {
  CALENDAR,
  CONNECTORS,
  EXCLUDED_HEADS,
  EXCLUDED_OPENERS,
  FUNCTION_WORDS,
  GERMAN_ARTICLES,
  isCalendarForm,
  isCalendarSpelling,
  LOCATIVE_HEADS,
  ORG_HEADS,
  ORG_OPENERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  TITLES,
} from '../words.js';
import { streetHead } from './ways.js';
import { isVietnameseFamilyName } from './vietnamese.js';
import { NAME_TAGS } from './groups.js';
import {
  endsInstitution,
  isCommonWord,
  isDemonym,
  isGivenName,
  isTitle,
  keyOf,
  namesInstitution,
  lastWord,
  stripElided,
  trimConnectors,
  type Mention,
} from './mentions.js';
import { isAnyGivenName } from '../given-names.js';
import { sameStem } from './sentence-case.js';
import { isUpper, lower } from './tokens.js';
import { NAME_PARTICLES } from '../../language/name-particles.js';

export const NAME_OPENERS = new Set(
  'north south east west northern southern eastern western central upper lower new great greater little far old san santa saint st mount port lake'.split(
    ' ',
  ),
);

/**
 * A capitalised word that is no name: a title or role, or an ordinary word (the lexicon knows it
 * only as one, or the article also writes it in lowercase). A word known to no list may be a
 * given name the lexicon lacks, so it is not one.
 */
function isRoleWord(w: string, ctx: CleanContext): boolean {
  const { gaz } = ctx;
  if (isUpper(w) || CONNECTORS.has(w) || gaz.entries.has(nameKey(w))) return false;
  if (isTitle(w, gaz)) return true;
  // "St." opens a saint's name; an abbreviation is no role.
  if (gaz.tags(lower(w)).includes('Abbreviation')) return false;
  return isCommonWord(w, gaz) || (!gaz.tags(lower(w)).length && usedLowercase(w, ctx.lowercaseWords));
}

/** The article's own lowercase use of a word (or its plural/singular) marks it as an ordinary word. */
export function usedLowercase(w: string, lowercaseWords: Set<string>): boolean {
  const l = lower(w);
  return (
    lowercaseWords.has(l) ||
    lowercaseWords.has(`${l}s`) ||
    (l.endsWith('s') && lowercaseWords.has(l.slice(0, -1)))
  );
}

export interface CleanContext {
  gaz: Gazetteer;
  lowercaseWords: Set<string>;
  /** Keys of names seen away from sentence starts (and their tails). */
  midKeys: Set<string>;
  /** How often each whole run occurs. */
  runCounts: Map<string, number>;
  /** Keys of the last words of runs of several words ("senate" of "State Senate"). */
  lastWords: Set<string>;
  /** The article's language, when it could be told. */
  language: string | null;
  /** Keys of words the article also writes as a name of one word ("Oelmann" alone: a surname). */
  loneKeys: Set<string>;
  /** How many runs end in each key ("mlay" of "Peter Mlay" and of "Mlay" alone). */
  endings: Map<string, number>;
  /** Everyday words of the text's spoken list (everyday.ts), lowercase. */
  everyday: ReadonlySet<string>;
}

/**
 * A function word of the typed list or of the article's language ("Het KNMI", "La Ville"). Where
 * the language is told, another language's function word that is a given name is a name
 * ("Anders", German "differently", opens a Danish person's name).
 */
function isFunctionWord(w: string, ctx: CleanContext): boolean {
  if (ctx.language && isStopword(w, ctx.language)) return true;
  if (ctx.language && isAnyGivenName(w)) return false;
  return FUNCTION_WORDS.has(lower(w));
}

/**
 * A one-word name the article also uses inside a sentence in another case form: "Obyvatelé
 * Lesné" opens a sentence, "na Lesnou" shows the name. Not in English, which does not inflect.
 */
function inflectedElsewhere(rest: string[], ctx: CleanContext): boolean {
  if (rest.length !== 1 || ctx.language === 'en') return false;
  const key = keyOf(rest);
  return [...ctx.midKeys].some((k) => !k.includes(' ') && k !== key && sameStem(k, key));
}

/**
 * A word of everyday speech in the text's language ("according to", "the company", "on
 * Saturday"), which opens a sentence rather than the name after it; not a listed name.
 */
const everydayOpener = (w: string, ctx: CleanContext): boolean =>
  ctx.everyday.has(lower(w)) && !NAME_OPENERS.has(lower(w)) && !ctx.gaz.entries.has(nameKey(w));

/** Strips sentence openers, titles and nationalities from a run, leaving the name. */
export function cleanMention(m: Mention, ctx: CleanContext): Mention | null {
  const { gaz } = ctx;
  let words = m.words;
  let initial = m.initial;
  let titled = m.titled;
  let placeCue = m.afterPlacePreposition;
  let afterArticle = m.afterArticle;
  const known = (ws: string[]): boolean =>
    ctx.midKeys.has(keyOf(ws)) || gaz.entries.has(nameKey(ws.join(' ')));
  // Sentence openers that are ordinary words ("Visitors to Morlaix", "Earlier TRK walkouts").
  while (initial && words.length) {
    const f = words[0] ?? '';
    const rest = trimConnectors(words.slice(1));
    if (isUpper(f)) break;
    const functional = isFunctionWord(f, ctx) || CALENDAR.has(lower(f)) || isTitle(f, gaz);
    let strip = functional || (words.length > 1 && everydayOpener(f, ctx));
    if (!strip && words.length > 1 && !known(words)) {
      // "Earlier TRK walkouts": the rest is named elsewhere; not a given name seen twice ("Ada Okafor").
      const givenName =
        gaz.tags(lower(f)).some((t) => NAME_TAGS.includes(t)) || (ctx.runCounts.get(keyOf(words)) ?? 0) > 1;
      if (rest.length && (known(rest) || inflectedElsewhere(rest, ctx)) && !givenName) strip = true;
      // Adjectives often open names ("Open Harbour International"); other ordinary words do not.
      else if (!NAME_OPENERS.has(lower(f)))
        strip =
          !gaz.tags(lower(f)).includes('Adjective') &&
          (usedLowercase(f, ctx.lowercaseWords) || isCommonWord(f, gaz));
    }
    if (!strip) break;
    if (isTitle(f, gaz)) titled = true;
    if (PLACE_PREPOSITIONS.has(lower(f))) placeCue = true;
    if (GERMAN_ARTICLES.has(lower(f))) afterArticle = true;
    words = rest;
    initial = false;
  }
  // "Secondo l'Agenzia Nord": once the opener is gone, the elided article glued to the name goes.
  if (words.length && words !== m.words) words = [stripElided(words[0] ?? ''), ...words.slice(1)];
  // A capitalised article or preposition after a dash or dateline ("- The Bank of Canada").
  let afterPlacePreposition = placeCue;
  // Inside a sentence, after a lowercase word, a capitalised article is the name's own ("the
  // school De Linde", "near Te Awa", invented): the language writes its articles in lowercase.
  const ownArticle =
    !m.initial &&
    !m.headline &&
    /^\p{Ll}/u.test(m.previous ?? '') &&
    /^\p{Lu}\p{Ll}{1,2}$/u.test(words[0] ?? '');
  while (
    !ownArticle &&
    words.length > 1 &&
    isFunctionWord(words[0] ?? '', ctx) &&
    !gaz.entries.has(nameKey(words.join(' ')))
  ) {
    if (PLACE_PREPOSITIONS.has(lower(words[0] ?? ''))) afterPlacePreposition = true;
    words = trimConnectors(words.slice(1));
  }
  // Titles, roles and nationalities in front of a person ("Chilean President Ana Soto").
  if (
    words.length > 1 &&
    !endsInstitution(words) &&
    !namesInstitution(words) &&
    !PLACE_HEADS.has(lastWord(words)) &&
    !ORG_OPENERS.has(lower(words[0] ?? '')) &&
    !gaz.entries.has(nameKey(words.join(' ')))
  ) {
    let k = -1;
    words.forEach((w, i) => {
      const joins = CONNECTORS.has(words[i + 1] ?? '');
      if (i < words.length - 1 && !joins && (isTitle(w, gaz) || (i === k + 1 && isDemonym(w, gaz)))) k = i;
    });
    if (k >= 0) {
      if (words.slice(0, k + 1).some((w) => isTitle(w, gaz))) titled = true;
      words = trimConnectors(words.slice(k + 1));
      initial = false;
    }
  }
  // A person's name starts with the given name: an ordinary word before one is a role or a
  // description ("Resident Jane Doe", "Elder Tom Hale"), not a second given name ("José Luis").
  const given = words.findIndex((w, i) => i > 0 && (isGivenName(w, gaz) || isAnyGivenName(w)));
  if (
    given > 0 &&
    given <= words.length - 2 &&
    words.slice(0, given).every((w) => isRoleWord(w, ctx)) &&
    !endsInstitution(words) &&
    !namesInstitution(words) &&
    !gaz.entries.has(nameKey(words.join(' ')))
  ) {
    words = words.slice(given);
    titled = true;
    initial = false;
  }
  const role = leadingRole(words, initial, ctx, m.nextLower);
  if (role > 0) {
    words = words.slice(role);
    titled = true;
    initial = false;
  }
  if (!words.length) return null;
  return { ...m, words, initial, titled, afterPlacePreposition, afterArticle };
}

/**
 * How many words open a run before the person it names: "Richter Bernd Oelmann", "Ordfører
 * Halvard Bjørge" at a sentence start, with the surname on its own elsewhere in the article. In
 * most languages a role is a lowercase noun that only the sentence start capitalises (in German,
 * every noun), and no list knows them all; the lone surname shows where the name begins. The
 * name is taken as its last two words, or from a given name of any list on; a given name the
 * lexicon knows keeps the run whole ("Ana María Soto"), and so do runs that name a body or a
 * listed place.
 */
function leadingRole(words: string[], initial: boolean, ctx: CleanContext, nextLower = false): number {
  const { gaz } = ctx;
  if (words.length < 3 || !initial) return 0;
  // "Bæjarstjórinn Anna María Jónsdóttir": where the article's language has no name list, a
  // given name that any language's list knows shows where a name of two or three words begins.
  const any = words.findIndex((w, i) => i > 0 && words.length - i <= 3 && isAnyGivenName(w));
  const begin = any > 0 ? any : words.length - 2;
  const lead = words.slice(0, begin);
  const name = words.slice(begin);
  const given = name[0] ?? '';
  const surname = name[name.length - 1] ?? '';
  const listed = gaz.entries.get(nameKey(surname));
  const plain = (w: string): boolean =>
    !isUpper(w) &&
    !CONNECTORS.has(w) &&
    !isFunctionWord(w, ctx) &&
    !gaz.tags(lower(w)).some((t) => NAME_TAGS.includes(t) || t === 'Adjective') &&
    !gaz.entries.has(nameKey(w));
  // The surname alone elsewhere, or a given name the name lists know, shows where the name begins.
  // So does the shape of a sentence that opens with three capitalised words and goes on in
  // lowercase ("Dijkgraaf Margriet Wolters noemt…"): a role, then a given name and a surname,
  // where the language capitalises neither its roles (English) nor every noun (German).
  const shaped =
    words.length === 3 &&
    nextLower &&
    !!ctx.language &&
    ctx.language !== 'en' &&
    ctx.language !== 'de' &&
    !isAnyGivenName(words[0] ?? '') &&
    !NAME_OPENERS.has(lower(words[0] ?? ''));
  const named = any > 0 || ctx.loneKeys.has(keyOf([surname])) || isGivenName(given, gaz) || shaped;
  if (
    !named ||
    !lead.every(plain) ||
    name.some((w) => isFunctionWord(w, ctx) || !/^\p{Lu}\p{Ll}/u.test(w)) ||
    // A surname may be a small town's name too ("Tamm"), not a country's or a known city's.
    (!!listed && (any < 0 || !listed.weak)) ||
    endsInstitution(words) ||
    namesInstitution(words) ||
    words.some((w) => headWord(w) || PLACE_HEADS.has(lower(w))) ||
    gaz.entries.has(nameKey(words.join(' ')))
  )
    return 0;
  return lead.length;
}

/** A word that heads names of bodies ("council", "comune", "ministero"). */
const headWord = (w: string): boolean => {
  const l = lower(w);
  return ORG_HEADS.has(l) || LOCATIVE_HEADS.has(l) || ORG_OPENERS.has(l);
};

const EVENT_HEADS = new Set(
  'marathon festival cup trophy championship championships games parade fair expo awards olympics'.split(' '),
);

/** A Roman numeral of three letters or more, in its strict form (XIX, XVIII, XXI, III). */
const ROMAN_NUMERAL = /^(?=[IVXLC]{3,}$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/**
 * Events, streets and venues are not entities; nor are lone ordinary words. An event named
 * after a known place ("the Lisbon Marathon") still names the place.
 */
export function excluded(m: Mention, ctx: CleanContext): Mention | 'drop' | 'keep' {
  const { gaz } = ctx;
  const first = lower(m.words[0] ?? '');
  const last = lastWord(m.words);
  // A listed name is kept, unless it is a lone word the article also uses in lowercase ("union").
  const entry = gaz.entries.get(nameKey(m.words.join(' ')));
  if (
    entry &&
    (entry.canonical || m.words.length > 1 || !usedLowercase(m.words[0] ?? '', ctx.lowercaseWords))
  )
    return 'keep';
  // "Storm Ana", "Calle Mayor", and the opener alone for short ("the Camino", "the Tour").
  if (EXCLUDED_OPENERS.has(first)) return 'drop';
  // A body may be named after a kind of way ("Department of Roads"): its head word says so.
  const ofWays = headWord(m.words[0] ?? '') && CONNECTORS.has(m.words[1] ?? '');
  const street = streetHead(last, ctx.language) && !ofWays;
  if ((EXCLUDED_HEADS.has(last) || street) && !ORG_HEADS.has(last)) {
    const prefix = m.words.slice(0, -1);
    return EVENT_HEADS.has(last) && gaz.entries.has(nameKey(prefix.join(' ')))
      ? { ...m, words: prefix }
      : 'drop';
  }
  // "Minister of Transport", "Secretary of State": a title and what it is of name a post, not a
  // body; the place it is of is named ("Mayor of Exampleton").
  if (m.words.length > 2 && TITLES.has(first) && CONNECTORS.has(m.words[1] ?? '')) {
    const tail = trimConnectors(m.words.slice(1));
    return tail.length && gaz.entries.get(nameKey(tail.join(' ')))?.kind === 'place'
      ? { ...m, words: tail }
      : 'drop';
  }
  // "Chief Surgeon Dr. Name": a run that ends in a short title stops before the person it titles.
  if (m.words.length > 1 && last.length <= 4 && TITLES.has(last) && !m.words.some((x) => CONNECTORS.has(x)))
    return 'drop';
  if (m.words.length > 1) return 'keep';
  const w = m.words[0] ?? '';
  // A head word on its own ("la Provincia", "il Comune", "de Gemeente") names a body by its kind:
  // other languages capitalise such nouns as a matter of course, while English does so for one
  // body it means ("the Senate"). Unless it is short for a name the article gives in full.
  const generic = !!ctx.language && ctx.language !== 'en';
  if (generic && !isUpper(w) && headWord(w) && !ctx.lastWords.has(keyOf([w]))) return 'drop';
  // A Roman numeral counts a century, a congress or a king ("secolul XVIII"): no name alone.
  if (ROMAN_NUMERAL.test(w)) return 'drop';
  if (isUpper(w) || /^\p{Lu}{2,}s$/u.test(w)) {
    // A plural acronym ("GPUs", "MPs") counts things, it does not name a body.
    if (/^\p{Lu}{2,}s$/u.test(w)) return 'drop';
    return w.length > 2 && isCommonWord(w, gaz) ? 'drop' : 'keep';
  }
  // "Ariz.", "Calif.": abbreviations the lexicon knows are not names on their own.
  if (gaz.tags(lower(w)).includes('Abbreviation')) return 'drop';
  if (
    w.length < 2 ||
    FUNCTION_WORDS.has(lower(w)) ||
    CALENDAR.has(lower(w)) ||
    // A month or weekday in a case its table lacks ("Πέμπτης"); not a given name ("Marta").
    ((isCalendarForm(w) || isCalendarSpelling(w)) && !isAnyGivenName(w) && !isGivenName(w, gaz)) ||
    isTitle(w, gaz) ||
    isDemonym(w, gaz)
  )
    return 'drop';
  if (m.initial && isCommonWord(w, gaz)) return 'drop';
  // A word of everyday speech in the text's language ("Polizia", "Région") names a body by its
  // kind or is an ordinary word capitalised; a listed name was kept above, a given name stays.
  if (ctx.everyday.has(lower(w)) && !isAnyGivenName(w) && !isGivenName(w, gaz)) return 'drop';
  return usedLowercase(w, ctx.lowercaseWords) ? 'drop' : 'keep';
}

/** Words of a person's name after the given name: two or three, particles among them. */
const MAX_PERSON_WORDS = 4;

/**
 * A run that goes on into a person's name: a role ("Mhandisi Peter Mlay"), a place in the
 * genitive ("Examplea Jan Kowalski", the mayor of Examplea) or a body's acronym before a given
 * name. The person starts at a given name of any list that follows a word of no name list and no
 * particle; what stands before it is a name of its own where the article or the gazetteer
 * names it so elsewhere (in any case form), a role where its words are ordinary ones.
 */
export function splitAtPerson(m: Mention, ctx: CleanContext): Mention[] {
  const { words } = m;
  const { gaz } = ctx;
  if (words.length < 3 || NAME_OPENERS.has(lower(words[0] ?? ''))) return [m];
  if (gaz.entries.has(nameKey(words.join(' '))) || endsInstitution(words) || namesInstitution(words))
    return [m];
  const given = (w: string): boolean =>
    /^\p{Lu}\p{Ll}/u.test(w) && (isGivenName(w, gaz) || isAnyGivenName(w));
  const at = words.findIndex((w, i) => {
    const before = words[i - 1] ?? '';
    const person = words.slice(i);
    return (
      i > 0 &&
      person.length >= 2 &&
      person.length <= MAX_PERSON_WORDS &&
      given(w) &&
      !given(before) &&
      !CONNECTORS.has(before) &&
      !NAME_PARTICLES.has(lower(before)) &&
      person.every((x) => /^\p{Lu}\p{Ll}/u.test(x) || NAME_PARTICLES.has(lower(x))) &&
      /^\p{Lu}/u.test(person[person.length - 1] ?? '') &&
      !words.slice(0, i).some((x) => headWord(x) || ORG_HEADS.has(lower(x)))
    );
  });
  if (at < 0) return [m];
  const prefix = words.slice(0, at);
  const person: Mention = { ...m, words: words.slice(at), initial: false, titled: true };
  const key = keyOf(prefix);
  const named =
    isUpper(prefix.join('')) ||
    gaz.entries.has(nameKey(prefix.join(' '))) ||
    ctx.loneKeys.has(key) ||
    (prefix.length === 1 &&
      [...ctx.midKeys].some((k) => !k.includes(' ') && (k === key || sameStem(k, key))));
  // An unknown word before a given name may be a given name no list has ("Xosé Luis").
  if (named) return [{ ...m, words: prefix, titled: false }, person];
  const ordinary = prefix.every((w) => isRoleWord(w, ctx) || CONNECTORS.has(w));
  return ordinary || personElsewhere(words, at, ctx) || unnamedRole(prefix, ctx) ? [person] : [m];
}

/**
 * One word before a given name that no list knows as a name of any kind, where the article's
 * language has no word list to tell its roles by ("Kansela", "Insepeta", invented) or capitalises every
 * noun, roles among them (German): a role. A first given name is commoner than a second one and
 * so is listed wherever the second is. In a language we read, the word lists know its roles, and
 * an unknown word there is rather a given name they lack ("Xosé Luis"); a Vietnamese family name
 * opens the name it stands before.
 */
function unnamedRole(prefix: string[], ctx: CleanContext): boolean {
  const [w = ''] = prefix;
  const tags = ctx.gaz.tags(lower(w));
  return (
    prefix.length === 1 &&
    (ctx.language === null || ctx.language === 'de') &&
    !isVietnameseFamilyName(w) &&
    !isAnyGivenName(w) &&
    !isGivenName(w, ctx.gaz) &&
    !tags.some((t) => NAME_TAGS.includes(t) || t === 'LastName' || t === 'Person') &&
    !ctx.gaz.entries.has(nameKey(w))
  );
}

/**
 * The person of a run is named elsewhere without what stands before it: more runs end in its
 * surname ("Mlay" alone, "Peter Mlay") than in the whole run, so the word before is a role or a
 * title no list knows ("Mhandisi Peter Mlay"), not a given name the lists lack.
 */
function personElsewhere(words: string[], at: number, ctx: CleanContext): boolean {
  const whole = ctx.endings.get(keyOf(words)) ?? 0;
  for (let j = at + 1; j < words.length; j++)
    if ((ctx.endings.get(keyOf(words.slice(j))) ?? 0) > whole) return true;
  return false;
}
