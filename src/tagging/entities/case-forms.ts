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

/** Longest lowercase word taken for a preposition where no function-word list tells ("u", "iz", "pri"). */
const MAX_PREPOSITION = 3;

/** A short lowercase word before a name: most often a preposition, which governs a case. */
const preposition = (word: string): boolean => /^\p{Ll}+$/u.test(word) && word.length <= MAX_PREPOSITION;

/**
 * One form for each word the article declines ("Brodnica", "Brodnicy", "w Brodnicy"): maps
 * every case form of a lone-word name to the one that stands most often without a preposition
 * (the nominative carries none), then the shortest (bare stems are nominatives in many
 * languages), then the first met. English and German do not decline names. `declines`: the
 * article's letters say it is in a declining language the function-word lists lack.
 */
export function caseForms(
  mentions: readonly Mention[],
  language: StopwordLanguage | null,
  declines = false,
): Map<string, string> {
  const out = new Map<string, string>();
  if (language === 'en' || language === 'de') return out;
  const same = language || declines ? caseFormsOfOne : suffixedForm;
  const bare = new Map<string, number>();
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    if (m.words.length !== 1 || w.length < MIN_FORM) continue;
    const free =
      !m.previous || (language ? !isStopword(lower(m.previous), language) : !preposition(m.previous));
    bare.set(w, (bare.get(w) ?? 0) + (free ? 1 : 0));
  }
  // A place inside a body's name mostly stands in the genitive ("Harbour Office of X"): a form
  // found there is an oblique one.
  const inside = new Set(mentions.flatMap((m) => (m.words.length > 1 ? m.words.slice(1) : [])));
  const forms = [...bare.keys()];
  for (const w of forms) {
    const family = forms.filter((f) => same(lower(f), lower(w)));
    if (family.length < 2) continue;
    // Without a language, the bare stem the others extend is the name, and the shortest form
    // of a declining one (a bare stem is the nominative of many nouns: "Lopar", "Lopara"); a
    // form never inside a longer name goes before one that is.
    const best = family.reduce((a, b) => {
      const d = language || declines ? (bare.get(b) ?? 0) - (bare.get(a) ?? 0) : 0;
      const o = Number(inside.has(a)) - Number(inside.has(b));
      return d > 0 || (d === 0 && (o > 0 || (o === 0 && b.length < a.length))) ? b : a;
    });
    out.set(w, best);
  }
  return out;
}
