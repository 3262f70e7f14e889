#!/usr/bin/env node
// Regenerates src/tagging/pivot-vocabulary.ts: topic words for languages the IPTC vocabulary lacks,
// found by translating each headword of a bilingual dictionary into a language the vocabulary has
// and reading the translations with the program's own IPTC vocabulary of that language.
//
// Usage: npm run build && node scripts/pivot-vocabulary.mjs LANG=PIVOT=path/to/freedict-X-Y.index...
//        && npx prettier --write src/tagging/pivot-vocabulary.ts
//   LANG is the ISO 639-1 code of the text language, PIVOT that of the language the vocabulary
//   reads; the dictionary runs LANG → PIVOT, or PIVOT → LANG when given as LANG=PIVOT=~file
//   (read backwards: each translation becomes a headword). The .dict.dz beside the .index is read.
//
// The dictionaries used for the committed output are the FreeDict+WikDict bilingual dictionaries
// built from Wiktionary (edition 2022.11.18, Debian packages dict-freedict-*, files in
// /usr/share/dictd), © FreeDict contributors, licensed Creative Commons Attribution-ShareAlike 3.0
// (https://creativecommons.org/licenses/by-sa/3.0/). Only those (CC BY-SA) are read: FreeDict's
// older hand-made dictionaries (Czech, Hungarian, Croatian, Slovak…) are GPL and are left out.
// The generated table is a derived database under the same licence, noted in its header.
//
// What is kept: single-word headwords of three letters or more that are not function words, whose
// translations, read by the IPTC vocabulary of the pivot language, point at a topic with some
// weight. A headword's weights are the mean over those of its translations the vocabulary knows
// (a synonym it lacks is no evidence against the others).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isStopword } from '../dist/language/stopwords.js';
import { IPTC_CODES } from '../dist/tagging/labels.js';
import { stem } from '../dist/tagging/language.js';
import { buildVocabulary, contentRuns } from '../dist/tagging/vocabulary.js';
import { topicTableBody } from './lib/topic-table.mjs';

/** Least weight a topic keeps for a headword, and the least its best topic must reach. */
const KEEP = 0.1;
const LEAST_BEST = 0.2;

const args = process.argv.slice(2);
if (!args.length || args.some((a) => !/^[a-z]{2}=[a-z]{2}=~?./.test(a))) {
  console.error('usage: node scripts/pivot-vocabulary.mjs LANG=PIVOT=[~]freedict-X-Y.index...');
  process.exit(2);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const num = (s) => [...s].reduce((a, c) => a * 64 + B64.indexOf(c), 0);

/** [headword, translations] of a dictd dictionary (headword line, then translations, glosses). */
function* entries(indexFile) {
  const dict = gunzipSync(readFileSync(indexFile.replace(/\.index$/, '.dict.dz')));
  for (const line of readFileSync(indexFile, 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!length || head.startsWith('00database')) continue;
    const lines = dict
      .subarray(num(offset), num(offset) + num(length))
      .toString('utf8')
      .split('\n');
    const numbered = lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, ''));
    const senses = numbered.length ? numbered : [lines[1] ?? ''];
    const translations = senses
      .flatMap((s) => s.split(/[,;]/))
      .map((t) => t.trim())
      .filter(Boolean);
    yield [head.toLowerCase(), translations];
  }
}

/** The same pairs with the translation as headword, for a dictionary read backwards. */
function* reversed(pairs) {
  for (const [head, translations] of pairs) for (const t of translations) yield [t.toLowerCase(), [head]];
}

const SLUGS = Object.keys(IPTC_CODES);
const vocabulary = buildVocabulary();

/** Topic weights of one translation read in the pivot language (a phrase, else its one word). */
function weightsOf(text, pivot) {
  const terms = vocabulary.get(pivot);
  const runs = contentRuns(text, pivot);
  if (!terms || runs.length !== 1) return [];
  const stems = runs[0].map((w) => stem(w, pivot));
  if (stems.length === 1) return terms.words.get(stems[0]) ?? [];
  const phrase = terms.phrases.get(stems[0])?.find((p) => p.stems.join(' ') === stems.join(' '));
  return phrase?.weights ?? [];
}

/** Per language: headword → its translations, each with the language it is in. */
const grouped = {};
const sources = [];
for (const arg of args) {
  const [lang, pivot, spec] = arg.split('=');
  const back = spec.startsWith('~');
  const file = back ? spec.slice(1) : spec;
  sources.push(`${lang} ← ${pivot}: ${file.split('/').pop()}${back ? ' (read backwards)' : ''}`);
  const heads = (grouped[lang] ??= new Map());
  for (const [head, translations] of back ? reversed(entries(file)) : entries(file)) {
    if (!/^\p{L}{3,}$/u.test(head) || isStopword(head, lang)) continue;
    const list = heads.get(head) ?? [];
    for (const t of translations) list.push(`${pivot}\t${t}`);
    heads.set(head, list);
  }
}

/** A headword's topic weights: the mean over those of its translations the vocabulary reads. */
function headwordWeights(translations) {
  const sum = new Map();
  let n = 0;
  for (const entry of new Set(translations)) {
    const [pivot, text] = entry.split('\t');
    const weights = weightsOf(text, pivot);
    if (weights.length) n++;
    for (const [topic, w] of weights) sum.set(topic, (sum.get(topic) ?? 0) + w);
  }
  return [...sum]
    .map(([t, w]) => [t, w / n])
    .filter(([, w]) => w >= KEEP)
    .sort((a, b) => b[1] - a[1]);
}

const table = {};
for (const [lang, heads] of Object.entries(grouped)) {
  const words = (table[lang] = new Map());
  for (const [head, translations] of heads) {
    const kept = headwordWeights(translations);
    if (kept.length && kept[0][1] >= LEAST_BEST) words.set(head, kept.slice(0, 2));
  }
}

const { languages, body } = topicTableBody(table, SLUGS);
const out = `// Generated by scripts/pivot-vocabulary.mjs; do not edit by hand.
// Topic words of languages the IPTC vocabulary lacks, each the headword of a FreeDict+WikDict
// bilingual dictionary (from Wiktionary, edition 2022.11.18) whose translations the IPTC Media
// Topics vocabulary of another language reads. This table is a database derived from those
// dictionaries, © FreeDict contributors, licensed Creative Commons Attribution-ShareAlike 3.0
// (https://creativecommons.org/licenses/by-sa/3.0/), and is shared under that licence; the topic
// weights come from IPTC Media Topics (© IPTC, CC BY 4.0). Sources:
${sources.map((s) => `//   ${s}`).join('\n')}
// Per language: "word=topic:weight,topic:weight|…", topic the index in TOPIC_ORDER.

export const TOPIC_ORDER = ${JSON.stringify(SLUGS)} as const;

export const PIVOT_VOCABULARY: Record<string, string> = {
${body}
};
`;
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '../src/tagging/pivot-vocabulary.ts'), out);
for (const lang of languages) console.log(`${lang}: ${table[lang].size} words`);
