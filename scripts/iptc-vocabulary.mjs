#!/usr/bin/env node
// Regenerates src/tagging/iptc-vocabulary.ts from IPTC's Media Topics vocabulary file (the
// "cptall" JSON export of http://cv.iptc.org/newscodes/mediatopic/, all languages).
//
// Usage: node scripts/iptc-vocabulary.mjs path/to/cptall-x-all.json [LANG=path/to/vocabularies.json]...
//
// The file used for the committed output is IPTC's 2019-04-06 release as kept in the public
// superdesk/superdesk-core repository (superdesk/io/data/cptall-x-all.json); IPTC publishes the
// same export at http://cv.iptc.org/newscodes/mediatopic/?format=json&lang=x-all. The vocabulary
// is © IPTC – International Press Telecommunications Council, licensed CC BY 4.0.
//
// Languages IPTC added after that release come from a Superdesk "topics" controlled vocabulary
// (a vocabularies.json whose "topics" list holds Media Topic qcodes, parents and labels in one
// language), given as LANG=file. The committed output reads Norwegian ("nb") from the public
// superdesk/superdesk-ntb repository (server/data/vocabularies.json, 2023-10 update), whose
// labels its sync_topics command takes from IPTC's own export (prefLabel "no"; IPTC's Norwegian
// translation was contributed by NTB in 2020): © IPTC, licensed CC BY 4.0. Such a list has
// labels only, no definitions, and its own (newer) hierarchy, which places its concepts.
//
// Arabic ("ar") comes from the same export: IPTC's labels, without definitions. So does Chinese
// ("zh", IPTC's "zh-Hans"): its words are not set apart by spaces, so tagging finds its labels
// inside running text (src/tagging/dense.ts) rather than reading it word by word. Each Chinese
// label is kept in simplified and in traditional characters, and its words written in Japanese
// kanji forms are kept as Japanese ("ja": election, flood, hospital are the same Sino-Japanese
// words), both converted with OpenCC (Debian package opencc, its s2t and t2jp tables, Apache-2.0).
//
// What is kept: every concept below the 17 top-level topics that is not retired, grouped under
// its top-level ancestor; per language, its preferred label and its definition (Portuguese: the
// European and the Brazilian ones).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** IPTC language tags → ISO 639-1 codes the program uses; both Portuguese variants read as "pt". */
const LANGUAGES = {
  'en-GB': 'en',
  de: 'de',
  fr: 'fr',
  es: 'es',
  'pt-PT': 'pt',
  'pt-BR': 'pt',
  se: 'sv',
  dk: 'da',
  ar: 'ar',
  'zh-Hans': 'zh',
};

const [source, ...extra] = process.argv.slice(2);
if (!source || extra.some((a) => !/^[a-z]{2}=./.test(a))) {
  console.error('usage: node scripts/iptc-vocabulary.mjs cptall-x-all.json [LANG=vocabularies.json]...');
  process.exit(2);
}
const scheme = JSON.parse(readFileSync(source, 'utf8'));
const concepts = scheme.conceptSet;
const byId = new Map(concepts.map((c) => [c.uri.replace(/\/$/, '').split('/').pop(), c]));
const idOf = (ref) => ref.replace(/\/$/, '').split(/[/:]/).pop();

/** Code of a concept's top-level ancestor ("04000000"), or null for a top-level concept. */
function topOf(concept) {
  let c = concept;
  let depth = 0;
  while (c.broader?.length) {
    c = byId.get(idOf(c.broader[0]));
    if (!c || ++depth > 10) return null;
  }
  return depth === 0 ? null : idOf(c.uri);
}

const clean = (s) => s.replace(/\s+/g, ' ').replace(/[|]/g, ' ').trim();

/** code → language → { labels, definitions } */
const out = {};
let kept = 0;
for (const c of concepts) {
  if (c.retired) continue;
  const top = topOf(c);
  if (!top) continue;
  kept++;
  const topic = (out[top] ??= {});
  for (const lang of new Set(Object.values(LANGUAGES))) {
    const tags = Object.keys(LANGUAGES).filter((t) => LANGUAGES[t] === lang);
    // One concept's texts in every variant of the language (pt-PT, pt-BR), each once.
    const variants = (field) => [
      ...new Set(
        tags
          .map((t) => field?.[t])
          .filter(Boolean)
          .map(clean),
      ),
    ];
    const labels = variants(c.prefLabel);
    const definitions = variants(c.definition);
    if (!labels.length && !definitions.length) continue;
    const entry = (topic[lang] ??= { labels: [], definitions: [] });
    // Aligned per concept (an empty string where one is missing), so a reader can tell concepts apart.
    entry.labels.push(labels.join('; ')); // "; " keeps two labels two phrases
    entry.definitions.push(definitions.join(' '));
  }
}

