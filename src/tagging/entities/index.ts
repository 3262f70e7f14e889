import type { Entities } from '../../model/item.js';
import { forLanguage, nameKey, type Gazetteer } from '../gazetteer.js';
import { LEAST_EVERYDAY_SHARE, ownList } from '../everyday.js';
import { ARTICLE_TAKING_PARTICLES } from '../../language/name-particles.js';
import {
  isStopword,
  STOPWORD_LANGUAGES,
  stopwordLanguages,
  type StopwordLanguage,
} from '../../language/stopwords.js';
import { detectLanguage, languageLikeness, plausiblyIn } from '../language.js';
import { CONNECTORS, FUNCTION_WORDS, GERMAN_ARTICLES, ORG_HEADS } from '../words.js';
import { everydayWords } from '../everyday.js';
import { isAnyGivenName } from '../given-names.js';
import { caselessEntities } from './caseless.js';
import { caseForms } from './case-forms.js';
import { continentNames } from './locale-names.js';
import { lettersDecline, lettersStemmer, listedNominative } from './declined-places.js';
import { genitiveOwner, placeOfAdjective } from './german.js';
import { isVietnamese, withVietnameseBodies } from './vietnamese.js';
import { splitJoinedNames } from './joined-names.js';
import { cleanMention, excluded, splitAtPerson, type CleanContext } from './clean.js';
import { classify } from './classify.js';
import { looksLikePerson, resolveAliases, type Group } from './groups.js';
import { isGivenName, keyOf, segmentMentions, type Mention } from './mentions.js';
import { nominative, regionNominative } from './russian.js';
import { namesWay } from './ways.js';
import { headNounNames } from './head-nouns.js';
import { headedNames, quotedNames, recurringNames, sameStem } from './sentence-case.js';
import { apostropheNames, gluesPrefixes, isUpper, lower } from './tokens.js';

/** A text segment of an article and how much a name found there counts. */
export interface Segment {
  text: string;
  weight: number;
  /** Every word is capitalised (a title-case headline). */
  headline: boolean;
  /** The article's title, which restates its lead rather than using its names anew. */
  title?: boolean;
}

/** Institution words inside German compounds ("Gewerkschaft", "Bundesamt", "Ministerium"). */
const GERMAN_ORG_HEADS =
  /(gewerkschaft|verband|ministerium|amt|universität|partei|gmbh|^ag$|bank|gericht|polizei|stiftung|institut|verein|konzern|bahn|zentrum|dienst|werk|kammer|anstalt|behörde)$/u;

/** A compound ending in an institution word names the institution ("Landeswetterzentrum"). */
const germanInstitution = (w: string): boolean => {
  const head = GERMAN_ORG_HEADS.exec(lower(w));
  return !!head && w.length > head[0].length + 3;
};

/** German adjectives as they open names: derived ("Sächsisches", "Technische") or short and inflected ("Neue"). */
const GERMAN_ADJECTIVE = /(?:sch|lich|ig)(?:e|en|er|es|em)?$|^\p{L}{2,5}(?:e|en|er|es|em)$/u;

/**
 * Words of German speech ("Geld", "Zeit", "Betrieb"): nouns that a preposition does not make
 * places ("in Betrieb", "in Auftrag"). The whole spoken list, not its everyday depth: a place a
 * list of names lacks is rarer in speech than the rarest nouns of the list.
 */
const GERMAN_EVERYDAY = everydayWords('de', Infinity);

/** German names of the continents, which speech uses too ("in Europa"): places. */
const GERMAN_CONTINENTS = continentNames('de');

/** German articles of the genitive and dative, which join nouns but not names. */
const GENITIVE = new Set(['der', 'des', 'den', 'dem']);

/** Written in capitals throughout: six words or more, hardly a lowercase letter among them. */
function shouted(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lowerCase = text.match(/\p{Ll}/gu)?.length ?? 0;
  return text.split(/\s+/).length >= 6 && upper > 9 * lowerCase;
}

/** Scripts that have capital and small letters (Unicode's cased scripts). */
const CASED_SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Glagolitic',
  'Coptic',
  'Adlam',
  'Osage',
  'Deseret',
].map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));

/** Capitals an article must write in a script before its lack of small letters says anything. */
const MIN_CAPITALS = 20;

