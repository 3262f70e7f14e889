import anyAscii from 'any-ascii';
import type { StopwordLanguage } from '../language/stopwords.js';
import { COMPOUNDING } from './compounds.js';
import { isDenseLanguage } from './dense.js';
import { IPTC_VOCABULARY } from './iptc-vocabulary.js';
import { IPTC_CODES, type TopicSlug } from './labels.js';
import { PIVOT_VOCABULARY, TOPIC_ORDER } from './pivot-vocabulary.js';
import type { TopicWeights } from './vocabulary.js';

/**
 * International roots: many languages borrow the word for a subject from one source ("parlament",
 * "policie", "инфляция", "vakcína"), so the first letters of its spelling, once transliterated,
 * agree across languages the program has no vocabulary for. A root is kept when the IPTC labels
 * (and the dictionary-read words of pivot.ts) of several languages give it, mostly for one topic.
 */
export type CognateIndex = ReadonlyMap<string, TopicWeights>;

/** Letters of a root: enough to name a stem ("polik", "parla", "infla"), few enough to leave the ending. */
const ROOT = 5;
/** Languages that must share a root before it counts as international rather than one language's word. */
const MIN_LANGUAGES = 3;
/**
 * Languages in which a word of the root must name a concept by itself (a one-word label, or a
 * dictionary word read clearly as one topic): a root seen only inside longer names ("regional
 * elections", "economic policy") is a general word of them, not their subject.
 */
const STRONG_LANGUAGES = 2;
/**
 * Share of a root's uses that one topic must take: below a clear majority, since the word that
 * names a subject ("economy") also opens concepts of other topics ("economic policy").
 */
const CLEAR_SHARE = 0.5;
/** What a word of a several-word label says beside a one-word label. */
const LABEL_PART = 0.4;

/**
 * The root of a word: transliterated to Latin letters (any-ascii), its spellings of one sound
 * merged as scripts and orthographies differ (ц "ts" = Slavic "c" = "k"-less "c"; ph/f, th/t, w/v,
 * y/i, z/s, x/ks, doubled letters single), cut to its first letters; null for a shorter word.
 */
export function cognateRoot(word: string): string | null {
  const s = anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ts/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/x/g, 'ks')
    .replace(/o[ou]/g, 'u')
    .replace(/(.)\1+/g, '$1');
  return s.length >= ROOT ? s.slice(0, ROOT) : null;
}

const SLUG_OF_CODE = new Map(Object.entries(IPTC_CODES).map(([slug, code]) => [code, slug as TopicSlug]));

type Masses = Map<string, Map<string, Map<TopicSlug, number>>>;

/** isDenseLanguage, asked once per language. */
function memoisedDense(): (lang: string) => boolean {
  const seen = new Map<string, boolean>();
  return (lang) => {
    const v = seen.get(lang) ?? isDenseLanguage(lang);
    seen.set(lang, v);
    return v;
  };
}

/** Per root, the languages in which a word of it names a concept by itself (see STRONG_LANGUAGES). */
type Named = Map<string, Set<string>>;

/** Adds what one use of a word in one language says for a topic, under the word's root. */
function addUse(masses: Masses, lang: string, word: string, topic: TopicSlug, mass: number): void {
  const root = cognateRoot(word);
  if (root === null) return;
  const byLang = masses.get(root) ?? new Map<string, Map<TopicSlug, number>>();
  const byTopic = byLang.get(lang) ?? new Map<TopicSlug, number>();
  byTopic.set(topic, (byTopic.get(topic) ?? 0) + mass);
  byLang.set(lang, byTopic);
  masses.set(root, byLang);
}

function addNamed(named: Named, lang: string, word: string): void {
  const root = cognateRoot(word);
  if (root !== null) named.set(root, (named.get(root) ?? new Set<string>()).add(lang));
}

const WORD = /[\p{L}\p{M}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * The IPTC labels of every language the vocabulary gives them in. Definitions are left out: their
 * words are prose ("minute", "metre", country names) that many languages share with no subject.
 */
function vocabularyUses(masses: Masses, named: Named): void {
  const dense = memoisedDense();
  for (const [code, languages] of Object.entries(IPTC_VOCABULARY)) {
    const topic = SLUG_OF_CODE.get(code);
    if (!topic) continue;
    for (const [lang, terms] of Object.entries(languages)) {
      // An unspaced script's label is no word, and its transliteration no root of one.
      if (dense(lang)) continue;
      for (const label of terms.labels.split('|')) {
        const words = wordsOf(label.replace(/\(.*?\)/gu, ' '));
        for (const w of words) addUse(masses, lang, w, topic, words.length === 1 ? 1 : LABEL_PART);
        // A one-word label of a compounding language is often a compound ("lokalval", local
        // election) whose first part is no name of the concept.
        if (words.length === 1 && !COMPOUNDING.has(lang as StopwordLanguage))
          addNamed(named, lang, words[0] ?? '');
      }
    }
  }
}

/** The pivot languages' dictionary words, each with the topics its translations have. */
function pivotUses(masses: Masses, named: Named): void {
  for (const [lang, table] of Object.entries(PIVOT_VOCABULARY))
    for (const entry of table.split('|')) {
      const [word = '', weights = ''] = entry.split('=');
      for (const pair of weights.split(',')) {
        const [i, w] = pair.split(':');
        const topic = TOPIC_ORDER[Number(i)];
        if (topic) addUse(masses, lang, word, topic, Number(w));
        if (topic && Number(w) >= CLEAR_SHARE) addNamed(named, lang, word);
      }
    }
}

/**
 * A root's topic, when enough languages share it and one topic takes a clear share of it: each
 * language's uses count as one vote, spread over the topics as that language's uses are.
 */
function rootWeights(byLang: Map<string, Map<TopicSlug, number>>): TopicWeights {
  if (byLang.size < MIN_LANGUAGES) return [];
  const votes = new Map<TopicSlug, number>();
  for (const byTopic of byLang.values()) {
    const total = [...byTopic.values()].reduce((a, b) => a + b, 0);
    if (total > 0) for (const [t, m] of byTopic) votes.set(t, (votes.get(t) ?? 0) + m / total / byLang.size);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= CLEAR_SHARE ? [[best[0], best[1]]] : [];
}

/** Every international root with its topic. Built once, the first time a text needs it. */
export function buildCognateIndex(): CognateIndex {
  const masses: Masses = new Map();
  const named: Named = new Map();
  vocabularyUses(masses, named);
  pivotUses(masses, named);
  const out = new Map<string, TopicWeights>();
  for (const [root, byLang] of masses) {
    if ((named.get(root)?.size ?? 0) < STRONG_LANGUAGES) continue;
    const weights = rootWeights(byLang);
    if (weights.length) out.set(root, weights);
  }
  return out;
}

/**
 * International roots found in a text, each with its topic (once per place it occurs); a word the
 * language uses every day (`everyday`) is left out, as it names no subject whatever its root.
 */
export function cognateHits(
  index: CognateIndex,
  text: string,
  everyday: ReadonlySet<string> = new Set(),
): [string, TopicWeights][] {
  const out: [string, TopicWeights][] = [];
  for (const word of wordsOf(text)) {
    if (everyday.has(word)) continue;
    const root = cognateRoot(word);
    const weights = root === null ? undefined : index.get(root);
    if (root !== null && weights) out.push([root, weights]);
  }
  return out;
}
