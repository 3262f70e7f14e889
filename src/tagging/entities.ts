import type { Entities } from '../model/item.js';
import { nameKey, type EntityKind, type Gazetteer } from './gazetteer.js';
import {
  CALENDAR,
  CONNECTORS,
  EXCLUDED_HEADS,
  EXCLUDED_OPENERS,
  FUNCTION_WORDS,
  LOCATIVE_HEADS,
  ORG_HEADS,
  ORG_OPENERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  DEMONYMS,
  RU_GIVEN_NAMES,
  TITLES,
  WEAK_CONNECTORS,
} from './words.js';

/** A word or punctuation mark of a text segment. */
interface Token {
  text: string;
  word: boolean;
  /** A lowercase affix was cut off here ("Geneva-based"), so a name cannot run on. */
  cut: boolean;
  /** Whitespace before it (names run across spaces only). */
  spaced: boolean;
}

/** One capitalised run found in the text, after trimming titles and openers. */
interface Mention {
  words: string[];
  /** At a sentence start (or in a headline in title case), so its capital proves nothing. */
  initial: boolean;
  /** Came after "in", "from", "near"… */
  afterPlacePreposition: boolean;
  /** Stripped a personal title or honorific ("Judge", "Dr"). */
  titled: boolean;
  /** An acronym given in brackets right after it: "Natural Resources Wales (NRW)". */
  acronym: string | null;
  /** From a title-case headline. */
  headline: boolean;
  /** Followed by a lowercase word ("Swedish battery"): an adjective when it is a lone word. */
  nextLower: boolean;
  weight: number;
}

