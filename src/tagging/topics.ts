import { isStopword, type StopwordLanguage } from '../language/stopwords.js';
import {
  annotationHits,
  annotationLocale,
  buildAnnotationIndex,
  type AnnotationIndex,
} from './annotations.js';
import { buildCognateIndex, cognateHits, type CognateIndex } from './cognates.js';
import { COMPOUNDING, compoundParts } from './compounds.js';
import { buildDenseIndex, denseHits, denseLanguage, type DenseIndex } from './dense.js';
import { DESK_NAMES } from './desk-names.js';
import { WORDNET_DESKS } from './wordnet-desks.js';
import { everydayWords } from './everyday.js';
import { hasIngredientList, RECIPE_TOPIC } from './recipes.js';
import { buildPivotIndex, pivotHits, pivotLanguage, type PivotIndex } from './pivot.js';
import { detectLanguage, languageLikeness, plausiblyIn, readsAs, stem } from './language.js';
import type { Taxonomy, TopicSlug } from './taxonomy.js';
import { contentRuns, vague, type LanguageTerms, type TopicWeights, type Vocabulary } from './vocabulary.js';

/** Text of an item split by how much a match there counts: headline, lede, the rest. */
export interface TopicInput {
  title: string;
  lede: string[];
  body: string[];
  sections: string[];
  entities: string[];
  /** The article's language when the caller has told it; else told from these texts. */
  language?: StopwordLanguage | null;
  /** How like each language the text's letters are (languageLikeness), when the caller has told it. */
  likeness?: ReadonlyMap<string, number>;
}

interface Rule {
  topic: TopicSlug;
  /** Index of the keyword, so repeated hits of one word can be damped. */
  id: number;
}

/** Keyword, prefix and phrase indexes built once from the taxonomy, beside the IPTC vocabulary. */
export interface TopicIndex {
  taxonomy: Taxonomy;
  vocabulary: Vocabulary;
  exact: Map<string, Rule[]>;
  /** Prefix rules bucketed by their first two letters, so a token checks only a few. */
  prefixes: Map<string, { prefix: string; rule: Rule }[]>;
  phrases: { text: string; first: string; rule: Rule }[];
  /** Section words, accents folded, word by word. */
  sections: { words: string[]; topic: TopicSlug }[];
  entities: Map<string, TopicSlug[]>;
  /**
   * CLDR's emoji keywords of a language (null: of the languages the program cannot tell), each
   * indexed the first time a text in it that the vocabulary cannot read comes up.
   */
  annotations: (lang: string | null) => AnnotationIndex;
  /** Pivot words of a language the vocabulary lacks (see pivot.ts), indexed the first time it comes up. */
  pivots: (lang: string) => PivotIndex | undefined;
  /** The vocabulary of a language written without spaces (dense.ts), indexed the first time it comes up. */
  dense: (lang: string) => DenseIndex | undefined;
  /** Locales' names of desks that stand for a topic (desk-names.ts), by deskKey. */
  desks: ReadonlyMap<string, TopicSlug>;
  /** A language's everyday words (everyday.ts), read the first time it comes up. */
  everyday: (lang: string) => ReadonlySet<string>;
  /** International roots (cognates.ts), built the first time a text no vocabulary reads comes up. */
  cognates: () => CognateIndex;
}

/** Lowercase words of a text; hyphenated compounds count whole and by their parts. */
export function topicTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const w = m[0].replace(/['’]s$/u, '');
    out.push(w);
    // One push per part: spreading a word of a million hyphenated parts overflows the call stack.
    if (w.includes('-')) for (const part of w.split('-')) out.push(part);
  }
  return out;
}

