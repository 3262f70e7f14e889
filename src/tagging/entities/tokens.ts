import { isStopword, stopwordSet } from '../../language/stopwords.js';
import { isAnyGivenName } from '../given-names.js';
import { CONNECTORS, ORG_HEADS, ORG_OPENERS, WEAK_CONNECTORS } from '../words.js';
import { extendRussian } from './russian.js';
import { sharedPrefixLength } from '../../language/word-forms.js';

/** A word or punctuation mark of a text segment. */
export interface Token {
  text: string;
  word: boolean;
  /** A lowercase affix was cut off here ("Oslo-based"), so a name cannot run on. */
  cut: boolean;
  /** Whitespace before it (names run across spaces only). */
  spaced: boolean;
  /** The word before its lowercase affix was cut off ("Vila-real"), when one was. */
  whole?: string;
  /** The name after a lowercase prefix glued to it ("Harare" of "yeHarare"), where prefixes glue. */
  glued?: string;
}

/**
 * A name with a lowercase prefix glued to its capital: Bantu languages write a noun-class or
 * case prefix so ("yeHarare", "muChipinge", "saseThornhill", invented "kuMbeleni"), Irish its
 * eclipsis ("i nGaillimh"). The prefix is short and Latin (a capital inside a Cyrillic word is a
 * letter of its own: Chechen "тӀе"); the name goes on in lowercase after its capital, four
 * letters at least: a shorter one is rather a title's abbreviation ("uMnu", Mr).
 */
