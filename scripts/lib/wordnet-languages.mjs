/**
 * The Open Multilingual Wordnet's Wiktionary files name languages by ISO 639-3 ("wn-wikt-fra.tab");
 * the program tells languages by their shortest BCP 47 tag (src/tagging/language.ts). Null for a
 * code Intl does not know.
 */
export function bcp47(code) {
  try {
    const tag = Intl.getCanonicalLocales(code)[0]?.split('-')[0] ?? null;
    return tag === 'nn' || tag === 'no' ? 'nb' : tag;
  } catch {
    return null;
  }
}