const spaced = (text: string): string => ` ${topicTokens(text).join(' ')} `;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildTopicIndex(taxonomy: Taxonomy, vocabulary: Vocabulary): TopicIndex {
  const index: TopicIndex = {
    taxonomy,
    vocabulary,
    exact: new Map(),
    prefixes: new Map(),
    phrases: [],
    sections: [],
    entities: new Map(),
    annotations: memoisedBy(buildAnnotationIndex),
    pivots: memoisedBy(buildPivotIndex),
    dense: memoisedBy(buildDenseIndex),
    desks: deskNames(),
    everyday: memoisedBy((lang: string) => everydayWords(lang)),
    cognates: once(buildCognateIndex),
  };
  let id = 0;
  for (const [slug, rules] of Object.entries(taxonomy.topics) as [
    TopicSlug,
    Taxonomy['topics'][TopicSlug],
  ][]) {
    if (!rules) continue;
    for (const k of rules.keywords) {
      const word = k.toLowerCase().trim();
      const rule = { topic: slug, id: id++ };
      if (word.endsWith('*')) {
        const prefix = word.slice(0, -1);
        push(index.prefixes, prefix.slice(0, 2), { prefix, rule });
      } else push(index.exact, word, rule);
    }
    for (const p of rules.phrases) {
      const text = spaced(p);
      index.phrases.push({
        text,
        first: `${text.trim().split(' ')[0] ?? ''} `,
        rule: { topic: slug, id: id++ },
      });
    }
    for (const s of rules.sections) index.sections.push({ words: labelWords(s), topic: slug });
    for (const e of rules.entities) push(index.entities, e.toLowerCase(), slug);
  }
  return index;
}

/** Lowercase words of a section label with accents folded: "Cultură", "Kultūra", "Economía". */
function labelWords(label: string): string[] {
  return topicTokens(label.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/**
 * The desk names of desk-names.ts, each with the topic it stands for, then those a wordnet links to
 * a topic's label word (wordnet-desks.ts: "경제", "社会"), in languages CLDR names no such group for.
 */
export function deskNames(): Map<string, TopicSlug> {
  const out = new Map<string, TopicSlug>();
  for (const table of [DESK_NAMES, WORDNET_DESKS])
    for (const [topic, names] of Object.entries(table) as [TopicSlug, string][])
      for (const name of names.split('|')) if (!out.has(name)) out.set(name, topic);
  return out;
}

/** A section label as desk names are keyed (desk-names.ts): its folded words, space-separated. */
export const deskKey = (label: string): string => labelWords(label).join(' ');

/**
 * A section word stands for a label's word that begins with it and adds at most a short ending,
 * as the same word inflects or is spelt in a kindred language ("kultur": "kultura", "kulturen");
 * a short one only as the whole word ("arts" is no "artistas").
 */
const SECTION_ENDING = 3;
const SECTION_WHOLE_BELOW = 5;

const sectionWordMatches = (word: string, sectionWord: string): boolean =>
  word === sectionWord ||
  (sectionWord.length >= SECTION_WHOLE_BELOW &&
    word.startsWith(sectionWord) &&
    word.length - sectionWord.length <= SECTION_ENDING);

/** Whether a label's words hold a section's words in order, each as `sectionWordMatches` has it. */
function namesSection(label: string[], section: string[]): boolean {
  for (let i = 0; i + section.length <= label.length; i++)
    if (section.every((w, k) => sectionWordMatches(label[i + k] ?? '', w))) return true;
  return false;
}

/** `f` remembered per argument: an article repeats its words, so each is looked up once. */
function memoisedBy<K, T>(f: (key: K) => T): (key: K) => T {
  const seen = new Map<K, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      v = f(key);
      seen.set(key, v);
    }
    return v;
  };
}

const memoised = <T>(f: (word: string) => T): ((word: string) => T) => memoisedBy(f);

/** `f` run the first time it is asked for, then remembered. */
function once<T>(f: () => T): () => T {
  const get = memoisedBy((_: null) => f());
  return () => get(null);
}

/** What a word's known part says, against the word itself. */
const COMPOUND_SHARE = 0.5;

/** A rule a token triggers, and the share of a hit it counts. */
interface Trigger {
  rule: Rule;
  share: number;
}

/**
 * Letters a word may run on past a prefix keyword and still be that word with an ending
 * ("meisterschaften"); in a language that writes compounds as one word, a longer run is another
 * word the keyword only qualifies ("sportbåtar", pleasure boats), said more weakly, as a
 * compound's known part is.
 */
const KEYWORD_ENDING = 4;

/** Every rule a token triggers (exact words, then prefixes), each with its share. */
function rulesFor(index: TopicIndex, token: string, compounding: boolean): Trigger[] {
  const hits = (index.exact.get(token) ?? []).map((rule) => ({ rule, share: 1 }));
  for (const p of index.prefixes.get(token.slice(0, 2)) ?? []) {
    if (!token.startsWith(p.prefix)) continue;
    const runsOn = compounding && token.length - p.prefix.length > KEYWORD_ENDING;
    hits.push({ rule: p.rule, share: runsOn ? COMPOUND_SHARE : 1 });
  }
  return hits;
}