/**
 * Whether a word is in a cased script that the article writes in capitals only (Cherokee is often
 * printed so): there a capital marks no name, as in a script without case.
 */
function capitalsOnly(texts: readonly string[]): (word: string) => boolean {
  const letters = texts.join('\n').match(/[\p{Lu}\p{Ll}]/gu) ?? [];
  const uncased = CASED_SCRIPTS.filter((script) => {
    const own = letters.filter((c) => script.test(c));
    return own.length >= MIN_CAPITALS && own.every((c) => /\p{Lu}/u.test(c));
  });
  return (word) => uncased.some((script) => script.test(word[0] ?? ''));
}

/** A mention cut to its words in scripts whose capitals mean something; none when nothing is left. */
function withoutUncased(m: Mention, uncased: (word: string) => boolean): Mention[] {
  if (!m.words.some(uncased)) return [m];
  const from = m.words.findIndex((w) => !uncased(w));
  const to = m.words.findLastIndex((w) => !uncased(w));
  const words = from < 0 ? [] : m.words.slice(from, to + 1);
  return words.length && !words.some(uncased) ? [{ ...m, words, initial: false }] : [];
}

/** Share of words inside sentences written with a capital above which a text capitalises its nouns. */
const NOUN_CAPITALS = 0.35;

/**
 * Whether a text capitalises every noun, as German does and Low German and Luxembourgish with
 * it: so many words inside its sentences start with a capital that they cannot all be names.
 */
export function capitalisesNouns(segments: readonly Segment[]): boolean {
  let inside = 0;
  let capitals = 0;
  for (const s of segments) {
    if (s.headline) continue;
    for (const m of s.text.matchAll(/(?<=[\p{L}\p{N},]\s+)\p{L}+/gu)) {
      if (isUpper(m[0])) continue;
      inside++;
      if (/^\p{Lu}/u.test(m[0])) capitals++;
    }
  }
  return inside > 50 && capitals / inside >= NOUN_CAPITALS;
}

/** Sentences a city of the long list must open, outside headlines, to count without other support. */
const MIN_OPENER_USES = 2;

/** Times a German article must name a city of the long list, outside headlines, to count it. */
const MIN_CITY_USES = 3;

/**
 * Words a name may run to ("Ministry of Health and Social Protection of the Republic of X"): a
 * longer run of capitalised words and joiners is a headline-case line or a list, and counting
 * every tail of it would cost the square of its length.
 */
const MAX_NAME_WORDS = 14;

/** Different function words of a language an article must use for it to be told as that one. */
const MIN_DISTINCT_FUNCTION_WORDS = 3;

/** The lowercase words of the segments, in order. */
const textWords = (segments: readonly Segment[]): string[] =>
  segments.flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? []);

/**
 * The article's language, told by its function words; null when it is too short to tell, or
 * when it uses too few different ones of the language found (a language we have no list for).
 */
export function languageOf(
  segments: readonly Segment[],
  /** languageLikeness of the segments' texts joined by newlines, when the caller has told it. */
  told?: ReadonlyMap<string, number>,
): StopwordLanguage | null {
  const words = textWords(segments);
  if (words.length <= 20) return null;
  const language = detectLanguage(words);
  // A few short words shared by chance ("sa", "na" of Filipino in German's list) tell nothing.
  const distinct = new Set(words.slice(0, 400).filter((w) => stopwordLanguages(w).includes(language)));
  if (distinct.size < MIN_DISTINCT_FUNCTION_WORDS) return null;
  // Function words shared across languages ("de", "la", "je") mislead where the article's
  // language has no list (Lithuanian read as Spanish, Croatian as Czech): there its letters
  // must agree. Between listed languages (Danish and Norwegian) the function words decide, as
  // long as the letters rank the language at all (a French creole's "dir" and "bis" are no German).
  const likeness = told ?? languageLikeness(segments.map((s) => s.text).join('\n'));
  const likeliest = [...likeness].find(([, v]) => v === 1)?.[0];
  const unlisted = !!likeliest && !(STOPWORD_LANGUAGES as readonly string[]).includes(likeliest);
  const unranked = !likeness.has(language);
  return (unlisted || unranked) && !plausiblyIn(likeness, language) ? null : language;
}

/**
 * All entities of one article: mentions grouped by name, aliases and surnames resolved.
 * `language` is the article's (languageOf), when the caller has told it already.
 */
