import { nameKey, type Gazetteer } from '../gazetteer.js';
import {
  CALENDAR,
  CONNECTORS,
  DEMONYMS,
  DIVISION_OPENERS,
  EXCLUDED_OPENERS,
  FUNCTION_WORDS,
  GERMAN_ARTICLES,
  GERMAN_ROLE_ENDINGS,
  LOCATIVE_HEADS,
  ORG_HEADS,
  ORG_OPENERS,
  PLACE_HEADS,
  isPlacePreposition,
  TITLES,
  WEAK_CONNECTORS,
} from '../words.js';
import type { Segment } from './index.js';
import { isAnyGivenName } from '../given-names.js';
import { withSpelledOut } from './spelled-out.js';
import { isCyrillic, RU_BODY_NOUNS, splitTrailingPerson, stem } from './russian.js';
import {
  APOSTROPHE_ENDING,
  isBodyForm,
  isUpper,
  lower,
  runs,
  SENTENCE_BREAK,
  tokenize,
  type Token,
} from './tokens.js';

/** Lookup key of a run of words: case, accents and Russian case endings folded. */
export const keyOf = (words: string[]): string => nameKey(words.map(stem).join(' '));

/** True for a word the lexicon knows only as an ordinary (non-name) word. */
export function isCommonWord(w: string, gaz: Gazetteer): boolean {
  const l = lower(w);
  if (FUNCTION_WORDS.has(l) || CALENDAR.has(l)) return true;
  const tags = gaz.tags(l);
  if (!tags.length) return false;
  const nameTags = [
    'FirstName',
    'MaleName',
    'FemaleName',
    'LastName',
    'Person',
    'Country',
    'City',
    'Region',
    'Place',
    'Organization',
    'ProperNoun',
  ];
  return !tags.some((t) => nameTags.includes(t));
}

/** One capitalised run found in the text, after trimming titles and openers. */
export interface Mention {
  words: string[];
  /** At a sentence start (or in a headline in title case), so its capital proves nothing. */
  initial: boolean;
  /** Came after "in", "from", "near"… */
  afterPlacePreposition: boolean;
  /** Came after a German article ("der Konzern Nordhagen Group"). */
  afterArticle: boolean;
  /** Stripped a personal title or honorific ("Judge", "Dr"). */
  titled: boolean;
  /** An acronym given in brackets right after it: "Coastal Waters Agency (CWA)". */
  acronym: string | null;
  /** From a title-case headline. */
  headline: boolean;
  /** Followed by a lowercase word ("Danish pastry"): an adjective when it is a lone word. */
  nextLower: boolean;
  /** The word right before the run, when there is one ("ulici" of "ulici Okružní"). */
  previous?: string | null;
  weight: number;
}

export const isTitle = (w: string, gaz: Gazetteer): boolean =>
  TITLES.has(lower(w).replace(/\.$/, '')) ||
  gaz.tags(lower(w)).some((t) => t === 'Honorific' || t === 'Actor') ||
  (w.length > 7 && GERMAN_ROLE_ENDINGS.test(lower(w)));
/** A given name the lexicon knows ("Linda", "Tobias"). */
export const isGivenName = (w: string, gaz: Gazetteer): boolean =>
  gaz.tags(lower(w)).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
export const isDemonym = (w: string, gaz: Gazetteer): boolean =>
  DEMONYMS.has(lower(w)) || gaz.tags(lower(w)).includes('Demonym');
export const lastWord = (words: string[]): string => lower(words[words.length - 1] ?? '');
/** Ends in a word that institutions named after their place end in ("Council", "университета"). */
export const locativeEnd = (words: string[]): boolean => {
  const last = lastWord(words);
  return LOCATIVE_HEADS.has(last) || PLACE_HEADS.has(last) || (isCyrillic(last) && RU_BODY_NOUNS.test(last));
};
export const endsInstitution = (words: string[]): boolean => ORG_HEADS.has(lastWord(words));
/** An institution word, singular or plural ("Board", "Boards"). */
export const isOrgHead = (w: string): boolean =>
  ORG_HEADS.has(lower(w)) || ORG_HEADS.has(lower(w).replace(/s$/u, ''));