/** One hit per topic per word, so "flooded" does not count for both "flood*" and "flooded". */
function oncePerTopic(triggers: Trigger[]): Trigger[] {
  const seen = new Set<TopicSlug>();
  return triggers.filter(({ rule }) => !seen.has(rule.topic) && !!seen.add(rule.topic));
}

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** The best hit counts fully, the next three by half: repeating a word adds less and less. */
function damped(weights: number[]): number {
  return weights
    .sort((a, b) => b - a)
    .slice(0, 4)
    .reduce((sum, x, i) => sum + (i === 0 ? x : x / 2), 0);
}

/** Vocabulary terms (phrases, then words outside them) found in a text, keyed by term. */
function vocabularyHits(
  terms: LanguageTerms | undefined,
  text: string,
  lang: StopwordLanguage,
  stemOf: (word: string) => string,
  everyday: ReadonlySet<string>,
): [string, TopicWeights][] {
  if (!terms) return [];
  const out: [string, TopicWeights][] = [];
  for (const run of contentRuns(text, lang)) {
    const stems = run.map(stemOf);
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i] ?? '';
      const phrase = terms.phrases
        .get(s)
        ?.find((p) => p.stems.every((x, k) => stems[i + k] === x) && p.stems.length > 1);
      if (phrase) out.push([phrase.stems.join(' '), phrase.weights]);
      // An everyday word ("três", "ficar") read vaguely names no subject, whatever labels hold it.
      const word = terms.words.get(s);
      if (word?.length && everyday.has(run[i] ?? '') && vague(word)) continue;
      if (word?.length) out.push([s, word]);
      // A compound unknown as a whole says, more weakly, what its known parts say.
      else
        for (const part of compoundParts(run[i] ?? '', (p) => terms.parts.has(p))) {
          const key = terms.parts.get(part) ?? part;
          const weights = terms.words.get(key) ?? [];
          out.push([key, weights.map(([t, v]): [TopicSlug, number] => [t, v * COMPOUND_SHARE])]);
        }
    }
  }
  return out;
}

/** What a keyword of the other languages says in a told language's text, against its own keywords. */
const KIN_SHARE = 0.3;

/** How a text is read: its language, and the vocabulary or dictionary that reads its words, if any. */
interface Reader {
  lang: StopwordLanguage;
  likeness: ReadonlyMap<string, number>;
  known: boolean;
  vocabulary: LanguageTerms | undefined;
  pivot: PivotIndex | undefined;
  pivotLang: string | null;
  /** The vocabulary of the unspaced language a text's letters tell, when no other reads it. */
  dense: DenseIndex | undefined;
}

function readerOf(
  index: TopicIndex,
  input: TopicInput,
  segments: [string, number][],
  tokens: string[][],
): Reader {
  const lang = input.language ?? detectLanguage(tokens.flat());
  const likeness = input.likeness ?? languageLikeness(segments.map(([t]) => t).join('\n'));
  // A text told as the nearest language we know, but not written in it, is not read by its labels:
  // too few of its words are that language's function words, or its letters are another's.
  const known = readsAs(tokens.flat(), lang) && plausiblyIn(likeness, lang);
  const vocabulary = known ? index.vocabulary.get(lang) : undefined;
  // A language the vocabulary lacks is read through a dictionary into one it has, where there is
  // one; its words weigh as the vocabulary's do.
  const pivotLang = vocabulary ? null : pivotLanguage(known ? lang : null, likeness);
  const pivot = pivotLang === null ? undefined : index.pivots(pivotLang);
  // A language written without spaces (Chinese) has its labels found inside the text's runs.
  const denseLang = vocabulary || pivot ? null : denseLanguage(likeness, (l) => index.dense(l) !== undefined);
  const dense = denseLang === null ? undefined : index.dense(denseLang);
  return { lang, likeness, known, vocabulary, pivot, pivotLang, dense };
}

/**
 * Whether the IPTC vocabulary or a dictionary reads an item's words; when neither does, only
 * everyday emoji keywords or wordnet words do, too few and loose to judge a section label by.
 */
export function readsWords(index: TopicIndex, input: TopicInput): boolean {
  const segments = [input.title, ...input.lede, ...input.body].map((t): [string, number] => [t, 1]);
  const r = readerOf(
    index,
    input,
    segments,
    segments.map(([t]) => topicTokens(t)),
  );
  return r.vocabulary !== undefined || (r.pivot !== undefined && !r.pivot.loose);
}

