import { IPTC_VOCABULARY } from './iptc-vocabulary.js';
import { IPTC_CODES, type TopicSlug } from './labels.js';
import { addMass, MASS, topicSizes, weightsOf, type Masses, type TopicWeights } from './vocabulary.js';

/**
 * The IPTC vocabulary of a language written without spaces between words (Chinese): its labels'
 * terms are found inside running text, the longest at each place, as no word can be read alone.
 */
export interface DenseIndex {
  terms: Map<string, TopicWeights>;
  /** The lengths of the terms, longest first. */
  lengths: number[];
}

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Letters a term needs: one Han letter is a syllable of too many words to name a subject. */
const LEAST_LETTERS = 2;

const SLUG_OF_CODE = new Map(Object.entries(IPTC_CODES).map(([slug, code]) => [code, slug as TopicSlug]));

/** The labels of each topic in one language, "|"-separated as the vocabulary keeps them. */
function labelsOf(lang: string): [TopicSlug, string[]][] {
  return Object.entries(IPTC_VOCABULARY).flatMap(([code, languages]): [TopicSlug, string[]][] => {
    const topic = SLUG_OF_CODE.get(code);
    const terms = languages[lang];
    return topic && terms ? [[topic, terms.labels.split('|')]] : [];
  });
}

/** Whether the vocabulary's labels in a language are written without spaces. */
export function isDenseLanguage(lang: string): boolean {
  const labels = labelsOf(lang).flatMap(([, l]) => l);
  return labels.length > 0 && labels.filter((l) => UNSPACED.test(l)).length * 2 > labels.length;
}

/**
 * Terms of a label: its runs of letters, a qualifier in brackets left out ("戏剧（文学）"). A label of
 * one run names the concept; a run of a longer label says less on its own.
 */
function termsOf(label: string): string[] {
  return (label.replace(/[(（].*?[)）]/gu, ' ').match(/[\p{L}\p{M}]+/gu) ?? []).filter(
    (t) => [...t].length >= LEAST_LETTERS,
  );
}

/** A dense language's label terms with their topic weights, weighed as the spaced vocabulary's are. */
export function buildDenseIndex(lang: string): DenseIndex | undefined {
  if (!isDenseLanguage(lang)) return undefined;
  const masses: Masses = new Map();
  const labelMass = new Map<string, number>();
  for (const [topic, labels] of labelsOf(lang))
    for (const label of labels)
      // A label's forms (simplified and traditional characters) are kept "; "-separated.
      for (const form of new Set(label.split(';').map(termsOf))) {
        const mass = form.length === 1 ? MASS.labelWord : MASS.labelPart;
        for (const t of form) {
          addMass(masses, t, topic, mass);
          labelMass.set(t, (labelMass.get(t) ?? 0) + mass);
        }
      }
  const sizes = topicSizes(masses);
  const terms = new Map<string, TopicWeights>();
  for (const [t, byTopic] of masses) {
    const weights = weightsOf(byTopic, sizes, labelMass.get(t) ?? 0);
    if (weights.length) terms.set(t, weights);
  }
  const lengths = [...new Set([...terms.keys()].map((t) => t.length))].sort((a, b) => b - a);
  return { terms, lengths };
}

/** The terms found in a text, the longest at each place, left to right (once per place). */
export function denseHits(index: DenseIndex, text: string): [string, TopicWeights][] {
  const out: [string, TopicWeights][] = [];
  for (const run of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    for (let i = 0; i < run.length;) {
      let step = 1;
      for (const n of index.lengths) {
        const weights = index.terms.get(run.slice(i, i + n));
        if (weights) {
          out.push([run.slice(i, i + n), weights]);
          step = n;
          break;
        }
      }
      i += step;
    }
  }
  return out;
}

/** How close to the likeliest language a language must come for its letters to choose its terms. */
const NEAR_LIKELIEST = 0.75;

/** The dense language a text's letters are likeliest to be in (languageLikeness), if any. */
export function denseLanguage(
  likeness: ReadonlyMap<string, number>,
  has: (lang: string) => boolean,
): string | null {
  let best: string | null = null;
  for (const [lang, v] of likeness)
    if (v >= NEAR_LIKELIEST && has(lang) && (best === null || v > (likeness.get(best) ?? 0))) best = lang;
  return best;
}