export function findEntities(
  segments: Segment[],
  gazetteer: Gazetteer,
  language: StopwordLanguage | null = languageOf(segments),
  /** languageLikeness of the segments' texts joined by newlines, when the caller has told it. */
  likeness?: ReadonlyMap<string, number>,
): Entities {
  // Country names are read in the article's own language (and in English).
  const gaz = language ? forLanguage(gazetteer, language) : gazetteer;
  const lowercaseWords = new Set<string>();
  for (const s of segments)
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) lowercaseWords.add(m[0]);
  // A segment in capitals throughout (a wire lede) has no case to tell names by.
  // A language the function-word lists lack joins a body's name by its own short words.
  const words = textWords(segments);
  const own = ownList(words, gazetteer.shortWords);
  const joiners = (!language && gazetteer.shortWords[own]) || new Set<string>();
  // The spoken list of the text's language: its everyday words open sentences, not names. Not
  // English's, which ranks words of web pages, names' words among them ("National", "Public").
  // A language whose short words are few is told by its everyday words ("yang", "tidak").
  const spoken =
    language === 'en' ? -1 : own >= 0 ? own : ownList(words, gazetteer.everydayWords, LEAST_EVERYDAY_SHARE);
  const everyday = gazetteer.everydayWords[spoken] ?? new Set<string>();
  // A name whose apostrophe is a letter of it keeps what follows ("Ka'ena Point").
  const apostrophes = apostropheNames(segments.map((s) => s.text).join('\n'), language);
  const uncased = capitalsOnly(segments.map((s) => s.text));
  // A language the lists lack may glue its prefixes to names ("yeHarare"); ours do not.
  const glue = !language && gluesPrefixes(segments.map((s) => s.text).join('\n'));
  const raw = segments
    .filter((s) => !shouted(s.text))
    .flatMap((s) => segmentMentions(s, gaz, language, joiners, apostrophes, glue))
    .flatMap((m) => withoutUncased(m, uncased))
    .filter((m) => m.words.length <= MAX_NAME_WORDS);
  const midKeys = new Set<string>();
  const runCounts = new Map<string, number>();
  const endings = new Map<string, number>();
  const lastWords = new Set<string>();
  for (const m of raw) {
    runCounts.set(keyOf(m.words), (runCounts.get(keyOf(m.words)) ?? 0) + 1);
    for (let i = 0; i < m.words.length; i++) {
      const tail = keyOf(m.words.slice(i));
      endings.set(tail, (endings.get(tail) ?? 0) + 1);
    }
    // Runs of several words besides a sentence's opening article ("Il Comune").
    const named = m.words.filter((w) => !FUNCTION_WORDS.has(lower(w)) && !isStopword(w, language));
    if (named.length > 1) lastWords.add(keyOf(m.words.slice(-1)));
    if (m.initial) continue;
    for (let i = 0; i < m.words.length; i++) midKeys.add(keyOf(m.words.slice(i)));
  }
  const first: CleanContext = {
    gaz,
    lowercaseWords,
    midKeys,
    runCounts,
    lastWords,
    language,
    loneKeys: new Set(),
    endings,
    everyday,
  };
  // Words the article uses as a name on their own, once openers are gone ("Volgens Vlaskamp").
  const loneKeys = new Set(
    raw.flatMap((r) => {
      const m = cleanMention(r, first);
      return m?.words.length === 1 ? [keyOf(m.words)] : [];
    }),
  );
  const ctx: CleanContext = { ...first, loneKeys };
  const cleaned = raw.flatMap((r) => {
    const m = cleanMention(r, ctx);
    return m ? splitAtPerson(m, ctx).flatMap((p) => splitJoinedNames(p, ctx)) : [];
  });
  // A name the article once gives as a street ("Rua Direita", "ulici Okružní") is that street
  // wherever it stands; a listed place is not ("Canada" is a Spanish word for a track, too).
  const listed = (w: string): boolean => gaz.entries.has(nameKey(w));
  const wayKeys = new Set(
    cleaned
      .filter((m) => !listed(m.words.join(' ')) && namesWay(m.words, m.previous ?? null, language, listed))
      .map((m) => keyOf(m.words)),
  );
  const mentions: Mention[] = [];
  for (const m of cleaned) {
    if (wayKeys.has(keyOf(m.words))) continue;
    const verdict = excluded(m, ctx);
    if (verdict === 'drop') continue;
    mentions.push(verdict === 'keep' ? m : verdict);
  }

  // Hyphenated pairs of names found on their own elsewhere ("Lula-Macron") are split.
  const partKeys = new Set<string>();
  for (const m of mentions) for (const w of m.words) partKeys.add(keyOf([w]));
  let expanded: Mention[] = [];
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    const parts = w.split('-');
    if (m.words.length === 1 && parts.length > 1 && parts.every((p) => partKeys.has(keyOf([p])))) {
      for (const p of parts) expanded.push({ ...m, words: [p] });
    } else expanded.push(m);
  }
  // A place in a case form the gazetteer lacks stands for its listed nominative ("Tampereen").
  const letters = likeness ?? languageLikeness(segments.map((s) => s.text).join('\n'));
  const lettersStem = language ? undefined : lettersStemmer(letters);
  expanded = expanded.map((m) => {
    const nominativeForm =
      m.words.length === 1 ? listedNominative(m.words[0] ?? '', gaz, language, lettersStem) : null;
    return nominativeForm ? { ...m, words: [nominativeForm] } : m;
  });

  // A name only in a title-case headline, or only at sentence starts, needs support elsewhere.
  const corroborated = new Set<string>();
  const bodyKeys = new Set<string>();
  for (const m of expanded) {
    // A title-case headline capitalises every word, so its runs prove nothing of their words.
    if ((!m.initial || m.words.length > 1) && !m.headline)
      for (const w of m.words) corroborated.add(keyOf([w]));
    if (!m.headline) bodyKeys.add(keyOf(m.words));
  }
  // German capitalises every noun, so there a capital marks a name only with more evidence.
  const nounCaps = language === 'de' || (language === null && capitalisesNouns(segments));
  const personWords = new Set<string>();
  for (const m of expanded)
    if (m.words.length > 1 && looksLikePerson(m.words, m.titled, gaz))
      for (const w of m.words) personWords.add(keyOf([w]));
  // In German a genitive article inside a run starts the name that is meant ("Angaben der
  // Landesbank Nord"), unless it is a surname's particle ("van der", "von der").
  if (nounCaps)
    expanded = expanded.map((m) => {
      const k = m.words.findIndex(
        (w, i) => i > 0 && GENITIVE.has(w) && !ARTICLE_TAKING_PARTICLES.has(lower(m.words[i - 1] ?? '')),
      );
      return k > 0 ? { ...m, words: m.words.slice(k + 1), afterArticle: true } : m;
    });
  // What follows such a noun is a name, whatever its words ("der Hersteller Blue Harbour Labs").
  const appositive = new Set<string>();
  // German appositions: "der Konzern Nordhagen Group", "die Stadtteile Laubegast…": a noun
  // after an article, then a name. An adjective opens names ("die Deutsche Bahn") and stays.
  if (nounCaps)
    expanded.forEach((m, i) => {
      const [first = '', second = ''] = m.words;
      const apposition =
        m.afterArticle &&
        m.words.length > 1 &&
        !CONNECTORS.has(second) &&
        !first.endsWith('-') &&
        !isGivenName(first, gaz) &&
        !germanInstitution(first) &&
        !GERMAN_ADJECTIVE.test(lower(first)) &&
        !placeOfAdjective(first, gaz) &&
        !gaz.entries.has(nameKey(m.words.join(' ')));
      if (!apposition) return;
      expanded[i] = { ...m, words: m.words.slice(1) };
      appositive.add(keyOf(m.words.slice(1)));
    });
  // A person's name in the genitive owns the noun after it ("Sabine Hartmanns Vorschlag").
  if (nounCaps)
    expanded = expanded.map((m) => {
      const owner = genitiveOwner(m.words, (w) => isGivenName(w, gaz));
      return owner ? { ...m, words: owner } : m;
    });
  // Names the article puts after "in", "nach", "near"… somewhere.
  const placed = new Set(expanded.filter((m) => m.afterPlacePreposition).map((m) => keyOf(m.words)));
  // Nouns take an article somewhere in an article; a place named after "in" or "nach" does not.
  const articled = new Set(
    raw.flatMap((m) =>
      m.words.flatMap((w, i) =>
        (i === 0 ? m.afterArticle : GERMAN_ARTICLES.has(lower(m.words[i - 1] ?? ''))) ? [keyOf([w])] : [],
      ),
    ),
  );
  const initialCounts = new Map<string, number>();
  for (const m of expanded)
    if (m.words.length === 1 && m.initial && !m.headline)
      initialCounts.set(keyOf(m.words), (initialCounts.get(keyOf(m.words)) ?? 0) + 1);
  const cityUses = new Map<string, number>();
  for (const m of expanded)
    if (m.words.length === 1 && !m.headline)
      cityUses.set(keyOf(m.words), (cityUses.get(keyOf(m.words)) ?? 0) + 1);
  const kept = expanded.filter((m) => {
    const key = keyOf(m.words);
    const entry = gaz.entries.get(nameKey(m.words.join(' ')));
    const inGaz = !!entry && !entry.weak;
    // Where every noun is capitalised, a city of the long list counts once a preposition places
    // it, or when the article names it again and again and never with an article, as a noun goes.
    const placedCity =
      !!entry?.weak && (placed.has(key) || ((cityUses.get(key) ?? 0) >= MIN_CITY_USES && !articled.has(key)));
    if (nounCaps && !inGaz && !placedCity && !appositive.has(key) && !isUpper(m.words[0] ?? '')) {
      // "über" means "about" too, not only "via": a common noun after it is no place ("über Geld").
      const placedName =
        placed.has(key) &&
        !articled.has(key) &&
        (!GERMAN_EVERYDAY.has(lower(m.words[0] ?? '')) || GERMAN_CONTINENTS.has(lower(m.words[0] ?? '')));
      if (m.words.length === 1 && !personWords.has(key) && !placedName) return false;
      // Two nouns in a row look like a name of unknown words ("Monaten Haft"): a person needs a
      // given name the lists know, a title, or the surname used alone.
      const person =
        looksLikePerson(m.words, m.titled, gaz) &&
        (m.titled || isGivenName(m.words[0] ?? '', gaz) || loneKeys.has(keyOf(m.words.slice(-1))));
      // A place's adjective opens the name of its bodies ("der Göttinger Stadtrat").
      const named =
        person ||
        !!placeOfAdjective(m.words[0] ?? '', gaz) ||
        m.words.some((w) => ORG_HEADS.has(lower(w)) || GERMAN_ORG_HEADS.test(lower(w)));
      if (m.words.length > 1 && !named) return false;
    }
    if (m.headline && !inGaz && !bodyKeys.has(key)) return false;
    const acronym = isUpper(m.words[0] ?? '');
    // A listed city or region opening several sentences is the place they are about ("Exampleby
    // council…", "Exampleby harbour…"); not a word of speech, which the article writes in lower
    // case too or its spoken list knows.
    const openerCity =
      !!entry?.weak &&
      entry.kind === 'place' &&
      (initialCounts.get(key) ?? 0) >= MIN_OPENER_USES &&
      !everyday.has(lower(m.words[0] ?? '')) &&
      !lowercaseWords.has(lower(m.words[0] ?? ''));
    if (m.words.length === 1 && m.initial && !acronym && !corroborated.has(key) && !inGaz && !openerCity)
      return false;
    return true;
  });

  const groups = new Map<string, Group>();
  const acronyms = new Map<string, string>();
  let order = 0;
  // A language the lists lack may decline names all the same, as its letters tell.
  const declines = !language && lettersDecline(letters);
  const declined = caseForms(kept, language, declines);
  for (const found of kept) {
    const form = found.words.length === 1 ? declined.get(found.words[0] ?? '') : undefined;
    const m = form ? { ...found, words: [form] } : { ...found, words: [...regionNominative(found.words)] };
    const display = m.words.map((w, i) => (i === 0 ? nominative(w) : w)).join(' ');
    const gazEntry = gaz.entries.get(nameKey(display));
    const key = gazEntry?.canonical ? nameKey(gazEntry.canonical) : keyOf(m.words);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        names: new Map(),
        words: m.words,
        forms: [m.words],
        kind: gazEntry?.kind ?? null,
        person: false,
        placeVotes: 0,
        weight: 0,
        order: order++,
      };
      groups.set(key, g);
    }
    // A spelling of the article's own language names the place as the article does ("Alemania"),
    // grouped with its other spellings under the English name.
    const name = (!gazEntry?.languages && gazEntry?.canonical) || display;
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    if (looksLikePerson(m.words, m.titled, gaz)) g.person = true;
    if (m.afterPlacePreposition) g.placeVotes++;
    g.weight += m.weight;
    if (m.acronym) acronyms.set(nameKey(m.acronym), key);
  }
  resolveAliases(groups, gaz, acronyms, language, declines);
  const texts = segments.map((s) => s.text);
  const found = classify([...groups.values()], gaz);
  const bodies = isVietnamese(texts) ? withVietnameseBodies(found, texts) : found;
  // A title restates the lead: a pair it repeats ("Examplelaan viivästyy") is not used twice.
  const bodyTexts = segments.filter((s) => !s.title).map((s) => s.text);
  const sentenceCase = withSentenceCase(bodies, texts, bodyTexts, gaz, language);
  return withCaseless(withHeadNouns(sentenceCase, texts, language, likeness), caselessEntities(texts));
}