/**
 * Scores every topic: each keyword's hits are weighed by where they fall, repeated hits damped.
 * International roots (cognates.ts) are loose: they decide only a text nothing else gives a topic.
 */
export function scoreTopics(index: TopicIndex, input: TopicInput): Map<TopicSlug, number> {
  const reading = readItem(index, input);
  const scores = scoreWith(index, input, reading, false);
  return [...scores.values()].some((v) => v > 0) ? scores : scoreWith(index, input, reading, true);
}

/**
 * What scoring and the features both read an item by: its texts weighed by where they fall,
 * their tokens, the reader its language gives, and that language's stems and keyword rules
 * (memoised for the item), the dictionary's everyday words and the locale CLDR's words are of.
 */
interface ItemReading extends Reader {
  segments: [string, number][];
  tokens: string[][];
  stemOf: (word: string) => string;
  rulesOf: (token: string) => Trigger[];
  pivotEveryday: ReadonlySet<string>;
  /** The locale whose CLDR everyday words stand in where the vocabulary does not read the text. */
  locale: string | null;
}

function readItem(index: TopicIndex, input: TopicInput): ItemReading {
  const w = index.taxonomy.weights;
  const segments: [string, number][] = [
    [input.title, w.title],
    ...input.lede.map((t): [string, number] => [t, w.lede]),
    ...input.body.map((t): [string, number] => [t, w.body]),
  ];
  const tokens = segments.map(([text]) => topicTokens(text));
  const reader = readerOf(index, input, segments, tokens);
  const { lang, known, likeness, pivotLang } = reader;
  return {
    ...reader,
    segments,
    tokens,
    stemOf: memoised((word) => stem(word, lang)),
    rulesOf: memoised((token) => oncePerTopic(rulesFor(index, token, COMPOUNDING.has(lang)))),
    pivotEveryday: pivotLang === null ? new Set<string>() : index.everyday(pivotLang),
    // A language told by its letters alone has CLDR's words of its own, where CLDR has that language.
    locale: known ? lang : annotationLocale(likeness),
  };
}

