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

/** Letters an agglutinating language glues to a name's bare stem ("-man", "-pi", "-ta"). */
const MAX_SUFFIX = 3;

/**
 * Where the article's language is unknown, only a form that is another one with a short ending
 * glued on ("Exampleton", "Exampletonman") is taken for a case form of it: the stem stands bare
 * in the text, so no guess at endings is needed.
 */
function suffixedForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_FORM && long.startsWith(short) && long.length - short.length <= MAX_SUFFIX;
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
  if (language === 'en' || language === 'de') return out;
  const same = language ? caseFormsOfOne : suffixedForm;
  const bare = new Map<string, number>();
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    if (m.words.length !== 1 || w.length < MIN_FORM) continue;
    const free = !m.previous || !language || !isStopword(lower(m.previous), language);
    bare.set(w, (bare.get(w) ?? 0) + (free ? 1 : 0));
  }
  const forms = [...bare.keys()];
  for (const w of forms) {
    const family = forms.filter((f) => same(lower(f), lower(w)));
    if (family.length < 2) continue;
    // Without a language, the bare stem the others extend is the name.
    const best = family.reduce((a, b) => {
      const d = language ? (bare.get(b) ?? 0) - (bare.get(a) ?? 0) : 0;
      return d > 0 || (d === 0 && b.length < a.length) ? b : a;
    });
    out.set(w, best);
  }
  return out;
}
