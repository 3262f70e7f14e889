import { nameKey, type Gazetteer } from '../gazetteer.js';

/**
 * German grammar the run rules need: adjectives made of place names ("Göttinger", "Kölner",
 * "Münchner"), which open a body's name ("der Göttinger Stadtrat"), and the genitive "-s" of a
 * person's name before what is theirs ("Sabine Hartmanns Vorschlag").
 */

/** The place a German "-er" adjective is made of, if the gazetteer lists it. */
export function placeOfAdjective(word: string, gaz: Gazetteer): string | null {
  // A given name may end so too ("Rutger", "Günter").
  if (!/^\p{Lu}\p{Ll}{3,}er$/u.test(word) || gaz.tags(word.toLowerCase()).length) return null;
  const stem = word.slice(0, -2);
  // "Berliner" of "Berlin", "Göttinger" of "Göttingen", "Münchner" of "München".
  const dropped = stem.endsWith('n') ? [`${stem.slice(0, -1)}en`] : [];
  for (const place of [stem, `${stem}en`, ...dropped])
    if (gaz.entries.get(nameKey(place))?.kind === 'place') return place;
  return null;
}

/**
 * A person's name in the genitive before a noun ("Sabine Hartmanns Vorschlag"): the words up to
 * the one in "-s", that one less its ending; null when the run has no such word inside it.
 */
export function genitiveOwner(words: readonly string[], isGiven: (w: string) => boolean): string[] | null {
  const k = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /\p{Ll}s$/u.test(w));
  // A given name before it (a role may open the run: "Bürgermeisterin Ulrike Brandts Plan").
  if (k < 1 || !words.slice(0, k).some(isGiven)) return null;
  const owner = words.slice(0, k + 1);
  owner[k] = (owner[k] ?? '').slice(0, -1);
  return owner;
}
