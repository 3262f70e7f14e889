import { isStopword, type StopwordLanguage } from '../language/stopwords.js';
import { IPTC_VOCABULARY } from './iptc-vocabulary.js';
import { IPTC_CODES, type TopicSlug } from './labels.js';
import { stem } from './language.js';

/** How much a term says for each topic it points at, per occurrence in a text. */
export type TopicWeights = readonly (readonly [TopicSlug, number])[];

/** Stemmed single words and phrases of one language, each with its topic weights. */
export interface LanguageTerms {
  words: Map<string, TopicWeights>;
  /** Phrases by their first stem: the stems in order and their weights. */
  phrases: Map<string, { stems: string[]; weights: TopicWeights }[]>;
}

/** The IPTC vocabulary indexed per language, built once at start-up. */
export type Vocabulary = Map<StopwordLanguage, LanguageTerms>;

/**
 * What one use of a term adds to its topic before normalising: a whole label that is one word
 * names the concept; a label of several words names it as a phrase, and each of its words says
 * less on its own; a word of a definition says least.
 */
const MASS = { labelWord: 1, labelPhrase: 1.5, labelPart: 0.4, definitionWord: 0.1 };

const SLUG_OF_CODE = new Map(Object.entries(IPTC_CODES).map(([slug, code]) => [code, slug as TopicSlug]));

/**
 * Lowercase content words of a text, in runs unbroken by punctuation: function words, numbers
 * and words under three letters are left out without breaking the run ("track and field").
 */
export function contentRuns(text: string, lang: StopwordLanguage): string[][] {
  const runs: string[][] = [];
  for (const chunk of text.toLowerCase().split(/[^\p{L}\p{N}\s'’-]+/u)) {
    const run: string[] = [];
    for (const raw of chunk.split(/\s+/u)) {
      const w = raw.replace(/^['’-]+|['’-]+$/gu, '').replace(/['’]s$/u, '');
      if (w && !isStopword(w, lang) && w.length >= 3 && !/\p{N}/u.test(w)) run.push(w);
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

type Masses = Map<string, Map<TopicSlug, number>>;

function addMass(masses: Masses, key: string, topic: TopicSlug, mass: number): void {
  const byTopic = masses.get(key) ?? new Map<TopicSlug, number>();
  byTopic.set(topic, (byTopic.get(topic) ?? 0) + mass);
  masses.set(key, byTopic);
}

/** The most that words seen only in definitions can weigh: prose, not names of the concept. */
const DEFINITION_CAP = 0.3;

/** Total mass of each topic: big branches (sport, business) must not win by size alone. */
function topicSizes(masses: Masses): Map<TopicSlug, number> {
  const sizes = new Map<TopicSlug, number>();
  for (const byTopic of masses.values()) for (const [t, m] of byTopic) sizes.set(t, (sizes.get(t) ?? 0) + m);
  return sizes;
}

/**
 * Topic weights of a term: how much likelier the term is in each topic's vocabulary than in the
 * others' (its share within each topic, normalised across topics), scaled down when the term is
 * spread over many topics (normalised entropy) or seen only in passing (total mass below 1).
 */
function weightsOf(
  byTopic: Map<TopicSlug, number>,
  sizes: Map<TopicSlug, number>,
  labelMass: number,
): TopicWeights {
  const total = [...byTopic.values()].reduce((a, b) => a + b, 0);
  const evidence = Math.min(1, labelMass + Math.min(total - labelMass, DEFINITION_CAP));
  const mean = [...sizes.values()].reduce((a, b) => a + b, 0) / Math.max(1, sizes.size);
  const rel = [...byTopic.entries()].map(([t, m]): [TopicSlug, number] => [t, m / (sizes.get(t) ?? mean)]);
  const sum = rel.reduce((a, [, r]) => a + r, 0);
  if (total <= 0 || sum <= 0) return [];
  let entropy = 0;
  for (const [, r] of rel) {
    const p = r / sum;
    if (p > 0) entropy -= p * Math.log(p);
  }
  const confidence = (1 - entropy / Math.log(SLUG_OF_CODE.size)) * evidence;
  return rel.map(([t, r]): [TopicSlug, number] => [t, (r / sum) * confidence]).filter(([, w]) => w >= 0.02);
}

/** Indexes the IPTC Media Topics labels and definitions of every language they are given in. */
export function buildVocabulary(): Vocabulary {
  const perLanguage = new Map<
    StopwordLanguage,
    { words: Masses; phrases: Masses; labels: Map<string, number> }
  >();
  for (const [code, languages] of Object.entries(IPTC_VOCABULARY)) {
    const topic = SLUG_OF_CODE.get(code);
    if (!topic) continue;
    for (const [langCode, terms] of Object.entries(languages)) {
      const lang = langCode as StopwordLanguage;
      const m = perLanguage.get(lang) ?? { words: new Map(), phrases: new Map(), labels: new Map() };
      const label = (key: string, mass: number): void => {
        m.labels.set(key, (m.labels.get(key) ?? 0) + mass);
      };
      perLanguage.set(lang, m);
      for (const text of terms.labels.split('|')) {
        for (const run of contentRuns(text.replace(/\(.*?\)/gu, ' '), lang)) {
          const stems = run.map((w) => stem(w, lang));
          if (stems.length === 1) {
            addMass(m.words, stems[0] ?? '', topic, MASS.labelWord);
            label(stems[0] ?? '', MASS.labelWord);
          } else {
            addMass(m.phrases, stems.join(' '), topic, MASS.labelPhrase);
            label(stems.join(' '), MASS.labelPhrase);
            for (const s of stems) {
              addMass(m.words, s, topic, MASS.labelPart);
              label(s, MASS.labelPart);
            }
          }
        }
      }
      for (const definition of terms.definitions.split('|')) {
        const stems = new Set(
          contentRuns(definition, lang)
            .flat()
            .map((w) => stem(w, lang)),
        );
        for (const s of stems) addMass(m.words, s, topic, MASS.definitionWord);
      }
    }
  }
  const vocabulary: Vocabulary = new Map();
  for (const [lang, m] of perLanguage) {
    const words = new Map<string, TopicWeights>();
    const sizes = topicSizes(m.words);
    for (const [s, byTopic] of m.words) words.set(s, weightsOf(byTopic, sizes, m.labels.get(s) ?? 0));
    const phrases = new Map<string, { stems: string[]; weights: TopicWeights }[]>();
    for (const [p, byTopic] of m.phrases) {
      const stems = p.split(' ');
      const first = stems[0] ?? '';
      const list = phrases.get(first) ?? [];
      list.push({ stems, weights: weightsOf(byTopic, sizes, m.labels.get(p) ?? 0) });
      phrases.set(first, list);
    }
    vocabulary.set(lang, { words, phrases });
  }
  return vocabulary;
}
