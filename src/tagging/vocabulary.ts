import { isStopword, type StopwordLanguage } from '../language/stopwords.js';
import { IPTC_VOCABULARY } from './iptc-vocabulary.js';
import { IPTC_CODES, type TopicSlug } from './labels.js';
import { LEXICON } from '../language/lexicon.js';
import { COMPOUNDING } from './compounds.js';
import { stem } from './language.js';

/** How much a term says for each topic it points at, per occurrence in a text. */
export type TopicWeights = readonly (readonly [TopicSlug, number])[];

/** The least share of one topic that makes a term's reading clear rather than vague. */
const CLEAR_SHARE = 0.6;

/** Whether a term says little of any one topic: no topic takes a clear share of it. */
export const vague = (weights: TopicWeights): boolean => !weights.some(([, w]) => w >= CLEAR_SHARE);

/** Stemmed single words and phrases of one language, each with its topic weights. */
export interface LanguageTerms {
  words: Map<string, TopicWeights>;
  /** Phrases by their first stem: the stems in order and their weights. */
  phrases: Map<string, { stems: string[]; weights: TopicWeights }[]>;
  /** Label words as written (lowercase) → their stem, to find them inside compounds. */
  parts: Map<string, string>;
}

/**
 * The IPTC vocabulary indexed per language. A language is indexed the first time an article in it
 * is read, then kept: indexing all of them costs a CLI run about half a second before it reads
 * anything, and most runs read one or two languages.
 */
export interface Vocabulary {
  get(lang: StopwordLanguage): LanguageTerms | undefined;
}

/**
 * What one use of a term adds to its topic before normalising: a whole label that is one word
 * names the concept; a label of several words names it as a phrase, and each of its words says
 * less on its own; a word of a definition says least.
 */
export const MASS = { labelWord: 1, labelPhrase: 1.5, labelPart: 0.4, definitionWord: 0.1 };

const SLUG_OF_CODE = new Map(Object.entries(IPTC_CODES).map(([slug, code]) => [code, slug as TopicSlug]));

/** Lexicon tags of English words that name no subject: numbers, pronouns, prepositions, adverbs… */
const NON_TOPICAL = new Set([
  'Cardinal',
  'Ordinal',
  'Pronoun',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Modal',
  'Adverb',
  'QuestionWord',
]);

/**
 * English words the lexicon knows only as numbers, pronouns and the like ("two", "often"): the
 * stopword list misses them, and in IPTC's definitions "a contest between two teams" would
 * make "two" a sports word. Collected once, so reading a word is one set lookup.
 */
const NON_TOPICAL_WORDS: ReadonlySet<string> = new Set(
  Object.entries(LEXICON)
    .filter(([, raw]) => {
      const tags = Array.isArray(raw) ? raw : [raw];
      return tags.length > 0 && tags.every((t) => NON_TOPICAL.has(t) || t === 'TextValue');
    })
    .map(([word]) => word),
);

const nonTopical = (word: string, lang: StopwordLanguage): boolean =>
  lang === 'en' && NON_TOPICAL_WORDS.has(word);

/**
 * Lowercase content words of a text, in runs unbroken by punctuation: function words, numbers
 * (also spelt out) and words under three letters are left out without breaking the run
 * ("track and field").
 */
