import { stemmer as da } from '@orama/stemmers/danish';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { isStopword, STOPWORD_LANGUAGES, type StopwordLanguage } from '../language/stopwords.js';

/** Snowball stemmers (the @orama/stemmers package) for the languages tagging reads. */
const STEMMERS: Partial<Record<StopwordLanguage, (word: string) => string>> = {
  da,
  de,
  en,
  es,
  fr,
  it,
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
  let best: StopwordLanguage = 'en';
  let bestHits = 0;
  const sample = words.slice(0, 400);
  for (const lang of STOPWORD_LANGUAGES) {
    let hits = 0;
    for (const w of sample) if (isStopword(w, lang)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= 2 ? best : 'en';
}
