import { nameKey, type Gazetteer } from '../gazetteer.js';
import {
  CALENDAR,
  CONNECTORS,
  DEMONYMS,
  EXCLUDED_OPENERS,
  FUNCTION_WORDS,
  LOCATIVE_HEADS,
  ORG_HEADS,
  ORG_OPENERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  TITLES,
  WEAK_CONNECTORS,
} from '../words.js';
import type { Segment } from './index.js';
import { isCyrillic, RU_BODY_NOUNS, splitTrailingPerson, stem } from './russian.js';
import { isUpper, lower, runs, SENTENCE_BREAK, tokenize } from './tokens.js';

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
  /** Stripped a personal title or honorific ("Judge", "Dr"). */
  titled: boolean;
  /** An acronym given in brackets right after it: "Coastal Waters Agency (CWA)". */
  acronym: string | null;
  /** From a title-case headline. */
  headline: boolean;
  /** Followed by a lowercase word ("Danish pastry"): an adjective when it is a lone word. */
  nextLower: boolean;
  weight: number;
}

export const isTitle = (w: string, gaz: Gazetteer): boolean =>
  TITLES.has(lower(w).replace(/\.$/, '')) ||
  gaz.tags(lower(w)).some((t) => t === 'Honorific' || t === 'Actor');
export const isDemonym = (w: string, gaz: Gazetteer): boolean =>
  DEMONYMS.has(lower(w)) || gaz.tags(lower(w)).includes('Demonym');
export const lastWord = (words: string[]): string => lower(words[words.length - 1] ?? '');
/** Ends in a word that institutions named after their place end in ("Council", "университета"). */
export const locativeEnd = (words: string[]): boolean => {
  const last = lastWord(words);
  return LOCATIVE_HEADS.has(last) || PLACE_HEADS.has(last) || (isCyrillic(last) && RU_BODY_NOUNS.test(last));
};
export const endsInstitution = (words: string[]): boolean => ORG_HEADS.has(lastWord(words));

/** Splits a run at weak connectors ("Lyon and Turin") unless it names an institution. */
function splitWeak(words: string[]): string[][] {
  // "NATO and the European Union": an acronym or "the" beside "and" marks two names.
  const k = words.findIndex((w) => WEAK_CONNECTORS.has(w));
  if (k > 0 && (words[k + 1] === 'the' || isUpper(words[k - 1] ?? '')))
    return [words.slice(0, k), ...splitWeak(words.slice(k + 1))];
  // "Bureau of Mines and Quarries": an institution's "of" phrase keeps its "and".
  const lead = words.findIndex((w) => !FUNCTION_WORDS.has(lower(w)));
  const opener = lower(words[lead] ?? '');
  const opensInstitution = (ORG_HEADS.has(opener) && words[lead + 1] === 'of') || ORG_OPENERS.has(opener);
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

/** Capitalised runs of one segment, cleaned into mentions. */
export function segmentMentions(seg: Segment, gaz: Gazetteer): Mention[] {
  const tokens = tokenize(seg.text);
  const out: Mention[] = [];
  for (const { start, end } of runs(tokens)) {
    const before = tokens[start - 1];
    const prevWord = before?.word ? before : undefined;
    // "имени А. С. Попова": the person a body is named after is not named in the story.
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
    // Events by their opener ("Storm Odile", "Tropical Cyclone Ana", "Giro d’Italia").
    if (words.length > 1 && words.slice(0, -1).some((w) => EXCLUDED_OPENERS.has(lower(w)))) continue;
    // Months, weekdays and zone names split a run ("Thursday Kelby" is two things); so does a
    // Russian person's name after a body's ("Метеобюро Ольги Зориной").
    const pieces: string[][] = [[]];
    for (const w of words) {
      if (CALENDAR.has(lower(w)) || CALENDAR.has(lower(w).replace(/s$/u, ''))) pieces.push([]);
      else pieces[pieces.length - 1]?.push(w);
    }
    const nextTok = tokens[end + 1];
    const nextLower = !!nextTok?.word && /^\p{Ll}/u.test(nextTok.text);
    let first = true;
    for (const piece of pieces
      .flatMap(splitTrailingPerson)
      .flatMap(splitWeak)
      .flatMap((p) => splitOfPlace(p, gaz))) {
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
    before.some((w) => ORG_OPENERS.has(lower(w)))
  )
    return [words];
  if (before.length < 2 || !gaz.entries.has(nameKey(after.join(' ')))) return [words];
  return [before, after];
}