/**
 * Concepts of a Superdesk "topics" vocabulary in one language, placed under their top-level
 * ancestor by its own parents: labels only (definitions left empty, aligned).
 */
function addSuperdeskTopics(lang, file) {
  const list = JSON.parse(readFileSync(file, 'utf8')).find((v) => v._id === 'topics')?.items ?? [];
  const parentOf = new Map(list.map((t) => [t.qcode, t.parent ?? null]));
  let n = 0;
  for (const t of list) {
    if (t.is_active === false || !t.name || !t.parent) continue;
    let top = t.qcode;
    for (let depth = 0; parentOf.get(top) && depth < 10; depth++) top = parentOf.get(top);
    if (parentOf.get(top) !== null || !/^\d{2}000000$/.test(top)) continue;
    const entry = ((out[top] ??= {})[lang] ??= { labels: [], definitions: [] });
    entry.labels.push(clean(t.name));
    entry.definitions.push('');
    n++;
  }
  return n;
}

/** Texts converted by OpenCC with the given configurations in turn ("s2t.json": to traditional). */
function opencc(texts, ...configs) {
  let lines = texts;
  for (const config of configs) {
    const run = spawnSync('opencc', ['-c', config], { input: lines.join('\n'), encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`opencc -c ${config}: ${run.stderr || run.error}`);
    lines = run.stdout.replace(/\n$/, '').split('\n');
  }
  if (lines.length !== texts.length) throw new Error('opencc: line count changed');
  return lines;
}

/** Chinese labels with their traditional forms beside them; the Japanese kanji forms as "ja". */
function addChineseForms() {
  for (const topic of Object.values(out)) {
    const zh = topic.zh;
    if (!zh) continue;
    const traditional = opencc(zh.labels, 's2t.json');
    const japanese = opencc(traditional, 't2jp.json');
    const both = (a, b) => [...new Set([a, b].filter(Boolean))].join('; ');
    zh.labels = zh.labels.map((l, i) => both(l, traditional[i]));
    topic.ja = { labels: japanese, definitions: japanese.map(() => '') };
  }
}
addChineseForms();

const added = {};
for (const arg of extra) {
  const [lang, file] = [arg.slice(0, 2), arg.slice(3)];
  added[lang] = addSuperdeskTopics(lang, file);
}
const languages = [...new Set([...Object.values(LANGUAGES), 'ja', ...Object.keys(added)])];

const codes = Object.keys(out).sort();
const lines = [
  '// Generated by scripts/iptc-vocabulary.mjs from IPTC Media Topics; do not edit by hand.',
  `// IPTC Media Topics, release ${scheme.dateReleased ?? 'unknown'}: © IPTC – International Press`,
  '// Telecommunications Council (https://iptc.org), licensed under Creative Commons Attribution 4.0',
  '// (https://creativecommons.org/licenses/by/4.0/). Labels and definitions of every concept below',
  `// the top level (${kept} concepts), per top-level topic code and language, "|"-separated and`,
  '// aligned: the n-th label and the n-th definition belong to one concept.',
  '// "zh": labels in simplified and traditional characters; "ja": the same labels in Japanese kanji',
  '// forms; both converted with OpenCC (its s2t and t2jp tables, Apache-2.0).',
  ...Object.entries(added).map(
    ([lang, n]) =>
      `// "${lang}": labels only (${n} concepts), IPTC's translation as kept in a Superdesk topics vocabulary.`,
  ),
  '',
  'export interface IptcTerms {',
  '  labels: string;',
  '  definitions: string;',
  '}',
  '',
  'export const IPTC_VOCABULARY: Record<string, Record<string, IptcTerms>> = {',
];
for (const code of codes) {
  lines.push(`  '${code}': {`);
  for (const lang of languages) {
    const e = out[code][lang];
    if (!e) continue;
    lines.push(`    ${lang}: {`);
    lines.push(`      labels: ${JSON.stringify(e.labels.join('|'))},`);
    lines.push(`      definitions: ${JSON.stringify(e.definitions.join('|'))},`);
    lines.push('    },');
  }
  lines.push('  },');
}
lines.push('};', '');
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'tagging', 'iptc-vocabulary.ts');
writeFileSync(target, lines.join('\n'));
console.log(`${target}: ${kept} concepts under ${codes.length} topics`);