const GLUED = /^(\p{Script=Latin}{1,4})(?<=^\p{Ll}+)(\p{Lu}\p{Ll}[\p{L}\p{M}]{2,}(?:[-'’][\p{L}\p{M}]+)*)$/u;

/** The name a glued prefix stands before, or null. */
export const gluedName = (word: string): string | null => GLUED.exec(word)?.[2] ?? null;

/** Different glued words a text must write before its lowercase prefixes are read as glued. */
const MIN_GLUED = 2;

/**
 * Whether a text glues prefixes to its names: several different words so written. One alone may
 * be a brand ("eBay").
 */
export function gluesPrefixes(text: string): boolean {
  const words = text.match(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu) ?? [];
  return new Set(words.filter((w) => GLUED.test(w))).size >= MIN_GLUED;
}

export const isCap = (w: string): boolean => /^(?:[dl]['’])?\p{Lu}/u.test(w);
export const isUpper = (w: string): boolean =>
  /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w.replace(/['’]s$/u, ''));
export const hasDigit = (w: string): boolean => /\p{N}/u.test(w);
export const lower = (w: string): string => w.toLowerCase();

/**
 * Words and punctuation; hyphenated lowercase affixes ("ex-US", "Oslo-based") are cut off. With
 * `glue`, a name's glued prefix is marked (Token.glued).
 */
export function tokenize(text: string, glue = false): Token[] {
  const out: Token[] = [];
  // Uzbek writes its o‘ and g‘ with a turned comma ("Farg‘ona"): inside a word it is a letter.
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‘.][\p{L}\p{M}\p{N}]+)*|\S/gu;
  for (const m of text.matchAll(re)) {
    const spaced = m.index === 0 || /\s/u.test(text[m.index - 1] ?? ' ');
    let t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    let cut = false;
    if (word && t.includes('-')) {
      const parts = t.split('-');
      // "Falcon-9", "A-303": model numbers and road codes are not names.
      if (parts.some(hasDigit)) t = t.toLowerCase();
      while (parts.length > 1 && !isCap(parts[0] ?? '')) parts.shift();
      while (parts.length > 1 && !isCap(parts[parts.length - 1] ?? '')) {
        parts.pop();
        cut = true;
      }
      if (!hasDigit(t)) t = parts.join('-');
    }
    // "Industrie- und Handelskammer": a word cut short before "und" shares the next one's head.
    const prev = out[out.length - 1];
    if (
      t === '-' &&
      !spaced &&
      prev?.word &&
      /^\s+(?:und|oder|and|or|et|en|och|og)\s/u.test(text.slice(m.index + 1))
    ) {
      prev.text += '-';
      continue;
    }
    const glued = glue && word ? gluedName(t) : null;
    out.push({
      text: t,
      word,
      spaced,
      cut,
      ...(t !== m[0] && word ? { whole: m[0] } : {}),
      ...(glued ? { glued } : {}),
    });
  }
  return out;
}

export const CONTRACTION = /['’](ve|ll|m|d|re|t)$/iu;

/**
 * A lowercase ending after an apostrophe: the English possessive ("Kelby's") or a case ending
 * that Turkish and other languages write so after a name ("Kelby'deki", "Kelby'ye").
 */
export const APOSTROPHE_ENDING = /['’]\p{Ll}+$/u;

/** An elided article or preposition before an apostrophe ("L'", "dell'", "qu'"): no name's letter. */
const ELISION = /^(?:\p{L}|dell|dall|nell|sull|all|coll|quell|un|qu|jusqu|lorsqu|puisqu)['’‘]/iu;

/** Languages that write a case ending after an apostrophe when a name takes one ("Kelby'ye"). */
const APOSTROPHE_CASES = new Set(['tr', 'pl']);

/**
 * Capitalised words of a text whose apostrophe is a letter of the name, not the mark before a
 * case ending: a glottal stop or a letter of its own ("Ka'ena", "Ng'endo", invented). A case
 * ending shows itself where the text writes the same name bare or with another ending, or in a
 * language that writes its endings so; an English possessive is always one.
 */
export function apostropheNames(text: string, language: string | null): ReadonlySet<string> {
  if (language && APOSTROPHE_CASES.has(language)) return new Set();
  const words = text.match(/\p{Lu}[\p{L}\p{M}]*(?:['’‘][\p{L}\p{M}]+)*/gu) ?? [];
  const stems = new Map<string, Set<string>>();
  for (const w of words) {
    const stem = w.replace(APOSTROPHE_ENDING, '');
    stems.set(stem, (stems.get(stem) ?? new Set()).add(w));
  }
  return new Set(
    words.filter((w) => {
      if (!APOSTROPHE_ENDING.test(w) || /['’]s$/u.test(w) || ELISION.test(w)) return false;
      const forms = stems.get(w.replace(APOSTROPHE_ENDING, '')) ?? new Set();
      return forms.size === 1;
    }),
  );
}

export const SENTENCE_BREAK = new Set([
  '.',
  '!',
  '?',
  ':',
  '“',
  '"',
  '‘',
  '«',
  '„',
  '…',
  '•',
  '—',
  ';',
  '¿',
  '¡',
]);

export interface Segment {
  text: string;
  weight: number;
  /** Every word is capitalised (a title-case headline). */
  headline: boolean;
}

/**
 * A short function word of a language other than English ("por", "voor", "het", Polish "w"):
 * inside a body's name it joins what the body is of or for ("Agentschap voor Natuur en Bos",
 * "Sąd Rejonowy w Lublinie"). English joins with the connectors alone; German, which capitalises
 * every noun, with none ("die Bahn will die Strecke").
 */
const bodyJoiner = (t: Token | undefined): boolean =>
  !!t?.word &&
  /^\p{Ll}{1,4}$/u.test(t.text) &&
  isStopword(t.text) &&
  !stopwordSet('en').has(t.text) &&
  !(t.text.length > 1 && stopwordSet('de').has(t.text));

/** Letters a listed body word and a form of it in a related language share at least. */
const BODY_STEM = 5;
/** Letters of a case ending: more would take "Universe" for a form of "University". */
const BODY_ENDING = 2;

/** Two forms of one body word: the stem shared, the endings short. */
function sameBodyStem(a: string, b: string): boolean {
  const n = sharedPrefixLength(a, b);
  return n >= BODY_STEM && a.length - n <= BODY_ENDING && b.length - n <= BODY_ENDING;
}

/** The listed body words by their first letters, to find forms of them in one lookup. */
const BODY_STEMS: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>();
  for (const w of [...ORG_HEADS, ...ORG_OPENERS])
    if (w.length > BODY_STEM)
      byStem.set(w.slice(0, BODY_STEM), [...(byStem.get(w.slice(0, BODY_STEM)) ?? []), w]);
  return byStem;
})();

/**
 * A form of a listed body word that is not listed itself: a case form, or the cognate of a
 * language without a list ("Spitali" of "Spitalul", "Ministria" of "Ministry"), the stem shared
 * and the endings short.
 */
export function isBodyForm(word: string): boolean {
  const w = lower(word);
  if (ORG_HEADS.has(w) || ORG_OPENERS.has(w) || w.length <= BODY_STEM) return false;
  return !!BODY_STEMS.get(w.slice(0, BODY_STEM))?.some((b) => sameBodyStem(w, b));
}

/** A listed body word or a form of one. */
export const isBodyWord = (word: string): boolean =>
  ORG_HEADS.has(lower(word)) || ORG_OPENERS.has(lower(word)) || isBodyForm(word);

/** A word naming a kind of body ("Council", "Asociación", "Sąd"). */
const bodyWord = (t: Token | undefined): boolean => !!t && isBodyWord(t.text);

/**
 * Where a list of single capitalised words that a body's name ends in closes ("…of Trade,
 * Industry and Energy", "…Tanah, Air, dan Udara"): after the comma right behind the run's
 * `end`, words each set off by a comma, then a joining word and one more capitalised word.
 * -1 when no such list follows. Given names and listed places make a list of names instead.
 */
function forList(
  tokens: Token[],
  start: number,
  end: number,
  joiners: ReadonlySet<string>,
  listed: (word: string) => boolean,
): number {
  if (!tokens.slice(start, end + 1).some(bodyWord) || isAnyGivenName(tokens[start]?.text ?? '')) return -1;
  const plain = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t?.word &&
      t.spaced &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !t.cut &&
      !isAnyGivenName(t.text) &&
      !listed(t.text)
    );
  };
  const joins = (k: number): boolean => {
    const t = tokens[k];
    return !!t?.word && (WEAK_CONNECTORS.has(t.text) || bodyJoiner(t) || joiners.has(t.text));
  };
  let k = end;
  while (tokens[k + 1]?.text === ',' && !tokens[k + 1]?.spaced) {
    // "…, Industry and Energy" or "…, Industry, and Energy".
    if (plain(k + 2) && joins(k + 3) && plain(k + 4)) return k + 4;
    if (joins(k + 2) && plain(k + 3)) return k > end ? k + 3 : -1;
    if (!plain(k + 2)) return -1;
    k += 2;
  }
  return -1;
}

/** A run of capitalised words joined by spaces and name connectors ("of", "de", "&"). */
export function runs(
  tokens: Token[],
  joiners: ReadonlySet<string> = new Set(),
  listed: (word: string) => boolean = () => false,
  apostrophes: ReadonlySet<string> = new Set(),
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  const capWord = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.word && isCap(t.text) && !hasDigit(t.text) && t.text !== 'I' && !CONTRACTION.test(t.text);
  };
  while (i < tokens.length) {
    // A glued name opens a run; it does not go on one: what a prefix glues to a name before it
    // may be a possessive ("Hurumende yeZimbabwe") or "and" and "in" ("Glen View neBudiriro").
    if (!capWord(i) && !tokens[i]?.glued) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    for (;;) {
      const cur = tokens[end];
      if (cur?.cut) break;
      // A possessive ends the name ("Norway's Veltra Motors"), except in saints' names.
      // It joins when an institution word follows ("the City Sheriff's Office").
      const possessive =
        cur && /['’]s$/u.test(cur.text) && !/^(st|saint)$/i.test(tokens[end - 1]?.text ?? '');
      if (possessive && !(capWord(end + 1) && ORG_HEADS.has(lower(tokens[end + 1]?.text ?? '')))) break;
      // Any other ending after an apostrophe closes the name it is attached to.
      if (cur && !possessive && APOSTROPHE_ENDING.test(cur.text) && !apostrophes.has(cur.text)) break;
      const next = tokens[end + 1];
      // "Ministry of Trade, Industry and Energy": a list of plain words, closed by a joining
      // word, says what the body is for.
      const listEnd = next?.text === ',' ? forList(tokens, start, end, joiners, listed) : -1;
      if (listEnd > end) {
        end = listEnd;
        continue;
      }
      if (!next || !next.spaced) {
        // "Workers’ Union": a bare apostrophe after a plural joins.
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
      const shared = !!cur?.text.endsWith('-') && next.word && WEAK_CONNECTORS.has(next.text);
      const conn = next.text === '&' || (next.word && CONNECTORS.has(next.text)) || shared;
      if (conn && capWord(end + 2) && tokens[end + 2]?.spaced) {
        end += 2;
        continue;
      }
      // "Union of the Dutch…", "Consejo para la Defensa…": two connectors in a row.
      const next2 = tokens[end + 2];
      if (conn && next2?.word && CONNECTORS.has(next2.text) && capWord(end + 3)) {
        end += 3;
        continue;
      }
      // A body's name joins what it is of or for across its language's short function words.
      // (Not after a given name: "Ana Cruz até …" is a person, whatever "Cruz" opens elsewhere.)
      const body = tokens.slice(start, end + 1).some(bodyWord) && !isAnyGivenName(tokens[start]?.text ?? '');
      // `joiners`: the short function words of a language the lists lack ("dhe", "i").
      const joiner = (t: Token | undefined): boolean => bodyJoiner(t) || (!!t?.word && joiners.has(t.text));
      const joins = (k: number): boolean =>
        joiner(tokens[k]) || !!(tokens[k]?.word && CONNECTORS.has(tokens[k]?.text ?? ''));
      if (body && (conn || joiner(next))) {
        if (capWord(end + 2) && tokens[end + 2]?.spaced) {
          end += 2;
          continue;
        }
        if (joins(end + 2) && capWord(end + 3)) {
          end += 3;
          continue;
        }
      }
      break;
    }
    end = extendRussian(tokens, end);
    out.push({ start, end });
    i = end + 1;
  }
  return out;
}