/**
 * An institution word followed by what it is of or for ("Bureau for Coastal Safety and
 * Rescue", "Chilean Institute of Marine Studies"): the whole run names one body.
 */
export const namesInstitution = (words: string[]): boolean =>
  words.some(
    (w, i) =>
      i < words.length - 2 &&
      isOrgHead(w) &&
      CONNECTORS.has(words[i + 1] ?? '') &&
      !WEAK_CONNECTORS.has(words[i + 1] ?? ''),
  );

/** Splits a run at weak connectors ("Lyon and Turin") unless it names an institution. */
function splitWeak(words: string[]): string[][] {
  // "NATO and the European Union": an acronym or "the" beside "and" marks two names.
  // "Industrie- und Handelskammer" is one name: the first word is cut short to share the head.
  if (words.some((w, i) => w.endsWith('-') && WEAK_CONNECTORS.has(words[i + 1] ?? ''))) return [words];
  const k = words.findIndex((w) => WEAK_CONNECTORS.has(w));
  if (k > 0 && (words[k + 1] === 'the' || isUpper(words[k - 1] ?? '')))
    return [words.slice(0, k), ...splitWeak(words.slice(k + 1))];
  // "Bureau of Mines and Quarries": an institution's "of" phrase keeps its "and".
  // So does one that a person's "of" leads to ("Ana Soto of the Bureau of Mines and Quarries").
  const lead = words.findIndex((w) => !FUNCTION_WORDS.has(lower(w)));
  const opener = lower(words[lead] ?? '');
  const weak = words.findIndex((w) => WEAK_CONNECTORS.has(w));
  const ofPhrase = (w: string, i: number): boolean =>
    isOrgHead(w) && CONNECTORS.has(words[i + 1] ?? '') && !WEAK_CONNECTORS.has(words[i + 1] ?? '');
  const opensInstitution =
    words.slice(lead, weak < 0 ? words.length : weak).some((w, i) => ofPhrase(w, lead + i)) ||
    ORG_OPENERS.has(opener) ||
    // A form of a listed body word opens one as the listed word does ("Ministria e …").
    isBodyForm(opener);
  // "Exampleton University and Northern Technical University": two bodies of one kind named in
  // full, each ending in the kind's word; bodies of two kinds are one ("Port and Harbour Authority").
  const left = weak > 1 ? words.slice(0, weak) : [];
  if (endsInstitution(words) && lastWord(left) === lastWord(words) && words.length - weak > 2)
    return [left, ...splitWeak(words.slice(weak + 1))];
  if (endsInstitution(words)) return [words];
  if (opensInstitution) {
    // …unless what follows "and" is an institution of its own ("… and the Ontario Board of …").
    const i = words.findIndex((w) => WEAK_CONNECTORS.has(w));
    const right = words.slice(i + 1);
    if (
      i < 0 ||
      !(right[0] === 'the' || ORG_HEADS.has(lastWord(right)) || ORG_OPENERS.has(lower(right[0] ?? '')))
    )
      return [words];
    return [words.slice(0, i), right];
  }
  const out: string[][] = [[]];
  for (const w of words) {
    if (WEAK_CONNECTORS.has(w)) out.push([]);
    else out[out.length - 1]?.push(w);
  }
  return out.filter((p) => p.length);
}

/** Drops connectors left at either end of a run. */
export function trimConnectors(words: string[]): string[] {
  const out = [...words];
  while (out.length && (CONNECTORS.has(out[0] ?? '') || out[0] === '&')) out.shift();
  while (out.length && (CONNECTORS.has(out[out.length - 1] ?? '') || out[out.length - 1] === '&')) out.pop();
  return out;
}