function scoreWith(
  index: TopicIndex,
  input: TopicInput,
  reading: ItemReading,
  roots: boolean,
): Map<TopicSlug, number> {
  const w = index.taxonomy.weights;
  // Per rule: the weights of its hits; the best hit counts fully, later ones by half, at most 3.
  const hits = new Map<number, { topic: TopicSlug; weights: number[] }>();
  // Per topic: the distinct words its keyword rules matched, to tell one word from several; by
  // stem, as one word in two forms ("gallery", "galleries") is still one word.
  const keywordWords = new Map<TopicSlug, Set<string>>();
  const record = (rule: Rule, weight: number, word: string): void => {
    const h = hits.get(rule.id) ?? { topic: rule.topic, weights: [] };
    h.weights.push(weight);
    hits.set(rule.id, h);
    const words = keywordWords.get(rule.topic) ?? new Set<string>();
    keywordWords.set(rule.topic, words.add(word));
  };
  const { segments, tokens, lang, vocabulary, pivot, dense, pivotEveryday, stemOf, rulesOf, locale } =
    reading;
  const terms = new Map<string, { weights: TopicWeights; at: number[] }>();
  // Where the vocabulary does not read the text, CLDR's everyday words in its language stand in:
  // those of the language told, or of all the languages the program has no function words for.
  const annotations = vocabulary || !w.annotations ? undefined : index.annotations(locale);
  // A told language's own keywords are few: those of the languages that cannot be told, kin
  // words among them, add what they lack, at less weight.
  const others = annotations && locale !== null ? index.annotations(null) : undefined;
  const cldrHits = (text: string): [string, TopicWeights][] => {
    const own = annotations ? annotationHits(annotations, text, index.everyday(locale ?? '')) : [];
    const ownKeys = new Set(own.map(([k]) => k));
    const extra = others ? annotationHits(others, text).filter(([k]) => !ownKeys.has(k)) : [];
    return [
      ...own.map(([k, topic]): [string, TopicWeights] => [`cldr:${k}`, [[topic, 1]]]),
      ...extra.map(([k, topic]): [string, TopicWeights] => [`cldr*:${k}`, [[topic, KIN_SHARE]]]),
    ];
  };
  const termHits = (text: string): [string, TopicWeights][] =>
    annotations ? cldrHits(text) : vocabularyHits(vocabulary, text, lang, stemOf, index.everyday(lang));
  const termWeight = annotations ? w.annotations : w.vocabulary;
  /** The terms of a text, each with what one hit of it weighs beside a keyword hit. */
  // A text neither the vocabulary nor a dictionary or wordnet word reads still shares
  // international roots ("parlament", "policie") with the languages they read.
  const cognates = roots && !vocabulary && !dense && w.cognates ? index.cognates() : undefined;
  const weighedHits = (text: string): [string, TopicWeights, number][] => [
    ...termHits(text).map(([k, ws]): [string, TopicWeights, number] => [k, ws, termWeight]),
    ...(cognates ? cognateHits(cognates, text, index.everyday(locale ?? '')) : []).map(
      ([k, ws]): [string, TopicWeights, number] => [`root:${k}`, ws, w.cognates],
    ),
    ...(pivot ? pivotHits(pivot, text, pivotEveryday) : []).map(([k, ws]): [string, TopicWeights, number] => [
      `pivot:${k}`,
      ws,
      w.vocabulary,
    ]),
    ...(dense ? denseHits(dense, text) : []).map(([k, ws]): [string, TopicWeights, number] => [
      `dense:${k}`,
      ws,
      w.vocabulary,
    ]),
  ];
  segments.forEach(([text, weight], n) => {
    if (!text) return;
    for (const [key, weights, termWeight] of weighedHits(text)) {
      const t = terms.get(key) ?? { weights, at: [] };
      t.at.push(weight * termWeight);
      terms.set(key, t);
    }
    // A function word of the article's language is no keyword of another's (German "war" = was).
    for (const token of tokens[n] ?? [])
      if (!isStopword(token, lang))
        for (const { rule, share } of rulesOf(token)) record(rule, weight * share, stemOf(token));
    const s = ` ${(tokens[n] ?? []).join(' ')} `;
    for (const p of index.phrases) {
      // Cheap pre-check before scanning for the whole phrase.
      if (!s.includes(p.first)) continue;
      const n = countOccurrences(s, p.text);
      for (let i = 0; i < n; i++) record(p.rule, weight, p.text);
    }
  });
  const scores = new Map<TopicSlug, number>();
  const add = (topic: TopicSlug, v: number): void => {
    scores.set(topic, (scores.get(topic) ?? 0) + v);
  };
  for (const h of hits.values()) add(h.topic, damped(h.weights));
  const termWords = new Map<TopicSlug, number>();
  for (const t of terms.values()) {
    const v = damped(t.at);
    for (const [topic, share] of t.weights) {
      add(topic, v * share);
      if (v * share > 0) termWords.set(topic, (termWords.get(topic) ?? 0) + 1);
    }
  }
  // How many distinct words back each topic, counted within one source (keywords, or the
  // vocabulary's terms) so one word read by both counts once.
  const distinct = new Map<TopicSlug, number>();
  for (const topic of scores.keys())
    distinct.set(topic, Math.max(keywordWords.get(topic)?.size ?? 0, termWords.get(topic) ?? 0));
  // A section or an entity backs a topic beside its words.
  const scored = new Map(scores);
  // An ingredient list says "recipe" as plainly as a food desk's label would.
  if (hasIngredientList([...input.lede, ...input.body])) add(RECIPE_TOPIC, w.section);
  for (const label of input.sections) {
    const words = labelWords(label);
    const ruled = new Set<TopicSlug>();
    for (const sec of index.sections)
      if (namesSection(words, sec.words)) {
        add(sec.topic, w.section);
        ruled.add(sec.topic);
      }
    // A label that is, whole, a locale's name for a group of things ("thời tiết", "idman") names
    // its desk as a section rule would, in languages no rule is written in.
    const desk = index.desks.get(words.join(' '));
    if (desk && !ruled.has(desk)) add(desk, w.section);
    // A section named by the vocabulary ("Football", "Heart health") points at its topic too.
    const best = new Map<TopicSlug, number>();
    for (const [, weights, termWeight] of weighedHits(label))
      for (const [topic, share] of weights)
        best.set(topic, Math.max(best.get(topic) ?? 0, share * termWeight));
    for (const [topic, share] of best) add(topic, w.section * share);
  }
  for (const e of input.entities) for (const t of index.entities.get(e.toLowerCase()) ?? []) add(t, w.entity);
  for (const [topic, v] of scores) if (v > (scored.get(topic) ?? 0)) distinct.delete(topic);
  return singleWordsYield(scores, distinct);
}

