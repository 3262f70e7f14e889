import { stemmer as ar } from '@orama/stemmers/arabic';
import { stemmer as da } from '@orama/stemmers/danish';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as nb } from '@orama/stemmers/norwegian';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { francAll } from 'franc';
import {
  functionShare,
  LEAST_FUNCTION_SHARE,
  STOPWORD_LANGUAGES,
  stopwordLanguages,
  stopwordSet,
  type StopwordLanguage,
} from '../language/stopwords.js';

/** Snowball stemmers (the @orama/stemmers package) for the languages tagging reads. */
const STEMMERS: Partial<Record<StopwordLanguage, (word: string) => string>> = {
  ar,
  da,
  de,
  en,
  es,
  fr,
  it,
  nb,
  nl,
  pt,
  ru,
  sv,
};

/** Stem of a lowercase word in `lang`; the word itself where no stemmer is known. */
export function stem(word: string, lang: StopwordLanguage): string {
  const s = STEMMERS[lang];
  return s ? s(word) : word;
}

/**
 * The language whose function words are most frequent among `words` (lowercase); English when
 * nothing tells (too few words, or no function word at all).
 */
export function detectLanguage(words: readonly string[]): StopwordLanguage {
  const hits = new Map<StopwordLanguage, number>();
  for (const w of words.slice(0, 400))
    for (const lang of stopwordLanguages(w)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  // Ties go to the language listed first, as asking each language in turn would give.
  let best: StopwordLanguage = 'en';
  let bestHits = 0;
  for (const lang of STOPWORD_LANGUAGES) {
    const n = hits.get(lang) ?? 0;
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return bestHits >= 2 ? best : 'en';
}

/** Fewest words a text needs before its share of function words says anything. */
const FEW_WORDS = 20;

/** The script of the languages told apart that are not written in Latin letters. */
const SCRIPTS: Partial<Record<StopwordLanguage, RegExp>> = {
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
};

/** Whether at least half the words with letters are written in `lang`'s script. */
function inScriptOf(words: readonly string[], lang: StopwordLanguage): boolean {
  const script = SCRIPTS[lang] ?? /\p{Script=Latin}/u;
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  return lettered.filter((w) => script.test(w)).length * 2 >= lettered.length;
}

/**
 * Whether `words` (lowercase) read as written in `lang`: false when too few of them are its
 * function words, as when a language we have no list for (Persian, Latvian, Swahili) was told as
 * the nearest one we have. Too short a text to tell passes when written in the language's script
 * (a Japanese headline of two words is no English one).
 */
export function readsAs(words: readonly string[], lang: StopwordLanguage): boolean {
  if (words.length <= FEW_WORDS) return inScriptOf(words, lang);
  return functionShare(words, stopwordSet(lang)) >= LEAST_FUNCTION_SHARE;
}

/** Characters of a text read to tell its language: its opening says it, and more costs time. */
const IDENTIFY_CHARS = 1000;
/** Fewest letters franc needs before its guess says anything. */
const IDENTIFY_MIN = 40;

/** The language franc ranks here stands for "no likelier than most": scores are taken above it. */
const BASELINE_RANK = 9;

/**
 * How like each language a text's letter trigrams are, by franc (187 languages): BCP 47 codes
 * ("sk", "cy") → 1 for the likeliest, 0 for the tenth likeliest, between for those between
 * (franc's raw scores bunch up close to 1); empty when the text is too short to tell. It tells
 * apart what function words cannot: close languages (Slovak and Czech, Bulgarian and Ukrainian)
 * and those no stopword list covers (Welsh, whose few function words German also lists).
 */
export function languageLikeness(text: string): Map<string, number> {
  const ranked = francAll(text.slice(0, IDENTIFY_CHARS), { minLength: IDENTIFY_MIN }).filter(
    ([code]) => code !== 'und',
  );
  const floor = ranked[Math.min(BASELINE_RANK, ranked.length - 1)]?.[1] ?? 0;
  const out = new Map<string, number>();
  for (const [code, score] of ranked.slice(0, BASELINE_RANK)) {
    const tag = bcp47(code);
    const v = floor < 1 ? (score - floor) / (1 - floor) : 1;
    if (tag) out.set(tag, Math.max(out.get(tag) ?? 0, v));
  }
  return out;
}

/** ISO 639-3 to the shortest tag ("slk" → "sk"; Norwegian's two written forms as one): Intl knows CLDR's aliases. */
function bcp47(code: string): string | null {
  try {
    const tag = Intl.getCanonicalLocales(code)[0]?.split('-')[0] ?? null;
    return tag === 'nn' || tag === 'no' ? 'nb' : tag;
  } catch {
    return null;
  }
}

/** How close to the likeliest language a language must come for a text to be taken as written in it. */
const NEAR_LIKELIEST = 0.75;

/**
 * Whether a text's letters say it could be in `lang`: the language is among the likeliest, or
 * nothing could be told (`likeness` empty).
 */
export function plausiblyIn(likeness: ReadonlyMap<string, number>, lang: StopwordLanguage): boolean {
  return likeness.size === 0 || (likeness.get(lang) ?? 0) >= NEAR_LIKELIEST;
}