/**
 * An elided article or preposition glued to a name's first word in French and Italian ("l'Agence
 * Nord", "dell'Ente Parco"): not part of the name.
 */
const ELIDED = /^(?:[ldn]|dell|dall|nell|sull|all|coll|quell|un|qu|jusqu|lorsqu)['’](?=\p{Lu})/u;
export const stripElided = (word: string): string => word.replace(ELIDED, '');

/** Languages that capitalise month and weekday names: elsewhere a capital marks a name. */
const CAPITALISED_CALENDAR = new Set(['en', 'de']);

/**
 * A month's name that is a given name before a surname, inside a sentence of a language that
 * writes its months in lowercase ("dijo Julio Mamani", Spanish "julio" is July).
 */
function givenNotMonth(words: string[], k: number, initial: boolean, language: string | null): boolean {
  const w = words[k] ?? '';
  return (
    !!language &&
    !CAPITALISED_CALENDAR.has(language) &&
    (k > 0 || !initial) &&
    k < words.length - 1 &&
    /^\p{Lu}\p{Ll}/u.test(w) &&
    isAnyGivenName(w)
  );
}

/** Quotation marks that open a quotation in one language and close it in another ("»", "›"). */
const TWO_WAY_QUOTES = new Set(['»', '›', '«', '‹', '‚', '„', '"', '”']);

/** Dashes that open a line of speech. */
const SPEECH_DASHES = new Set(['–', '—', '-']);

/**
 * Whether the word at `start` opens a quotation, which starts a sentence: after a quotation
 * mark spaced before it and glued to the word (Slovene "je rekel. »Dež nas je …", where "»"
 * opens; French "« mot » Dež" closes), or after a dash that follows a sentence's end (Polish
 * speech: "… w piątek. – Kupiłam …").
 */
function opensQuotation(tokens: readonly Token[], start: number): boolean {
  const mark = tokens[start - 1];
  const word = tokens[start];
  if (!mark || !word) return false;
  if (TWO_WAY_QUOTES.has(mark.text)) return mark.spaced && !word.spaced;
  const end = tokens[start - 2]?.text ?? '';
  return SPEECH_DASHES.has(mark.text) && mark.spaced && word.spaced && /^[.!?…]$/u.test(end);
}

/** Lowercase words a place's name may hold between its capitalised ones ("nad", "bij", "am"). */
const MAX_INNER_WORDS = 2;
const MAX_INNER_LENGTH = 4;

/** The run's words joined, as the gazetteer keys them. */
const keyOfTokens = (tokens: Token[], from: number, to: number): string =>
  nameKey(
    tokens
      .slice(from, to + 1)
      .map((t) => t.text)
      .join(' '),
  );

/** Where a listed place that opens in `last` (its last word or two) ends in `run`; else -1. */
function listedEnd(
  tokens: Token[],
  last: { start: number; end: number },
  run: { start: number; end: number },
  gaz: Gazetteer,
): number {
  for (let to = run.end; to >= run.start; to--)
    for (const from of [last.end, last.end - 1])
      if (from >= last.start && gaz.entries.get(keyOfTokens(tokens, from, to))?.kind === 'place') return to;
  return -1;
}

/**
 * Joins two runs that a listed place's name spans across its short lowercase words ("Wijk bij
 * Exampledorp", "Exampleburg am Main"): the lowercase word ends a run, the listing tells it does
 * not end this name.
 */
function joinListedPlaces(
  tokens: Token[],
  found: { start: number; end: number }[],
  gaz: Gazetteer,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const run of found) {
    const last = out[out.length - 1];
    const inner = last ? tokens.slice(last.end + 1, run.start) : [];
    const short =
      inner.length > 0 &&
      inner.length <= MAX_INNER_WORDS &&
      inner.every(
        (t) => t.word && t.spaced && /^\p{Ll}+$/u.test(t.text) && t.text.length <= MAX_INNER_LENGTH,
      ) &&
      !!tokens[run.start]?.spaced;
    // The place may end inside the next run ("Wijk bij Exampledorp en Rijswijk").
    const ends = short && last ? listedEnd(tokens, last, run, gaz) : -1;
    if (last && ends >= 0) {
      last.end = ends;
      if (ends < run.end) out.push({ start: ends + 1, end: run.end });
    } else out.push({ ...run });
  }
  return out;
}

