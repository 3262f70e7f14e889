import { sharedPrefixLength } from '../../language/word-forms.js';
import { isStopword, type StopwordLanguage } from '../../language/stopwords.js';
import type { Mention } from './mentions.js';
import { lower } from './tokens.js';

/** Shortest word whose case forms are merged: shorter ones share too little to tell a stem. */
const MIN_FORM = 5;

/**
 * Two case endings of one stem ("Brodnicy", "Brodnicą"): at most two letters apart at the end.
 * Longer ones derive another word ("Brodnicki", an adjective, which names something else).
 */
function caseFormsOfOne(a: string, b: string): boolean {
  const n = sharedPrefixLength(a, b);
  return n >= MIN_FORM - 1 && a.length - n <= 2 && b.length - n <= 2;
}

/**
 * One form for each word the article declines ("Brodnica", "Brodnicy", "w Brodnicy"): maps
 * every case form of a lone-word name to the one that stands most often without a preposition
 * (the nominative carries none), then the shortest (bare stems are nominatives in many
 * languages), then the first met. English and German do not decline names.
 */
export function caseForms(
  mentions: readonly Mention[],
  language: StopwordLanguage | null,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!language || language === 'en' || language === 'de') return out;
  const bare = new Map<string, number>();
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    if (m.words.length !== 1 || w.length < MIN_FORM) continue;
    const free = !m.previous || !isStopword(lower(m.previous), language);
    bare.set(w, (bare.get(w) ?? 0) + (free ? 1 : 0));
  }
  const forms = [...bare.keys()];
  for (const w of forms) {
    const family = forms.filter((f) => caseFormsOfOne(lower(f), lower(w)));
    if (family.length < 2) continue;
    const best = family.reduce((a, b) => {
      const d = (bare.get(b) ?? 0) - (bare.get(a) ?? 0);
      return d > 0 || (d === 0 && b.length < a.length) ? b : a;
    });
    out.set(w, best);
  }
  return out;
}