const isCap = (w: string): boolean => /^(?:[dl]['’])?\p{Lu}/u.test(w);
const isUpper = (w: string): boolean =>
  /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w.replace(/['’]s$/u, ''));
const hasDigit = (w: string): boolean => /\p{N}/u.test(w);
const lower = (w: string): string => w.toLowerCase();
const isCyrillic = (w: string): boolean => /\p{Script=Cyrillic}/u.test(w);

/** Russian case endings folded so "Москвы", "Москву" and "Москва" share one key. */
function stem(word: string): string {
  if (!isCyrillic(word)) return word;
  const m =
    /^(.{3,}?)(ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ую|юю|ая|яя|ые|ие|ых|их|ым|им|ов|ев|ам|ям|ах|ях|а|я|у|ю|е|ы|и|о|ь)$/u.exec(
      word,
    );
  return m?.[1] ?? word;
}

/** A common Russian given name in any case ("Рустам", "Анны", "Светланы"). */
function isRussianGivenName(w: string): boolean {
  if (!isCyrillic(w)) return false;
  const l = lower(w);
  return [l, stem(l), l.slice(0, -1), l.slice(0, -2)].some((f) => RU_GIVEN_NAMES.has(f));
}

const keyOf = (words: string[]): string => nameKey(words.map(stem).join(' '));

/** Words and punctuation; hyphenated lowercase affixes ("ex-US", "Geneva-based") are cut off. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
  for (const m of text.matchAll(re)) {
    const spaced = m.index === 0 || /\s/u.test(text[m.index - 1] ?? ' ');
    let t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    let cut = false;
    if (word && t.includes('-')) {
      const parts = t.split('-');
      // "Tsukiyomi-2", "CV-35": model numbers and road codes are not names.
      if (parts.some(hasDigit)) t = t.toLowerCase();
      while (parts.length > 1 && !isCap(parts[0] ?? '')) parts.shift();
      while (parts.length > 1 && !isCap(parts[parts.length - 1] ?? '')) {
        parts.pop();
        cut = true;
      }
      if (!hasDigit(t)) t = parts.join('-');
    }
    out.push({ text: t, word, spaced, cut });
  }
  return out;
}

const CONTRACTION = /['’](ve|ll|m|d|re|t)$/iu;

const SENTENCE_BREAK = new Set(['.', '!', '?', ':', '“', '"', '‘', '«', '„', '…', '•', '—', ';', '¿', '¡']);

export interface Segment {
  text: string;
  weight: number;
  /** Every word is capitalised (a title-case headline). */
  headline: boolean;
}

/** A run of capitalised words joined by spaces and name connectors ("of", "de", "&"). */
function runs(tokens: Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  const capWord = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.word && isCap(t.text) && !hasDigit(t.text) && t.text !== 'I' && !CONTRACTION.test(t.text);
  };
  while (i < tokens.length) {
    if (!capWord(i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    for (;;) {
      const cur = tokens[end];
      if (cur?.cut) break;
      // A possessive ends the name ("Japan's Kiboshi Space"), except in saints' names.
      // It joins when an institution word follows ("the County Sheriff's Office").
      const possessive =
        cur && /['’]s$/u.test(cur.text) && !/^(st|saint)$/i.test(tokens[end - 1]?.text ?? '');
      if (possessive && !(capWord(end + 1) && ORG_HEADS.has(lower(tokens[end + 1]?.text ?? '')))) break;
      const next = tokens[end + 1];
      if (!next || !next.spaced) {
        // "Magistrates’ Court": a bare apostrophe after a plural joins.
        if (next && /^['’]$/u.test(next.text) && cur?.text.endsWith('s') && capWord(end + 2)) {
          end += 2;
          continue;
        }
        break;
      }
      if (capWord(end + 1)) {
        end++;
        continue;
      }
      const conn = next.text === '&' || (next.word && CONNECTORS.has(next.text));
      if (conn && capWord(end + 2) && tokens[end + 2]?.spaced) {
        end += 2;
        continue;
      }
      // "Federation of the Swiss…", "Ministerio para la Transición…": two connectors in a row.
      const next2 = tokens[end + 2];
      if (conn && next2?.word && CONNECTORS.has(next2.text) && capWord(end + 3)) {
        end += 3;
        continue;
      }
      break;
    }
    end = extendRussian(tokens, end);
    out.push({ start, end });
    i = end + 1;
  }
  return out;
}

const RU_ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;
/** Nouns that such an adjective names a region or body with ("область", "университет"). */
const RU_BODY_NOUNS =
  /^(област|кра|район|округ|республик|университет|институт|академи|метрополитен|музе|театр|завод|комбинат|центр|совет|дум|суд|банк|администраци|правительств|министерств|полици|больниц|школ|библиотек|обозревател|газет|вестник)/u;
/** Adjectives made from place names ("Московская", "Казанского"). */
const RU_PLACE_ADJECTIVE = /[сц]к(ий|ая|ое|ой|ого|ому|им|ую|их|ие|ом)$/u;

/**
 * Russian names of bodies and regions continue in lowercase: "Московская область",
 * "Новосибирский государственный университет", "Институт катализа".
 */
function extendRussian(tokens: Token[], end: number): number {
  const last = tokens[end];
  if (!last || !isCyrillic(last.text)) return end;
  const lowerWord = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      t.word &&
      t.spaced &&
      /^\p{Ll}/u.test(t.text) &&
      isCyrillic(t.text) &&
      !FUNCTION_WORDS.has(t.text)
    );
  };
  let e = end;
  if (RU_PLACE_ADJECTIVE.test(last.text) && lowerWord(e + 1)) {
    while (lowerWord(e + 1) && RU_ADJECTIVE.test(tokens[e + 1]?.text ?? '')) e++;
    const noun = tokens[e + 1]?.text ?? '';
    if (lowerWord(e + 1) && RU_BODY_NOUNS.test(noun)) return e + 1;
    return end;
  }
  if (ORG_OPENERS.has(stem(lower(last.text))) || ORG_OPENERS.has(lower(last.text))) {
    while (lowerWord(e + 1) && e - end < 3) e++;
  }
  return e;
}

/** True for a word the lexicon knows only as an ordinary (non-name) word. */
function isCommonWord(w: string, gaz: Gazetteer): boolean {
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

const isTitle = (w: string, gaz: Gazetteer): boolean =>
  TITLES.has(lower(w).replace(/\.$/, '')) ||
  gaz.tags(lower(w)).some((t) => t === 'Honorific' || t === 'Actor');
const isDemonym = (w: string, gaz: Gazetteer): boolean =>
  DEMONYMS.has(lower(w)) || gaz.tags(lower(w)).includes('Demonym');
const lastWord = (words: string[]): string => lower(words[words.length - 1] ?? '');
/** Ends in a word that institutions named after their place end in ("Council", "университета"). */
const locativeEnd = (words: string[]): boolean => {
  const last = lastWord(words);
  return LOCATIVE_HEADS.has(last) || PLACE_HEADS.has(last) || (isCyrillic(last) && RU_BODY_NOUNS.test(last));
};
const endsInstitution = (words: string[]): boolean => ORG_HEADS.has(lastWord(words));

/** Splits a run at weak connectors ("Cologne and Munich") unless it names an institution. */
function splitWeak(words: string[]): string[][] {
  // "NATO and the European Union": an acronym or "the" beside "and" marks two names.
  const k = words.findIndex((w) => WEAK_CONNECTORS.has(w));
  if (k > 0 && (words[k + 1] === 'the' || isUpper(words[k - 1] ?? '')))
    return [words.slice(0, k), ...splitWeak(words.slice(k + 1))];
  // "Department of Hydrology and Meteorology": an institution's "of" phrase keeps its "and".
  const lead = words.findIndex((w) => !FUNCTION_WORDS.has(lower(w)));
  const opener = lower(words[lead] ?? '');
  const opensInstitution = (ORG_HEADS.has(opener) && words[lead + 1] === 'of') || ORG_OPENERS.has(opener);
  if (endsInstitution(words)) return [words];
  if (opensInstitution) {
    // …unless what follows "and" is an institution of its own ("… and the Arizona Department of …").
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
function trimConnectors(words: string[]): string[] {
  const out = [...words];
  while (out.length && (CONNECTORS.has(out[0] ?? '') || out[0] === '&')) out.shift();
  while (out.length && (CONNECTORS.has(out[out.length - 1] ?? '') || out[out.length - 1] === '&')) out.pop();
  return out;
}

/** Capitalised runs of one segment, cleaned into mentions. */
function segmentMentions(seg: Segment, gaz: Gazetteer): Mention[] {
  const tokens = tokenize(seg.text);
  const out: Mention[] = [];
  for (const { start, end } of runs(tokens)) {
    const before = tokens[start - 1];
    const prevWord = before?.word ? before : undefined;
    // "имени Г. К. Борескова": the person a body is named after is not named in the story.
    let back = start - 1;
    while (back >= 0 && (tokens[back]?.text === '.' || /^\p{Lu}$/u.test(tokens[back]?.text ?? ''))) back--;
    if (/^(имени|им)$/u.test(tokens[back]?.text ?? '')) continue;
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
      (before.text === '–' && start === 1);
    const afterPlacePreposition = !!prevWord && PLACE_PREPOSITIONS.has(lower(prevWord.text));
    let acronym: string | null = null;
    if (tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')') {
      const a = tokens[end + 2]?.text ?? '';
      if (/^\p{Lu}[\p{L}&]{1,7}$/u.test(a) && /\p{Lu}.*\p{Lu}/u.test(a)) acronym = a;
    }
    const runTokens = tokens.slice(start, end + 1).filter((t) => !/^['’]$/u.test(t.text));
    let words = runTokens.map((t, k) => {
      const saint = /^(st|saint)$/i.test(runTokens[k - 1]?.text ?? '');
      const w = k === runTokens.length - 1 && !saint ? t.text.replace(/['’]s$/u, '') : t.text;
      return w.replace(/\.$/, '');
    });
    // Events by their opener ("Storm Gwenllian", "Tropical Cyclone Kirra", "Tour de France").
    if (words.length > 1 && words.slice(0, -1).some((w) => EXCLUDED_OPENERS.has(lower(w)))) continue;
    // Months, weekdays and zone names split a run ("Thursday Harwick" is two things); so does
    // a Russian given name after other words ("Гидрометцентра Анны Беловой").
    const pieces: string[][] = [[]];
    for (const w of words) {
      const current = pieces[pieces.length - 1] ?? [];
      if (current.length && isRussianGivenName(w)) pieces.push([w]);
      else if (CALENDAR.has(lower(w)) || CALENDAR.has(lower(w).replace(/s$/u, ''))) pieces.push([]);
      else pieces[pieces.length - 1]?.push(w);
    }
    const nextTok = tokens[end + 1];
    const nextLower = !!nextTok?.word && /^\p{Ll}/u.test(nextTok.text);
    let first = true;
    for (const piece of pieces.flatMap(splitWeak).flatMap((p) => splitOfPlace(p, gaz))) {
      words = trimConnectors(piece);
      if (!words.length) continue;
      out.push({
        words,
        initial: initial && first,
        afterPlacePreposition,
        titled: false,
        acronym,
        headline: seg.headline,
        nextLower,
        weight: seg.weight,
      });
      first = false;
    }
    initial = false;
  }
  return out;
}

/** Openers kept at a sentence start: they begin many place and institution names. */
const NAME_OPENERS = new Set(
  'north south east west northern southern eastern western central upper lower new great greater little far old san santa saint st mount port lake'.split(
    ' ',
  ),
);

/** The article's own lowercase use of a word (or its plural/singular) marks it as an ordinary word. */
function usedLowercase(w: string, lowercaseWords: Set<string>): boolean {
  const l = lower(w);
  return (
    lowercaseWords.has(l) ||
    lowercaseWords.has(`${l}s`) ||
    (l.endsWith('s') && lowercaseWords.has(l.slice(0, -1)))
  );
}

interface CleanContext {
  gaz: Gazetteer;
  lowercaseWords: Set<string>;
  /** Keys of names seen away from sentence starts (and their tails). */
  midKeys: Set<string>;
  /** How often each whole run occurs. */
  runCounts: Map<string, number>;
}

/** Strips sentence openers, titles and nationalities from a run, leaving the name. */
function cleanMention(m: Mention, ctx: CleanContext): Mention | null {
  const { gaz } = ctx;
  let words = m.words;
  let initial = m.initial;
  let titled = false;
  let placeCue = m.afterPlacePreposition;
  const known = (ws: string[]): boolean =>
    ctx.midKeys.has(keyOf(ws)) || gaz.entries.has(nameKey(ws.join(' ')));
  // Sentence openers that are ordinary words ("Residents of Kirants", "Previous GDL strikes").
  while (initial && words.length) {
    const f = words[0] ?? '';
    const rest = trimConnectors(words.slice(1));
    if (isUpper(f)) break;
    const functional = FUNCTION_WORDS.has(lower(f)) || CALENDAR.has(lower(f)) || isTitle(f, gaz);
    let strip = functional;
    if (!strip && words.length > 1 && !known(words)) {
      // "Previous GDL strikes": the rest is named elsewhere; not a given name seen twice ("Tobi Adeyemi").
      const givenName =
        gaz.tags(lower(f)).some((t) => NAME_TAGS.includes(t)) || (ctx.runCounts.get(keyOf(words)) ?? 0) > 1;
      if (rest.length && known(rest) && !givenName) strip = true;
      // Adjectives often open names ("Safe Ground International"); other ordinary words do not.
      else if (!NAME_OPENERS.has(lower(f)))
        strip =
          !gaz.tags(lower(f)).includes('Adjective') &&
          (usedLowercase(f, ctx.lowercaseWords) || isCommonWord(f, gaz));
    }
    if (!strip) break;
    if (isTitle(f, gaz)) titled = true;
    if (PLACE_PREPOSITIONS.has(lower(f))) placeCue = true;
    words = rest;
    initial = false;
  }
  // A capitalised article or preposition after a dash or dateline ("- The Bank of Canada").
  let afterPlacePreposition = placeCue;
  while (
    words.length > 1 &&
    FUNCTION_WORDS.has(lower(words[0] ?? '')) &&
    !gaz.entries.has(nameKey(words.join(' ')))
  ) {
    if (PLACE_PREPOSITIONS.has(lower(words[0] ?? ''))) afterPlacePreposition = true;
    words = trimConnectors(words.slice(1));
  }
  // Titles, roles and nationalities in front of a person ("Russian President Vladimir Putin").
  if (
    words.length > 1 &&
    !endsInstitution(words) &&
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
  if (!words.length) return null;
  return { ...m, words, initial, titled, afterPlacePreposition };
}

/** Splits "Joaquín Herrera of Spain": a name, then the country it is from. */
function splitOfPlace(words: string[], gaz: Gazetteer): string[][] {
  const i = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'de' || w === 'from'));
  if (i < 0) return [words];
  const before = words.slice(0, i);
  const after = words.slice(i + 1);
  const head = lastWord(before);
  if (
    ORG_HEADS.has(head) ||
    PLACE_HEADS.has(head) ||
    LOCATIVE_HEADS.has(head) ||
    before.some((w) => ORG_OPENERS.has(lower(w)))
  )
    return [words];
  if (before.length < 2 || !gaz.entries.has(nameKey(after.join(' ')))) return [words];
  return [before, after];
}

/** Acronyms of ordinary things, not of organisations. */
const COMMON_ACRONYMS = new Set(
  'AI GPU CPU CEO CFO PE MMR GDP TV PC DNA RNA SMS PHD HIV AIDS IT UV VAT IVF ICU GP OK FAQ PR HR VR AR LED EV SUV ATM USB API GMT BST UTC CCTV MP MPS MEP PM AM FM A&E LGBT LGBTQ'.split(
    ' ',
  ),
);
const EVENT_HEADS = new Set(
  'marathon festival cup championship championships games parade fair expo awards olympics'.split(' '),
);

/**
 * Events, streets and venues are not entities; nor are lone ordinary words. An event named
 * after a known place ("the Brighton Marathon") still names the place.
 */
function excluded(m: Mention, ctx: CleanContext): Mention | 'drop' | 'keep' {
  const { gaz } = ctx;
  const first = lower(m.words[0] ?? '');
  const last = lastWord(m.words);
  if (gaz.entries.has(nameKey(m.words.join(' ')))) return 'keep';
  if (EXCLUDED_OPENERS.has(first) && m.words.length > 1) return 'drop';
  if (EXCLUDED_HEADS.has(last) && !ORG_HEADS.has(last)) {
    const prefix = m.words.slice(0, -1);
    return EVENT_HEADS.has(last) && gaz.entries.has(nameKey(prefix.join(' ')))
      ? { ...m, words: prefix }
      : 'drop';
  }
  if (m.words.length > 1) return 'keep';
  const w = m.words[0] ?? '';
  if (isUpper(w) || /^\p{Lu}{2,}s$/u.test(w)) {
    const bare = w.replace(/s$/u, '');
    if (COMMON_ACRONYMS.has(w.toUpperCase()) || (w !== bare && COMMON_ACRONYMS.has(bare.toUpperCase())))
      return 'drop';
    if (/^\p{Lu}{2,}s$/u.test(w)) return 'drop';
    return w.length > 2 && isCommonWord(w, gaz) ? 'drop' : 'keep';
  }
  // "Ariz.", "Calif.": abbreviations the lexicon knows are not names on their own.
  if (gaz.tags(lower(w)).includes('Abbreviation')) return 'drop';
  if (
    w.length < 2 ||
    FUNCTION_WORDS.has(lower(w)) ||
    CALENDAR.has(lower(w)) ||
    isTitle(w, gaz) ||
    isDemonym(w, gaz)
  )
    return 'drop';
  if (m.initial && isCommonWord(w, gaz)) return 'drop';
  return usedLowercase(w, ctx.lowercaseWords) ? 'drop' : 'keep';
}

/** Letters of an acronym a name would have: "Natural Resources Wales" → "NRW". */
function initials(words: string[], withConnectors: boolean): string {
  return words
    .filter((w) => withConnectors || !CONNECTORS.has(w))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

/** A Russian institution word in its dictionary form ("Институте" → "Институт"). */
function nominative(w: string): string {
  if (!isCyrillic(w)) return w;
  const s = stem(lower(w));
  if (!ORG_OPENERS.has(s) || s === lower(w)) return w;
  return w.charAt(0) + s.slice(1);
}

interface Group {
  key: string;
  names: Map<string, number>;
  words: string[];
  /** Every word sequence merged into the group ("Dot Ainsworth", "Dorothy Ainsworth"). */
  forms: string[][];
  kind: EntityKind | null;
  person: boolean;
  placeVotes: number;
  weight: number;
  order: number;
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const NAME_PARTICLES = new Set([
  'de',
  'des',
  'du',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'del',
  'la',
  'le',
  'dos',
  'das',
]);

/** Whether a multi-word run looks like a person's name. */
function looksLikePerson(words: string[], titled: boolean, gaz: Gazetteer): boolean {
  if (words.length < 2 || words.length > 4) return titled && words.length === 1;
  // Particles belong to a name only after a known given name ("Laurence des Cars").
  const given = gaz.tags(lower(words[0] ?? '')).some((t) => NAME_TAGS.includes(t));
  const particle = (w: string): boolean => given && NAME_PARTICLES.has(w);
  if (words.some((w) => (CONNECTORS.has(w) && !particle(w)) || w === '&' || isUpper(w))) return false;
  if (endsInstitution(words) || PLACE_HEADS.has(lastWord(words)) || ORG_OPENERS.has(lower(words[0] ?? '')))
    return false;
  if (PLACE_OPENERS.has(lower(words[0] ?? ''))) return false;
  if (gaz.entries.has(nameKey(words.join(' ')))) return false;
  if (titled || gaz.tags(lower(words[0] ?? '')).some((t) => NAME_TAGS.includes(t))) return true;
  if (isCyrillic(words[0] ?? '')) return isRussianGivenName(words[0] ?? '');
  if (gaz.tags(lastWord(words)).includes('LastName')) return true;
  // Unknown words throughout: most often a name from outside the lexicon ("Levon Harutyunyan").
  return words.every(
    (w) =>
      !gaz.entries.has(nameKey(w)) &&
      gaz.tags(lower(w)).every((t) => NAME_TAGS.includes(t) || t === 'LastName' || t === 'Person'),
  );
}

const GERMAN_FUNCTION = new Set(
  'der die das und nicht ist ein eine einen mit für auf dem den zu sich auch wird werden hat haben im vom zum zur bei nach über sind war'.split(
    ' ',
  ),
);
/** Institution words inside German compounds ("Gewerkschaft", "Bundesamt", "Ministerium"). */
const GERMAN_ORG_HEADS =
  /(gewerkschaft|verband|ministerium|amt|universität|partei|gmbh|^ag$|bank|gericht|polizei|stiftung|institut|verein|konzern|bahn)$/u;

/** Whether the text is in a language that capitalises common nouns (German). */
function capitalisesNouns(segments: Segment[]): boolean {
  let words = 0;
  let hits = 0;
  for (const s of segments) {
    for (const m of s.text.matchAll(/\p{L}+/gu)) {
      words++;
      if (GERMAN_FUNCTION.has(m[0])) hits++;
    }
  }
  return words > 20 && hits / words > 0.08;
}

/** All entities of one article: mentions grouped by name, aliases and surnames resolved. */
export function findEntities(segments: Segment[], gaz: Gazetteer): Entities {
  const lowercaseWords = new Set<string>();
  for (const s of segments)
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) lowercaseWords.add(m[0]);
  const raw = segments.flatMap((s) => segmentMentions(s, gaz));
  const midKeys = new Set<string>();
  const runCounts = new Map<string, number>();
  for (const m of raw) {
    runCounts.set(keyOf(m.words), (runCounts.get(keyOf(m.words)) ?? 0) + 1);
    if (m.initial) continue;
    for (let i = 0; i < m.words.length; i++) midKeys.add(keyOf(m.words.slice(i)));
  }
  const ctx: CleanContext = { gaz, lowercaseWords, midKeys, runCounts };
  const mentions: Mention[] = [];
  for (const r of raw) {
    const m = cleanMention(r, ctx);
    if (!m) continue;
    const verdict = excluded(m, ctx);
    if (verdict === 'drop') continue;
    mentions.push(verdict === 'keep' ? m : verdict);
  }

  // Hyphenated pairs of names found on their own elsewhere ("Putin-Trump") are split.
  const partKeys = new Set<string>();
  for (const m of mentions) for (const w of m.words) partKeys.add(keyOf([w]));
  const expanded: Mention[] = [];
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    const parts = w.split('-');
    if (m.words.length === 1 && parts.length > 1 && parts.every((p) => partKeys.has(keyOf([p])))) {
      for (const p of parts) expanded.push({ ...m, words: [p] });
    } else expanded.push(m);
  }

  // A name only in a title-case headline, or only at sentence starts, needs support elsewhere.
  const corroborated = new Set<string>();
  const bodyKeys = new Set<string>();
  for (const m of expanded) {
    if (!m.initial || m.words.length > 1) for (const w of m.words) corroborated.add(keyOf([w]));
    if (!m.headline) bodyKeys.add(keyOf(m.words));
  }
  // German capitalises every noun, so there a capital marks a name only with more evidence.
  const nounCaps = capitalisesNouns(segments);
  const personWords = new Set<string>();
  for (const m of expanded)
    if (m.words.length > 1 && looksLikePerson(m.words, m.titled, gaz))
      for (const w of m.words) personWords.add(keyOf([w]));
  const kept = expanded.filter((m) => {
    const key = keyOf(m.words);
    const inGaz = gaz.entries.has(nameKey(m.words.join(' ')));
    if (nounCaps && !inGaz && !isUpper(m.words[0] ?? '')) {
      if (m.words.length === 1 && !personWords.has(key)) return false;
      const named =
        looksLikePerson(m.words, m.titled, gaz) ||
        m.words.some((w) => ORG_HEADS.has(lower(w)) || GERMAN_ORG_HEADS.test(lower(w)));
      if (m.words.length > 1 && !named) return false;
    }
    if (m.headline && !inGaz && !bodyKeys.has(key)) return false;
    const acronym = isUpper(m.words[0] ?? '');
    if (m.words.length === 1 && m.initial && !acronym && !corroborated.has(key) && !inGaz) return false;
    return true;
  });

  const groups = new Map<string, Group>();
  const acronyms = new Map<string, string>();
  let order = 0;
  for (const m of kept) {
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
    const name = gazEntry?.canonical || display;
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    if (looksLikePerson(m.words, m.titled, gaz)) g.person = true;
    if (m.afterPlacePreposition) g.placeVotes++;
    g.weight += m.weight;
    if (m.acronym) acronyms.set(nameKey(m.acronym), key);
  }
  resolveAliases(groups, gaz, acronyms);
  return classify([...groups.values()], gaz);
}

const PLACE_OPENERS = new Set('col mount mt lake river cape isla río rio monte sierra loch glen'.split(' '));

/** Moves one group's mentions into another. */
function mergeInto(groups: Map<string, Group>, from: Group, into: Group): void {
  for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  for (const form of from.forms) into.forms.push(form);
  into.weight += from.weight;
  into.order = Math.min(into.order, from.order);
  groups.delete(from.key);
}

/** Merges acronyms, surnames and short forms into the full names used in the same article. */
function resolveAliases(groups: Map<string, Group>, gaz: Gazetteer, acronyms: Map<string, string>): void {
  mergeNicknames(groups);
  const live = (g: Group): boolean => groups.has(g.key);
  const multi = (): Group[] => [...groups.values()].filter((g) => g.words.length > 1);
  const firstOf = (f: string[]): string => keyOf([f[0] ?? '']);
  const lastOf = (f: string[]): string => keyOf([f[f.length - 1] ?? '']);
  // "St Botolph’s" for "St Botolph’s Church": a shorter run that opens a longer one.
  for (const g of multi()) {
    if (!live(g) || g.person || gaz.entries.has(g.key)) continue;
    const longer = multi().filter(
      (m) =>
        m !== g &&
        !m.person &&
        m.words.length > g.words.length &&
        keyOf(m.words.slice(0, g.words.length)) === keyOf(g.words) &&
        !locativeEnd(m.words),
    );
    if (longer.length === 1 && longer[0]) mergeInto(groups, g, longer[0]);
  }
  for (const g of [...groups.values()]) {
    if (g.words.length !== 1 || !live(g)) continue;
    const w = g.words[0] ?? '';
    const many = multi();
    // A bracketed acronym, or one whose letters are a longer name's initials.
    if (/\p{Lu}.*\p{Lu}/u.test(w)) {
      const defined = acronyms.get(nameKey(w));
      const target = defined ? groups.get(defined) : undefined;
      if (target && target !== g) {
        mergeInto(groups, g, target);
        continue;
      }
      const letters = w.replace(/\p{Ll}/gu, '');
      const byInitials = many.filter(
        (m) => initials(m.words, false) === letters || initials(m.words, true) === letters,
      );
      if (byInitials.length === 1 && byInitials[0]) {
        mergeInto(groups, g, byInitials[0]);
        continue;
      }
    }
    if (gaz.entries.has(nameKey(w)) && !g.person) continue;
    const k = keyOf([w]);
    // A surname (or first name) of one person named in full elsewhere.
    const people = many.filter(
      (m) => m.person && m.forms.some((f) => f.length > 1 && (lastOf(f) === k || firstOf(f) === k)),
    );
    if (people.length === 1 && people[0]) {
      mergeInto(groups, g, people[0]);
      continue;
    }
    if (people.length > 1) {
      groups.delete(g.key);
      continue;
    }
    // The short form of a name: "Kiboshi" for "Kiboshi Space", "Tourmalet" for "Col du Tourmalet",
    // but not "Harwick" for its council.
    const longer = many.filter(
      (m) =>
        !m.person &&
        ((firstOf(m.words) === k && !locativeEnd(m.words)) ||
          (lastOf(m.words) === k && (PLACE_OPENERS.has(lower(m.words[0] ?? '')) || ORG_HEADS.has(lower(w))))),
    );
    if (longer.length === 1 && longer[0]) mergeInto(groups, g, longer[0]);
  }
}

/** "Dot Ainsworth" and "Dorothy Ainsworth": one surname, a short form of one first name. */
function mergeNicknames(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((g) => g.person && g.words.length === 2);
  for (const a of people) {
    for (const b of people) {
      if (a === b || !groups.has(a.key) || !groups.has(b.key)) continue;
      const [fa = '', la = ''] = a.words;
      const [fb = '', lb = ''] = b.words;
      if (la !== lb || fa.length >= fb.length || fa.length > 4 || fa.slice(0, 2) !== fb.slice(0, 2)) continue;
      mergeInto(groups, a, b);
    }
  }
}

/** Picks each group's display name and kind. */
function classify(groups: Group[], gaz: Gazetteer): Entities {
  const out: Entities = { people: [], places: [], organisations: [] };
  const seen = new Set<string>();
  for (const g of groups.sort((a, b) => a.order - b.order)) {
    const names = [...g.names.entries()].sort(
      (a, b) =>
        b[0].split(' ').length - a[0].split(' ').length ||
        Number(isUpper(a[0])) - Number(isUpper(b[0])) ||
        b[1] - a[1],
    );
    let name = names[0]?.[0] ?? '';
    if (isUpper(name) && name.length > 3 && gaz.entries.get(nameKey(name))?.canonical !== name) {
      // A dateline city in capitals ("GENEVA") reads as the place name.
      const titleCase = name.charAt(0) + name.slice(1).toLowerCase();
      if (gaz.entries.has(nameKey(titleCase))) name = titleCase;
    }
    if (!name || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    const last = lastWord(g.words);
    const kind: EntityKind =
      g.kind ??
      (g.person
        ? 'person'
        : endsInstitution(g.words) || ORG_OPENERS.has(lower(g.words[0] ?? '')) || isUpper(g.words.join(''))
          ? 'organisation'
          : PLACE_HEADS.has(last) || PLACE_OPENERS.has(lower(g.words[0] ?? '')) || g.placeVotes > 0
            ? 'place'
            : 'organisation');
    (kind === 'person' ? out.people : kind === 'place' ? out.places : out.organisations).push(name);
  }
  return out;
}
