#!/usr/bin/env node
// Regenerates src/tagging/emoji-keywords.ts from Unicode CLDR's emoji annotations (the npm package
// cldr-annotations-full, a dev dependency; © Unicode, Inc., Unicode License v3, which allows
// redistribution with the notice kept in the generated file).
//
// Usage: npm run build && node scripts/emoji-keywords.mjs [path/to/cldr-annotations-full/annotations]
//        && npx prettier --write src/tagging/emoji-keywords.ts
//
// CLDR gives every emoji everyday keywords in about 170 locales (⚽: "football", "ფეხბურთი",
// "축구"…). An emoji is language-neutral, so a small table of emoji that stand for a news topic
// turns those keywords into topic words in every locale at once, including languages the IPTC
// vocabulary lacks. Per locale, a word is kept for a topic only when most emoji it annotates stand
// for that topic ("building" annotates dozens of emoji: it says nothing). The languages whose
// function words the program knows (it can tell a text is in one of them) get a list each; the
// other locales share one, since a text in any of them is not told apart: there a stem that
// points at two topics, or that starts a function word of any language, is left out.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as stopword from 'stopword';
import { STOPWORD_LANGUAGES } from '../dist/language/stopwords.js';

/** CLDR locales that spell a program language code otherwise. */
const LOCALE_LANGUAGE = { no: 'nb' };
/** Regional variants of a language the program reads share its list ("es-MX" → "es"). */
const languageOf = (locale) => {
  const base = LOCALE_LANGUAGE[locale.split('-')[0]] ?? locale.split('-')[0];
  return STOPWORD_LANGUAGES.includes(base) ? base : null;
};

/** Emoji that stand for one top-level IPTC topic (code points; the annotations give the words). */
const TOPIC_EMOJI = {
  'arts-culture-entertainment-and-media': '🎨🎭🎬🎞🎤🎼🎵🎶🎹🎸🎻🥁🎷🎺🪕🩰🖼🎟📺📻🎥',
  'conflict-war-and-peace': '🪖🎖💣🔫⚔🕊☮',
  'crime-law-and-justice': '🚔🚓👮⚖⛓🕵',
  'disaster-accident-and-emergency-incident': '🚒🧯🔥🌋🆘🚑',
  // Transport and building works too: IPTC files transport, traffic, construction and
  // infrastructure projects under economy (an accident on them is a disaster story by its words).
  // Not 🚉, 🚧 or 🚚: "station", "works", "barrier" and "truck" name many other things (a water
  // station, a writer's works, a running track).
  'economy-business-and-finance': '💶💵💷💴💰💳🏦📈📉💹🪙💸🏭🛒🏪🏬🧾💲🚌🚍🚎🚋🚊🚆🚇🚏⛴🚢🛳🌉🛤🛣🚦🚥🏗⛽',
  education: '🎓🏫🎒',
  environment: '♻🌳🌲🌱🏞🚯🍃',
  health: '🏥💉💊🩺🩹🦠🤒🤧😷🩸🦷🫀🫁',
  'human-interest': '🎂💒👰⚰🪦',
  'lifestyle-and-leisure': '🍜🍣🍲🍽🍷🍺🍴🍰🍳🏖⛺🏕🧳🎣🧘🎲♟🎮🛍🥾🏨🎡🎢',
  politics: '🗳',
  religion: '⛪🕌🕍🛕⛩🕋✝☦☪🕉✡☸🛐📿',
  'science-and-technology': '🔬🔭🧪🧫🧬⚗🛰🤖💻🖥🪐☄📡⚛🧲',
  society: '👪🧓👵👴👶♿🤰',
  sport: '⚽⚾🏀🏐🏈🏉🎾🏏🏑🏒🏓🏸🥊🥋⛳🏅🏆🏊🚴⛸🎿🏂🏋🤼🤽🤾🚣🏇🤺🏟',
  weather: '🌧🌦🌨⛈🌩🌪🌫🌬☔☂❄☃⛄🌡🌤⛅🌀',
};