/** How far the topic backed by several words is put above the single word's score. */
const YIELD_MARGIN = 1.01;
/**
 * How close to the single word's score the several words must come: a near contender, not noise.
 * As close as a secondary topic must come to the primary (the bundled secondaryRatio): a rival
 * strong enough to be tagged beside the one word's topic is strong enough to lead it.
 */
const YIELD_WITHIN = 0.35;

/**
 * A topic backed by one word alone (no section, no entity) does not outrank one backed by several
 * distinct words: a single word is often another sense of it ("gallery" that is a tunnel, "storm"
 * of protest), while several words agreeing on a subject rarely are all misread. The best such
 * topic is lifted just above it, so the top score, and the secondaries measured against it, stay.
 */
export function singleWordsYield(
  scores: Map<TopicSlug, number>,
  distinct: ReadonlyMap<TopicSlug, number>,
): Map<TopicSlug, number> {
  let best: [TopicSlug, number] | undefined;
  let single = 0;
  for (const [t, v] of scores) {
    if (distinct.get(t) === 1) single = Math.max(single, v);
    else if (!best || v > best[1]) best = [t, v];
  }
  if (!best || best[1] < single * YIELD_WITHIN || single <= best[1]) return scores;
  return new Map(scores).set(best[0], single * YIELD_MARGIN);
}

/** Primary topic first, then those close enough to it, at most maxTopics. */
export function pickTopics(index: TopicIndex, scores: Map<TopicSlug, number>): TopicSlug[] {
  const ranked = [...scores.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return [];
  const { secondaryRatio, maxTopics } = index.taxonomy;
  return ranked
    .filter(([, v], i) => i === 0 || v >= top[1] * secondaryRatio)
    .slice(0, maxTopics)
    .map(([t]) => t);
}

/**
 * The evidence an item's words give, as features a learnt model reads (bench/topics-learn.mjs):
 * each term a vocabulary, dictionary or CLDR keyword reads ("v:de:wahl", "p:pl:pożar"), each
 * keyword rule's word ("k:…"), and the topics those terms point at ("t:…"), each counted by where
 * it falls (headline and lede weigh as for scoring). No model learnt from them beat the scoring
 * on unseen rounds, so none ships; the bench script reports why.
 */
export function topicFeatures(index: TopicIndex, input: TopicInput): Map<string, number> {
  const {
    segments,
    tokens,
    lang,
    vocabulary,
    pivot,
    pivotLang,
    dense,
    pivotEveryday,
    stemOf,
    rulesOf,
    locale,
  } = readItem(index, input);
  const everyday = index.everyday(lang);
  const annotations = vocabulary || pivot || dense ? undefined : index.annotations(locale);
  const out = new Map<string, number>();
  const add = (key: string, v: number): void => {
    out.set(key, (out.get(key) ?? 0) + v);
  };
  const terms = (text: string): [string, TopicWeights][] => [
    ...vocabularyHits(vocabulary, text, lang, stemOf, everyday).map(([k, ws]): [string, TopicWeights] => [
      `v:${lang}:${k}`,
      ws,
    ]),
    ...(pivot ? pivotHits(pivot, text, pivotEveryday) : []).map(([k, ws]): [string, TopicWeights] => [
      `p:${pivotLang ?? ''}:${k}`,
      ws,
    ]),
    ...(dense ? denseHits(dense, text) : []).map(([k, ws]): [string, TopicWeights] => [`d:${k}`, ws]),
    ...(annotations ? annotationHits(annotations, text, index.everyday(locale ?? '')) : []).map(
      ([k, topic]): [string, TopicWeights] => [`c:${locale ?? ''}:${k}`, [[topic, 1]]],
    ),
  ];
  segments.forEach(([text, weight], n) => {
    if (!text) return;
    for (const [key, weights] of terms(text)) {
      add(key, weight);
      for (const [topic, share] of weights) add(`t:${topic}`, weight * share);
    }
    for (const token of tokens[n] ?? [])
      if (!isStopword(token, lang))
        for (const { rule, share } of rulesOf(token)) {
          add(`k:${stemOf(token)}`, weight * share);
          add(`t:${rule.topic}`, weight * share);
        }
  });
  return out;
}