export function contentRuns(text: string, lang: StopwordLanguage): string[][] {
  const runs: string[][] = [];
  for (const chunk of text.toLowerCase().split(/[^\p{L}\p{N}\s'’-]+/u)) {
    const run: string[] = [];
    for (const raw of chunk.split(/\s+/u)) {
      const w = raw.replace(/^['’-]+|['’-]+$/gu, '').replace(/['’]s$/u, '');
      if (w && w.length >= 3 && !isStopword(w, lang) && !/\p{N}/u.test(w) && !nonTopical(w, lang))
        run.push(w);
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

export type Masses = Map<string, Map<TopicSlug, number>>;

export function addMass(masses: Masses, key: string, topic: TopicSlug, mass: number): void {
  const byTopic = masses.get(key) ?? new Map<TopicSlug, number>();
  byTopic.set(topic, (byTopic.get(topic) ?? 0) + mass);
  masses.set(key, byTopic);
}

/** The most that words seen only in definitions can weigh: prose, not names of the concept. */
const DEFINITION_CAP = 0.3;

/** Total mass of each topic: big branches (sport, business) must not win by size alone. */
export function topicSizes(masses: Masses): Map<TopicSlug, number> {
  const sizes = new Map<TopicSlug, number>();
  for (const byTopic of masses.values()) for (const [t, m] of byTopic) sizes.set(t, (sizes.get(t) ?? 0) + m);
  return sizes;
}

/**
 * Topic weights of a term: how much likelier the term is in each topic's vocabulary than in the
 * others' (its share within each topic, normalised across topics), scaled down when the term is
 * spread over many topics (normalised entropy) or seen only in passing (total mass below 1).
 */
export function weightsOf(
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

/** One concept of the vocabulary in one language: its label's word runs and its definition's words. */
interface Concept {
  topic: TopicSlug;
  /** The label's words as written, lowercase. */
  written: string[];
  label: string[][];
  definition: Set<string>;
}

/** The concepts the vocabulary gives in one language (none for a language it lacks), stemmed. */
function conceptsOf(lang: StopwordLanguage): Concept[] {
  const out: Concept[] = [];
  // Definitions repeat their words: each is stemmed once.
  const stemmed = new Map<string, string>();
  const stemOf = (w: string): string => {
    const s = stemmed.get(w) ?? stem(w, lang);
    stemmed.set(w, s);
    return s;
  };
  const stems = (t: string): string[][] => contentRuns(t, lang).map((run) => run.map(stemOf));
  for (const [code, languages] of Object.entries(IPTC_VOCABULARY)) {
    const topic = SLUG_OF_CODE.get(code);
    const terms = (languages as Partial<Record<string, { labels: string; definitions: string }>>)[lang];
    if (!topic || !terms) continue;
    const definitions = terms.definitions.split('|');
    terms.labels.split('|').forEach((text, i) => {
      const label = text.replace(/\(.*?\)/gu, ' ');
      out.push({
        topic,
        written: contentRuns(label, lang).flat(),
        label: stems(label),
        definition: new Set(stems(definitions[i] ?? '').flat()),
      });
    });
  }
  return out;
}

/**
 * How specific a stem is to few concepts, 0–1: the inverse document frequency over the
 * language's concepts, scaled so a stem of one concept scores 1. "Two" and "team" turn up in
 * the definitions of dozens of concepts and so say little about any of them.
 */
function specificity(concepts: Concept[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const c of concepts) {
    const seen = new Set([...c.label.flat(), ...c.definition]);
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = Math.max(2, concepts.length);
  return (s) => Math.log(n / (df.get(s) ?? 1)) / Math.log(n);
}

/** The IPTC Media Topics labels and definitions, indexed per language as languages come up. */
export function buildVocabulary(): Vocabulary {
  const built = new Map<StopwordLanguage, LanguageTerms | undefined>();
  return {
    get(lang) {
      if (!built.has(lang)) built.set(lang, indexLanguage(lang, conceptsOf(lang)));
      return built.get(lang);
    },
  };
}

/** One language's terms with their topic weights; undefined when the vocabulary lacks it. */
function indexLanguage(lang: StopwordLanguage, concepts: Concept[]): LanguageTerms | undefined {
  if (concepts.length === 0) return undefined;
  const words: Masses = new Map();
  const phrases: Masses = new Map();
  const labels = new Map<string, number>();
  const label = (key: string, mass: number): void => {
    labels.set(key, (labels.get(key) ?? 0) + mass);
  };
  const specific = specificity(concepts);
  for (const { topic, label: runs, definition } of concepts) {
    for (const stems of runs) {
      if (stems.length === 1) {
        addMass(words, stems[0] ?? '', topic, MASS.labelWord);
        label(stems[0] ?? '', MASS.labelWord);
        continue;
      }
      addMass(phrases, stems.join(' '), topic, MASS.labelPhrase);
      label(stems.join(' '), MASS.labelPhrase);
      for (const s of stems) {
        const mass = MASS.labelPart * specific(s);
        addMass(words, s, topic, mass);
        label(s, mass);
      }
    }
    for (const s of definition) addMass(words, s, topic, MASS.definitionWord * specific(s));
  }
  const sizes = topicSizes(words);
  const wordWeights = new Map<string, TopicWeights>();
  for (const [s, byTopic] of words) wordWeights.set(s, weightsOf(byTopic, sizes, labels.get(s) ?? 0));
  const phraseWeights = new Map<string, { stems: string[]; weights: TopicWeights }[]>();
  for (const [p, byTopic] of phrases) {
    const stems = p.split(' ');
    const first = stems[0] ?? '';
    const list = phraseWeights.get(first) ?? [];
    list.push({ stems, weights: weightsOf(byTopic, sizes, labels.get(p) ?? 0) });
    phraseWeights.set(first, list);
  }
  // Label words written as in a compound's parts (German "Hochwasser" in "Hochwasserschutz").
  const parts = new Map<string, string>();
  if (COMPOUNDING.has(lang))
    for (const c of concepts)
      for (const w of c.written) if (wordWeights.get(stem(w, lang))?.length) parts.set(w, stem(w, lang));
  return { words: wordWeights, phrases: phraseWeights, parts };
}