/** Scripts written without spaces between words: their keywords are found inside running text. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Scripts whose one letter says as much as a syllable or a word: two letters make a keyword. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Alphabets whose words take endings: a stem a little shorter than the word finds its forms. */
const INFLECTED =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]+$/u;

/** Share of the emoji a word annotates that must stand for one topic. */
const MAJORITY = 0.6;
/** Shortest keyword in an alphabet (letters and marks), and shortest stem cut from a longer word. */
const MIN_LETTERS = 4;
const MIN_STEM = 5;
/** Letters an inflecting word may lose to its stem. */
const ENDING = 1;

const strip = (s) => s.replace(/\uFE0F/g, '');
const topicOf = new Map();
for (const [topic, list] of Object.entries(TOPIC_EMOJI))
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(list))
    topicOf.set(strip(segment), topic);

const require = createRequire(import.meta.url);
const root =
  process.argv[2] ?? join(dirname(require.resolve('cldr-annotations-full/package.json')), 'annotations');

/** Greek moves its accent as a word inflects (θέατρο, θεάτρου): its words are compared without. */
export const fold = (text) =>
  /\p{Script=Greek}/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : text;

/** The words of one keyword: whole in an unspaced script, else split at spaces and dashes. */
function wordsOf(keyword) {
  const k = fold(keyword.normalize('NFC').toLowerCase());
  if (UNSPACED.test(k)) return [k.replace(/[\s\p{P}]+/gu, '')];
  return k.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
}

function longEnough(word) {
  if (/\p{N}/u.test(word)) return false;
  return DENSE.test(word) ? [...word].length >= 2 : [...word].length >= MIN_LETTERS;
}

/** What a text must start with to be taken for the word: inflecting alphabets drop the last letter. */
function stemOf(word) {
  const letters = [...word];
  if (!INFLECTED.test(word)) return word;
  return letters.slice(0, Math.min(letters.length, Math.max(MIN_STEM, letters.length - ENDING))).join('');
}

/** Per list (a program language, or "" for the other locales): stem → topics; likewise phrases. */
const lists = new Map();
const listOf = (name) => {
  if (!lists.has(name)) lists.set(name, { stems: new Map(), phrases: new Map() });
  return lists.get(name);
};
const note = (map, key, topic) => {
  const set = map.get(key) ?? new Set();
  set.add(topic);
  map.set(key, set);
};
let locales = 0;
for (const locale of readdirSync(root).sort()) {
  if (locale === 'und') continue;
  const file = join(root, locale, 'annotations.json');
  const data = JSON.parse(readFileSync(file, 'utf8')).annotations.annotations ?? {};
  locales++;
  // A locale of a language the program cannot tell by function words feeds the shared list and
  // one of its own, used when a text's letters say it is in that language (franc, see language.ts).
  const lists_ = languageOf(locale)
    ? [listOf(languageOf(locale))]
    : [listOf(''), listOf(locale.split('-')[0])];
  /** word → emoji it annotates in this locale; alone: those where it is a whole keyword */
  const emojiOf = new Map();
  const alone = new Set();
  const phraseEmoji = new Map();
  const add = (map, key, emoji) => map.set(key, (map.get(key) ?? new Set()).add(emoji));
  for (const [emoji, { default: keywords = [], tts = [] }] of Object.entries(data)) {
    for (const k of [...keywords, ...tts]) {
      const words = wordsOf(k);
      for (const w of words) add(emojiOf, w, strip(emoji));
      if (words.length === 1) alone.add(words[0]);
      else add(phraseEmoji, words.join(' '), strip(emoji));
    }
  }
  /** The topic most of `emoji` stand for, and how many of them do; null when none has a majority. */
  const majority = (emoji) => {
    const counts = new Map();
    for (const e of emoji) {
      const t = topicOf.get(e);
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const [topic, n] of counts) if (n / emoji.size >= MAJORITY) return { topic, n };
    return null;
  };
  for (const [word, emoji] of emojiOf) {
    if (!longEnough(word)) continue;
    const m = majority(emoji);
    // A word seen only inside longer keywords ("american" in "american football") names the
    // topic only when it recurs across the topic's emoji.
    if (m && (alone.has(word) || m.n >= 2))
      for (const { stems } of lists_) note(stems, stemOf(word), m.topic);
  }
  for (const [phrase, emoji] of phraseEmoji) {
    const m = majority(emoji);
    if (m && [...phrase].length >= MIN_LETTERS + 2)
      for (const { phrases } of lists_) note(phrases, phrase, m.topic);
  }
}

