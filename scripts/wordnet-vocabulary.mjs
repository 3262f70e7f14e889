#!/usr/bin/env node
// Regenerates src/tagging/wordnet-vocabulary.ts: topic words for languages the IPTC vocabulary
// lacks, found through Princeton WordNet 3.0 synsets. Each synset's English lemmas are read by the
// program's own English IPTC vocabulary ("wildfire" → disasters); a word of another language takes
// the topics of the synsets Wiktionary's translations link it to ("erdőtűz" → that synset).
//
// Usage: npm run build && node scripts/wordnet-vocabulary.mjs WORDNET_DIR WIKT_DIR
//        && npx prettier --write src/tagging/wordnet-vocabulary.ts
//   WORDNET_DIR holds WordNet 3.0's data.noun, data.verb, data.adj and data.adv (Debian package
//   wordnet-base, /usr/share/wordnet; WordNet licence, Princeton University, free to use and
//   redistribute). WIKT_DIR holds the Open Multilingual Wordnet's Wiktionary-derived wordnets,
//   wn-wikt-XXX.tab (the public omwn/omw-data repository, wns/wikt/; Bond & Foster 2013, "Linking
//   and extending an Open Multilingual Wordnet"), whose English file adds lemmas to the synsets.
//   The Wiktionary data is licensed Creative Commons Attribution-ShareAlike 3.0; the generated
//   table is a database derived from it, shared under that licence, noted in its header.
//
// What is kept: per language, single-word lemmas of three letters or more that are not function
// words, whose synsets point at a topic with some weight. A lemma's weights are the mean over those
// of its synsets that point anywhere (as the dictionary pivot does with translations); lemmas of
// two or three words are kept as phrases. Languages written without spaces between words (Thai,
// Lao, Khmer, Burmese) keep lemmas of two letters or more, found among the words ICU's word
// breaker tells. Languages the vocabulary reads, those a bilingual dictionary reads
// (pivot-vocabulary.ts) and those with few such words are left out.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASELESS_FUNCTION_WORDS, isStopword } from '../dist/language/stopwords.js';
import { IPTC_CODES } from '../dist/tagging/labels.js';
import { stem } from '../dist/tagging/language.js';
import { PIVOT_VOCABULARY } from '../dist/tagging/pivot-vocabulary.js';
import { buildVocabulary, contentRuns } from '../dist/tagging/vocabulary.js';
import { topicTableBody } from './lib/topic-table.mjs';
import { bcp47 } from './lib/wordnet-languages.mjs';

/** Least weight a topic keeps for a word, the least its best topic must reach, fewest words a language needs. */
const KEEP = 0.1;
const LEAST_BEST = 0.2;
const LEAST_WORDS = 150;
/**
 * Languages the IPTC vocabulary reads (Chinese and Japanese by its labels in Han characters,
 * src/tagging/dense.ts), and those written without spaces between words.
 */
const READ = new Set(['en', 'de', 'fr', 'es', 'pt', 'sv', 'da', 'ar', 'nb', 'no', 'nn', 'zh', 'ja']);
const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo', 'dz', 'yue', 'cmn', 'wuu']);

const [wordnetDir, wiktDir] = process.argv.slice(2);
if (!wordnetDir || !wiktDir) {
  console.error('usage: node scripts/wordnet-vocabulary.mjs WORDNET_DIR WIKT_DIR');
  process.exit(2);
}

/** Synset id ("00001740-n"; satellites as adjectives) → its English lemmas. */
const english = new Map();
const add = (id, lemma) => {
  const list = english.get(id) ?? [];
  list.push(lemma.replace(/_/g, ' ').replace(/\([a-z]+\)$/, ''));
  english.set(id, list);
};
for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
  for (const line of readFileSync(join(wordnetDir, file), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const [offset, , type, count, ...rest] = line.split(' ');
    const pos = type === 's' ? 'a' : type;
    for (let i = 0; i < parseInt(count, 16); i++) add(`${offset}-${pos}`, rest[i * 2]);
  }
}

/** [synset id, lemma] pairs of a wn-wikt tab file. */
function* lemmas(file) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, kind, lemma] = line.split('\t');
    if (!lemma || !kind.endsWith(':lemma')) continue;
    yield [id.replace(/-s$/, '-a'), lemma.trim()];
  }
}
for (const [id, lemma] of lemmas(join(wiktDir, 'wn-wikt-eng.tab'))) add(id, lemma);