/** Capitalised runs of one segment, cleaned into mentions. */
export function segmentMentions(
  seg: Segment,
  gaz: Gazetteer,
  language: string | null = null,
  joiners: ReadonlySet<string> = new Set(),
  apostrophes: ReadonlySet<string> = new Set(),
  glue = false,
): Mention[] {
  const tokens = tokenize(seg.text, glue);
  const out: Mention[] = [];
  // The last run a place preposition governed: "zwischen X und Y" places both.
  let placedEnd = -1;
  const listed = (w: string): boolean => gaz.entries.has(nameKey(w));
  const found = withSpelledOut(
    tokens,
    joinListedPlaces(tokens, runs(tokens, joiners, listed, apostrophes), gaz),
  );
  for (const { start, end, spelled } of found) {
    const before = tokens[start - 1];
    const prevWord = before?.word ? before : undefined;
    // "имени А. С. Попова": the person a body is named after is not named in the story.
    let back = start - 1;
    while (back >= 0 && (tokens[back]?.text === '.' || /^\p{Lu}$/u.test(tokens[back]?.text ?? ''))) back--;
    if (/^(имени|им)$/u.test(tokens[back]?.text ?? '')) continue;
    if (start === end && abbreviatedTitle(tokens, start, gaz)) continue;
    let initial =
      seg.headline ||
      !before ||
      (SENTENCE_BREAK.has(before.text) &&
        !(
          before.text === '.' &&
          /^\p{L}{1,4}$/u.test(tokens[start - 2]?.text ?? '') &&
          isTitle(tokens[start - 2]?.text ?? '', gaz)
        )) ||
      (before.text === "'" && before.spaced) ||
      (before.text === '–' && start === 1) ||
      opensQuotation(tokens, start);
    // "HARLAN COUNTY, Ky. (WXXX) –", "in Kelby, Tenn., on Monday": a short word with a dot after a
    // place and its comma abbreviates the state or province (AP and postal style): a place.
    const coordinated = placedEnd === start - 2 && !!prevWord && WEAK_CONNECTORS.has(prevWord.text);
    const afterPlacePreposition =
      (!!prevWord && isPlacePreposition(lower(prevWord.text), language)) ||
      coordinated ||
      (start === end && regionAbbreviation(tokens, start));
    if (afterPlacePreposition) placedEnd = end;
    // "der Konzern X", "zum schwedischen Konzern X": an article, perhaps an adjective, then the run.
    const adjective = !!prevWord && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(prevWord.text);
    const article = (k: number): boolean => GERMAN_ARTICLES.has(tokens[k]?.text ?? '');
    const afterArticle = article(start - 1) || (adjective && article(start - 2));
    let acronym: string | null = null;
    if (tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')') {
      const a = tokens[end + 2]?.text ?? '';
      if (/^\p{Lu}[\p{L}&]{1,7}$/u.test(a) && /\p{Lu}.*\p{Lu}/u.test(a)) acronym = a;
    }
    // "St. Adalbert Parish", "Mt. Hood": a place-name abbreviation and its dot open the name.
    const opener = tokens[start - 2];
    const abbreviated =
      tokens[start - 1]?.text === '.' &&
      !!opener?.word &&
      /^\p{Lu}/u.test(opener.text) &&
      gaz.tags(lower(opener.text)).includes('Abbreviation') &&
      gaz.tags(lower(opener.text)).includes('Place');
    if (abbreviated) initial = !tokens[start - 3] || SENTENCE_BREAK.has(tokens[start - 3]?.text ?? '');
    const runTokens = withListCommas(
      tokens
        .slice(abbreviated ? start - 2 : start, end + 1)
        .filter((t) => !/^['’]$/u.test(t.text) && t.text !== '.'),
    );
    // A listed place whose name goes on in lowercase after a hyphen ("Vila-real") keeps it.
    const whole = runTokens.length === 1 ? runTokens[0]?.whole : undefined;
    if (whole && gaz.entries.has(nameKey(whole)))
      runTokens.splice(0, 1, { ...(runTokens[0] as Token), text: whole });
    let words = runTokens.map((t, k) => {
      const saint = /^(st|saint)$/i.test(runTokens[k - 1]?.text ?? '');
      const ending = k === runTokens.length - 1 && !saint && !apostrophes.has(t.text);
      const w = ending ? t.text.replace(APOSTROPHE_ENDING, '') : t.text;
      // A glued prefix is no part of the name ("muGlen View").
      if (k === 0 && t.glued) return t.glued;
      return (k === 0 ? stripElided(w) : w).replace(/\.$/, '');
    });
    if (runTokens[0]?.glued && gluedCalendar(words[0] ?? '')) words = words.slice(1);
    if (!words.length) continue;
    // An ordinary word numbered is a label ("Category 3", "Stage 14", "Level 2"), not a name.
    const numbered = tokens[end + 1]?.spaced && /^\p{N}/u.test(tokens[end + 1]?.text ?? '');
    const described = /^\p{Ll}/u.test(tokens[end + 2]?.text ?? ''); // "a Category 3 storm"
    if (words.length === 1 && numbered && (isCommonWord(words[0] ?? '', gaz) || described)) continue;
    if (words.length === 1 && unitOfAmount(tokens, start, end, gaz)) continue;
    // Events by their opener ("Storm Odile", "Tropical Cyclone Ana", "Giro d’Italia").
    if (words.length > 1 && words.slice(0, -1).some((w) => EXCLUDED_OPENERS.has(lower(w)))) continue;
    // Months, weekdays and zone names split a run ("Thursday Kelby" is two things); so does a
    // Russian person's name after a body's ("Метеобюро Ольги Зориной").
    const pieces: string[][] = [[]];
    // A month's name kept as a given name opens a person's name ("Julio Mamani").
    const personOpeners = new Set<string>();
    words.forEach((w, k) => {
      const calendar = CALENDAR.has(lower(w)) || CALENDAR.has(lower(w).replace(/s$/u, ''));
      const given = calendar && givenNotMonth(words, k, initial, language);
      if (given) personOpeners.add(w);
      if (calendar && !given) pieces.push([]);
      else pieces[pieces.length - 1]?.push(w);
    });
    const nextTok = tokens[end + 1];
    const nextLower = !!nextTok?.word && /^\p{Ll}/u.test(nextTok.text);
    let first = true;
    // A name its acronym spells out is one, whatever joins its words.
    const split = spelled
      ? pieces
      : pieces
          .flatMap(splitTrailingPerson)
          .flatMap(splitWeak)
          .flatMap((p) => splitOfPlace(p, gaz))
          .flatMap((p) => splitBeforePerson(p, gaz));
    for (const piece of split) {
      words = trimConnectors(piece);
      const division = words.length > 1 && DIVISION_OPENERS.has(lower(words[0] ?? ''));
      if (division) words = words.slice(1);
      if (!words.length) continue;
      out.push({
        words,
        initial: initial && first && !division,
        afterPlacePreposition: afterPlacePreposition || division,
        afterArticle,
        titled: personOpeners.has(words[0] ?? ''),
        acronym,
        headline: seg.headline,
        nextLower,
        previous: first ? (prevWord?.text ?? null) : null,
        weight: seg.weight,
      });
      first = false;
      const seat = seatOf(words, gaz, language);
      if (seat)
        out.push({
          ...(out[out.length - 1] as Mention),
          words: seat,
          initial: false,
          afterPlacePreposition: true,
          acronym: null,
          previous: null,
        });
    }
    initial = false;
  }
  return out;
}

/**
 * A weekday or month after a glued prefix: CLDR writes some languages' with their own class
 * prefix ("ULwesibili"), which the glued prefix replaces ("ngoLwesibili").
 */
function gluedCalendar(word: string): boolean {
  const l = lower(word);
  return CALENDAR.has(l) || [...'aeiou'].some((v) => CALENDAR.has(v + l));
}

/** Most letters of a currency's or a unit's short form ("Rs", "KM", "GH"); one letter may be an initial. */
const MAX_UNIT_LETTERS = 3;

/**
 * Whether the short word at `start` writes a currency or a unit of an amount beside it ("Rs 60",
 * "10 KM", "GH₵ 4,100"): a number or a currency sign right after it, or a number right before.
 * A listed name keeps its place ("US 101").
 */
function unitOfAmount(tokens: Token[], start: number, end: number, gaz: Gazetteer): boolean {
  const w = tokens[start]?.text ?? '';
  const letters = [...w].length;
  if (start !== end || letters < 2 || letters > MAX_UNIT_LETTERS || gaz.entries.has(nameKey(w))) return false;
  const next = tokens[end + 1]?.text ?? '';
  const before = tokens[start - 1];
  return (
    /^\p{Sc}/u.test(next) ||
    (!!tokens[end + 1]?.spaced && /^\p{N}/u.test(next)) ||
    (!!tokens[start]?.spaced && /\p{N}$/u.test(before?.text ?? ''))
  );
}

/** The commas of a list inside a body's name ("…of Trade, Industry and Energy") kept on the word before. */
const withListCommas = (run: Token[]): Token[] =>
  run.flatMap((t, k) =>
    t.text === ',' ? [] : run[k + 1]?.text === ',' ? [{ ...t, text: `${t.text},` }] : [t],
  );

/**
 * Whether the lone short word at `i` abbreviates a title before a person ("Engr. Ada Obi",
 * "Insp. Tom Hale"): a dot right after it, then two capitalised words or another title; a word no list knows as a
 * place or a given name.
 */
function abbreviatedTitle(tokens: Token[], i: number, gaz: Gazetteer): boolean {
  const w = tokens[i]?.text ?? '';
  const [dot, a, b] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  return (
    /^\p{Lu}\p{Ll}{1,3}$/u.test(w) &&
    dot?.text === '.' &&
    !dot.spaced &&
    !!a?.word &&
    /^\p{Lu}\p{Ll}/u.test(a.text) &&
    // …or a second title ("Doç. Dr. Ada Obi").
    ((!!b?.word && /^\p{Lu}\p{Ll}/u.test(b.text)) || isTitle(a.text, gaz)) &&
    !gaz.entries.has(nameKey(w)) &&
    !isGivenName(w, gaz) &&
    !isAnyGivenName(w)
  );
}

/**
 * The place a body's name ends in, after a place preposition ("Sąd Rejonowy w Lublinie") or
 * after "of"/"de" when the place is listed ("Tribunal de Lyon"): the place is named too.
 */
function seatOf(words: string[], gaz: Gazetteer, language: string | null): string[] | null {
  if (!words.some((w, i) => i < words.length - 2 && (isOrgHead(w) || ORG_OPENERS.has(lower(w))))) return null;
  for (let i = words.length - 2; i > 0; i--) {
    const w = words[i] ?? '';
    if (!/^\p{Ll}/u.test(w)) continue;
    const tail = words.slice(i + 1);
    if (isPlacePreposition(w, language) && !WEAK_CONNECTORS.has(w) && tail.every((t) => /^\p{Lu}/u.test(t)))
      return tail;
    // English names a body after a place it is no story about ("University of Leeds").
    const single = !/^\p{Ll}/u.test(words[i - 1] ?? '');
    if (single && CONNECTORS.has(w) && w !== 'of' && gaz.entries.has(nameKey(tail.join(' ')))) return tail;
    return null;
  }
  return null;
}

/** Saints' words, which a given name follows inside a place's name ("San José", "Santa Maria"). */
const SAINT = /^(?:st|saint|sainte|san|santa|santo|são|sankt|sveti|sveta|svatý)$/iu;

/**
 * Splits a run where a person's name starts after a listed place, as in a role "of" a place
 * with no case mark before a given name and a surname ("starosta obce Ostrava Jana Nováková" gives
 * "Ostrava" and "Jana Nováková"). Not inside names of bodies, places or streets, which are often
 * named after a person ("Fundación Ana Ruiz", "Lake Mary Anne").
 */
export function splitBeforePerson(words: string[], gaz: Gazetteer): string[][] {
  const given = (w: string): boolean => isAnyGivenName(w) || isGivenName(w, gaz);
  const k = words.findIndex(
    (w, i) => i > 0 && given(w) && i < words.length - 1 && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ''),
  );
  if (k < 1) return [words];
  const before = words.slice(0, k);
  const named = (w: string): boolean => {
    const l = lower(w);
    return (
      isOrgHead(w) ||
      ORG_OPENERS.has(l) ||
      PLACE_HEADS.has(l) ||
      LOCATIVE_HEADS.has(l) ||
      EXCLUDED_OPENERS.has(l) ||
      CONNECTORS.has(w) ||
      SAINT.test(w) ||
      isTitle(w, gaz)
    );
  };
  if (words.some(named) || before.some(given)) return [words];
  // Only a listed place is known not to open the person's name ("Xosé Manuel Pena" is one).
  if (!gaz.entries.has(nameKey(before.join(' ')))) return [words];
  return [before, words.slice(k)];
}

/** Marks that may follow a dateline's or an address's region abbreviation and its dot. */
const AFTER_ABBREVIATION = new Set([',', '(', '-', '–', '—', ')', ';']);

/**
 * Whether the capitalised word at `i` abbreviates a region after a place: a comma before it, a
 * dot right after it, then a comma, bracket or dash. ("…, her son, Eli." ends a sentence.)
 */
function regionAbbreviation(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.text ?? '';
  const after = tokens[i + 2];
  return (
    /^\p{Lu}\p{Ll}{1,4}$/u.test(w) &&
    tokens[i - 1]?.text === ',' &&
    tokens[i + 1]?.text === '.' &&
    tokens[i + 1]?.spaced === false &&
    !!after &&
    AFTER_ABBREVIATION.has(after.text)
  );
}

/** Openers kept at a sentence start: they begin many place and institution names. */

/** Splits "Lucía Ortega of Chile": a name, then the country it is from. */
export function splitOfPlace(words: string[], gaz: Gazetteer): string[][] {
  const i = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'de' || w === 'from'));
  if (i < 0) return [words];
  const before = words.slice(0, i);
  const after = words.slice(i + 1);
  const head = lastWord(before);
  if (
    ORG_HEADS.has(head) ||
    PLACE_HEADS.has(head) ||
    LOCATIVE_HEADS.has(head) ||
    // "Hospital Comarcal de Vinaròs": an institution word in front makes the place part of its name.
    before.some((w) => ORG_OPENERS.has(lower(w)) || ORG_HEADS.has(lower(w)))
  )
    return [words];
  // "La Ville de Lyon": an article in front does not make the part before "de" a name of two words.
  if (before.filter((w) => !FUNCTION_WORDS.has(lower(w))).length < 2) return [words];
  if (gaz.entries.has(nameKey(after.join(' ')))) return [before, after];
  // "Ana Ruiz of the Harbour Trust", "Jo Lee of Millbrook": a person, then where they are from.
  // ("de" is also a particle of names: "María de la Cruz".)
  const english = words[i] !== 'de';
  const person = before.length <= 3 && isGivenName(before[0] ?? '', gaz);
  return english && (after[0] === 'the' || person) ? [before, after] : [words];
}