/** Every start (of at least MIN_LETTERS letters) of a function word in any language the package lists. */
const functionStarts = new Set();
for (const list of Object.values(stopword))
  if (Array.isArray(list))
    for (const w of list) {
      const letters = [...w.toLowerCase()];
      for (let i = 2; i <= letters.length; i++) functionStarts.add(letters.slice(0, i).join(''));
    }

/** A list's keywords by topic: those that point at one topic only and start no function word. */
function byTopic({ stems, phrases }) {
  const out = {};
  for (const [kind, map] of [
    ['stems', stems],
    ['phrases', phrases],
  ])
    for (const [s, topics] of map) {
      if (topics.size > 1 || functionStarts.has(s)) continue;
      const topic = [...topics][0];
      const entry = (out[topic] ??= { stems: [], dense: [], phrases: [] });
      entry[kind === 'stems' && UNSPACED.test(s) ? 'dense' : kind].push(s);
    }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8')).version;
const quote = (list) => `'${list.sort().join('|').replace(/'/g, "\\'")}'`;
const key = (k) => (/^[a-z]+$/.test(k) ? k : `'${k}'`);
const body = (topics, indent) =>
  Object.keys(TOPIC_EMOJI)
    .filter((t) => topics[t])
    .flatMap((t) => [
      `${indent}${key(t)}: {`,
      `${indent}  stems: ${quote(topics[t].stems)},`,
      `${indent}  dense: ${quote(topics[t].dense)},`,
      `${indent}  phrases: ${quote(topics[t].phrases)},`,
      `${indent}},`,
    ]);
const names = [...lists.keys()].sort();
const lines = [
  '// Generated by scripts/emoji-keywords.mjs from Unicode CLDR emoji annotations; do not edit by hand.',
  `// CLDR ${version} (npm cldr-annotations-full), ${locales} locales. © 2004–2026 Unicode, Inc.`,
  '// Unicode License v3 (https://www.unicode.org/license.txt): permission is granted to use, copy and',
  '// distribute the data provided this notice is kept.',
  '// Per language the program can tell by function words; key "" for all other locales together, then',
  '// each of those under its own language code, for a text whose letters tell it; per topic,',
  '// "|"-separated and lowercase: stems, each matching a word that starts with it; dense, keywords in',
  '// Han, kana, Thai, Lao, Khmer or Myanmar script, found inside a run of text; phrases, keywords of',
  '// several words matched whole. Greek is written without accents.',
  "import type { TopicSlug } from './labels.js';",
  '',
  'export type EmojiKeywords = Partial<Record<TopicSlug, { stems: string; dense: string; phrases: string }>>;',
  '',
  'export const EMOJI_KEYWORDS: Record<string, EmojiKeywords> = {',
  ...names.flatMap((n) => [`  ${key(n)}: {`, ...body(byTopic(lists.get(n)), '    '), '  },']),
  '};',
  '',
];
writeFileSync(join(here, '..', 'src', 'tagging', 'emoji-keywords.ts'), lines.join('\n'));
for (const n of names) {
  const topics = byTopic(lists.get(n));
  const count = Object.values(topics).reduce(
    (a, t) => a + t.stems.length + t.dense.length + t.phrases.length,
    0,
  );
  console.log(`${n || '(other locales)'}: ${count} keywords`);
}