/**
 * Adds bodies named by an institution noun and words in lower case ("Conseil régional de
 * Normandie"), and drops the noun found alone. Not in English or German, which capitalise every
 * word of such a name.
 */
function withHeadNouns(
  found: Entities,
  texts: readonly string[],
  language: StopwordLanguage | null,
  likeness?: ReadonlyMap<string, number>,
): Entities {
  const named = new Set(found.people.flatMap((p) => p.split(' ')));
  const names = headNounNames(texts, language, named, likeness).filter(
    (n) =>
      ![...found.organisations, ...found.places, ...found.people].some(
        (o) => o === n || o.startsWith(`${n} `),
      ),
  );
  if (!names.length) return found;
  const nouns = new Set(names.map((n) => nameKey(n.split(' ')[0] ?? '')));
  const organisations = found.organisations.filter((o) => !nouns.has(nameKey(o)));
  return { ...found, organisations: [...organisations, ...names] };
}

/**
 * Adds bodies named in sentence case ("Statens vegvesen"), where capitals mark only the first
 * word, and drops that word found alone. Not in English, which capitalises every word of a
 * name, nor in German, which capitalises every noun.
 */
function withSentenceCase(
  found: Entities,
  texts: readonly string[],
  bodyTexts: readonly string[],
  gaz: Gazetteer,
  language: StopwordLanguage | null,
): Entities {
  if (language === 'en' || language === 'de') return found;
  // A word of a person's name, in any case form ("Kowalski powiedział" is no body).
  const named = found.people.flatMap((p) => p.split(' '));
  const known = (w: string): boolean => {
    const entry = gaz.entries.get(nameKey(w));
    const listed = !!entry && !entry.weak;
    return listed || isGivenName(w, gaz) || isAnyGivenName(w) || named.some((n) => sameStem(n, w));
  };
  const names = [...quotedNames(texts, language), ...recurringNames(bodyTexts, language, known)];
  // A body named after its place leaves the place standing ("Tartu" of "Tartu linnavalitsus").
  const headed = headedNames(texts, language).filter((n) => !names.some((x) => sameStem(x, n)));
  if (!names.length && !headed.length) return found;
  const firstKey = (n: string): string => nameKey(n.split(' ')[0] ?? '');
  // Any listed place stays, even a small one ("Exampleby" of "Exampleby kommun").
  const owners = headed.filter((n) => !gaz.entries.has(firstKey(n)) && !known(n.split(' ')[0] ?? ''));
  const heads = new Set([...names, ...owners].map(firstKey));
  const keep = (list: string[]): string[] => list.filter((n) => !heads.has(nameKey(n)));
  const organisations = keep(found.organisations);
  const places = keep(found.places);
  // A region recurring in one case form is named in the nominative ("Ленинском районе").
  const added = [...names, ...headed].map((n) => regionNominative(n.split(' ')).join(' '));
  for (const n of added)
    if (
      !places.includes(n) &&
      !organisations.some((o) => o === n || o.includes(` ${n}`) || o.startsWith(`${n} `))
    )
      organisations.push(n);
  return { people: keep(found.people), places, organisations };
}

/** Adds the names found in a script without capitals to those the capitals gave. */
function withCaseless(found: Entities, caseless: Entities): Entities {
  const add = (a: string[], b: string[]): string[] => [...a, ...b.filter((n) => !a.includes(n))];
  return {
    people: add(found.people, caseless.people),
    places: add(found.places, caseless.places),
    organisations: add(found.organisations, caseless.organisations),
  };
}