const SLUGS = Object.keys(IPTC_CODES);
const vocabulary = buildVocabulary();

/** Topic weights of one English lemma (a phrase, else its one word). */
function weightsOf(text) {
  const terms = vocabulary.get('en');
  const runs = contentRuns(text, 'en');
  if (!terms || runs.length !== 1) return [];
  const stems = runs[0].map((w) => stem(w, 'en'));
  if (stems.length === 1) return terms.words.get(stems[0]) ?? [];
  const phrase = terms.phrases.get(stems[0])?.find((p) => p.stems.join(' ') === stems.join(' '));
  return phrase?.weights ?? [];
}

/** Mean of weight lists that point somewhere, strongest topics first, weak ones dropped. */
function meanWeights(lists) {
  const read = lists.filter((l) => l.length);
  const sum = new Map();
  for (const l of read) for (const [t, w] of l) sum.set(t, (sum.get(t) ?? 0) + w);
  return [...sum]
    .map(([t, w]) => [t, w / read.length])
    .filter(([, w]) => w >= KEEP)
    .sort((a, b) => b[1] - a[1]);
}

/** Synset → its topic weights, the mean over its English lemmas the vocabulary reads. */
const synsetWeights = new Map();
for (const [id, list] of english) {
  const w = meanWeights([...new Set(list.map((l) => l.toLowerCase()))].map(weightsOf));
  if (w.length) synsetWeights.set(id, w);
}

const table = {};
for (const file of readdirSync(wiktDir).sort()) {
  const m = /^wn-wikt-([a-z]{3})\.tab$/.exec(file);
  const lang = m && bcp47(m[1]);
  if (!lang || READ.has(lang) || PIVOT_VOCABULARY[lang] || table[lang]) continue;
  // A word of a script written without spaces is found among the words ICU's word breaker tells
  // (src/tagging/pivot.ts), where two letters make a word; its function words are the stopword
  // package's (CASELESS_FUNCTION_WORDS). Elsewhere a lemma of two or three words is kept too, found
  // as those words in a row: Vietnamese writes a space between syllables, so most of its words
  // have several ("bóng đá", football).
  const unspaced = UNSPACED.has(lang);
  const shape = unspaced
    ? /^[\p{L}\p{M}]{2,}$/u
    : /^(?=\p{L}[\p{L}\p{M}]{2,}$|[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){1,2}$)/u;
  const functionWord = (w) => (unspaced ? CASELESS_FUNCTION_WORDS.has(w) : isStopword(w, lang));
  const synsets = new Map();
  for (const [id, lemma] of lemmas(join(wiktDir, file))) {
    const word = lemma.toLowerCase();
    if (!shape.test(word) || functionWord(word)) continue;
    const list = synsets.get(word) ?? [];
    list.push(synsetWeights.get(id) ?? []);
    synsets.set(word, list);
  }
  const words = new Map();
  for (const [word, lists] of synsets) {
    const kept = meanWeights(lists);
    if (kept.length && kept[0][1] >= LEAST_BEST) words.set(word, kept.slice(0, 2));
  }
  if (words.size >= LEAST_WORDS) table[lang] = words;
}

const { languages, body } = topicTableBody(table, SLUGS);
const out = `// Generated by scripts/wordnet-vocabulary.mjs; do not edit by hand.
// Topic words of languages the IPTC vocabulary lacks: each a lemma that the Open Multilingual
// Wordnet's Wiktionary-derived wordnets (omwn/omw-data, wns/wikt) link to Princeton WordNet 3.0
// synsets whose English lemmas the IPTC Media Topics vocabulary reads. This table is a database
// derived from Wiktionary's translations, licensed Creative Commons Attribution-ShareAlike 3.0
// (https://creativecommons.org/licenses/by-sa/3.0/), and is shared under that licence; the English
// lemmas are WordNet 3.0's (© Princeton University, WordNet licence), the topic weights IPTC Media
// Topics' (© IPTC, CC BY 4.0). ${languages.length} languages.
// Per language: "word=topic:weight,topic:weight|…", topic the index in TOPIC_ORDER (pivot-vocabulary.ts).

export const WORDNET_VOCABULARY: Record<string, string> = {
${body}
};
`;
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '../src/tagging/wordnet-vocabulary.ts'), out);
console.log(languages.map((lang) => `${lang}:${table[lang].size}`).join(' '));
