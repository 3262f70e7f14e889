// Where topic tagging misses, and why: a miss analysis over one or more folders of hand-checked
// articles (input.txt / input.html beside expected.json, `topics` primary first). Never run by the
// tests.
//
//   npm run build && node bench/topics-misses.mjs DIR [DIR…] [--cases]
//
// Prints, per folder and over all: each miss classed as (a) no topic given, (b) the expected
// primary given but not first, (c) the expected primary not given; for (c), whether the scores hold
// the expected primary at all (rank and share of the top score) or have no evidence for it; the
// confusion of expected against given primary; and which evidence made a wrong primary: the part
// of the article that gave it most (section label, headline, standfirst and first paragraph, rest
// of the body) and the kind (keyword rules of feeds/taxonomy.yaml, or the vocabulary side: IPTC
// labels, dictionaries, CLDR keywords, roots). --cases lists every miss with its scores by part.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDocument } from '../dist/normalise/index.js';
import { createTagger, topicInputFor } from '../dist/tagging/load.js';
import { loadGazetteer } from '../dist/tagging/prebuilt.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const listCases = args.includes('--cases');
if (!dirs.length) {
  console.error('usage: node bench/topics-misses.mjs DIR [DIR…] [--cases]');
  process.exit(2);
}

const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
const gazetteer = loadGazetteer();
const tagger = createTagger(taxonomy, gazetteer);
const vocabulary = buildVocabulary();
const index = buildTopicIndex(taxonomy, vocabulary);
// The same scoring with the vocabulary side off, and with the keyword rules off, to tell them apart.
const rulesOnly = buildTopicIndex(
  { ...taxonomy, weights: { ...taxonomy.weights, vocabulary: 0, annotations: 0, cognates: 0 } },
  vocabulary,
);
const vocabularyOnly = buildTopicIndex(
  {
    ...taxonomy,
    topics: Object.fromEntries(
      Object.entries(taxonomy.topics).map(([t, r]) => [t, { ...r, keywords: [], phrases: [] }]),
    ),
  },
  vocabulary,
);

const short = (t) => (t ?? '—').split('-')[0].slice(0, 8);
const asObject = (m) => Object.fromEntries(m);
const NONE = { title: '', lede: [], body: [], sections: [], entities: [] };

/** Each topic's score from each part of the article alone, and from each kind of evidence. */
function parts(input) {
  const only = (ix, over) => asObject(scoreTopics(ix, { ...input, ...NONE, ...over }));
  return {
    all: asObject(scoreTopics(index, input)),
    section: only(index, { sections: input.sections }),
    headline: only(index, { title: input.title }),
    lede: only(index, { lede: input.lede }),
    body: only(index, { body: input.body }),
    rules: only(rulesOnly, { title: input.title, lede: input.lede, body: input.body }),
    vocabulary: only(vocabularyOnly, { title: input.title, lede: input.lede, body: input.body }),
  };
}

function classify(got, want) {
  if (got[0] === want[0]) return 'ok';
  if (!got.length) return 'a';
  return got.includes(want[0]) ? 'b' : 'c';
}

/** Which part and kind of evidence gave a topic most of its score. */
function evidence(p, topic) {
  const [part, v] = ['section', 'headline', 'lede', 'body']
    .map((k) => [k, p[k][topic] ?? 0])
    .sort((a, b) => b[1] - a[1])[0];
  const kind = (p.rules[topic] ?? 0) >= (p.vocabulary[topic] ?? 0) ? 'rules' : 'vocabulary';
  return `${v > 0 ? part : 'entity'}/${kind}`;
}

const rows = [];
for (const dir of dirs) {
  for (const d of readdirSync(dir).sort()) {
    const input = ['input.txt', 'input.html', 'input.htm'].map((f) => join(dir, d, f)).find(existsSync);
    if (!input || !existsSync(join(dir, d, 'expected.json'))) continue;
    const want = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')).topics ?? [];
    const doc = { bytes: readFileSync(input), contentType: null, location: input, url: null };
    const item = (await normaliseDocument(doc)).items[0];
    if (!item) continue;
    const got = tagger.enrich(item).topics;
    const p = parts(topicInputFor(item, taxonomy, gazetteer).input);
    const ranked = Object.entries(p.all)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1]);
    const rank = ranked.findIndex(([t]) => t === want[0]);
    const cls = classify(got, want);
    rows.push({
      set: dir.replace(/\/+$/, '').split('/').slice(-2).join('/'),
      id: d,
      got,
      want,
      cls,
      rank,
      share: rank >= 0 ? ranked[rank][1] / ranked[0][1] : 0,
      source: cls === 'ok' || !got[0] ? null : evidence(p, got[0]),
      p,
    });
  }
}

const tally = (list, key) => {
  const m = new Map();
  for (const r of list) {
    const k = key(r);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
};
const show = (pairs) => pairs.map(([k, n]) => `${k} ${n}`).join(', ');

for (const set of [...new Set(rows.map((r) => r.set)), null]) {
  const list = rows.filter((r) => set === null || r.set === set);
  const ok = list.filter((r) => r.cls === 'ok').length;
  console.log(
    `${set ?? 'all'}: ${list.length} cases, primary right ${ok} (${(ok / list.length).toFixed(3)}); ` +
      show(tally(list, (r) => (r.cls === 'ok' ? null : r.cls))),
  );
}
const misses = rows.filter((r) => r.cls !== 'ok');
console.log('\n(a) no topic  (b) expected primary given, not first  (c) expected primary not given');
console.log(
  'expected primary in our scores, by rank (misses):',
  show(tally(misses, (r) => `${r.cls}:${r.rank < 0 ? 'no evidence' : `rank ${r.rank + 1}`}`)),
);
console.log('evidence behind a wrong primary:', show(tally(misses, (r) => r.source)));

const topics = [...new Set(rows.flatMap((r) => [r.want[0], r.got[0] ?? '—']))].sort();
console.log(
  `\nexpected \\ given primary\n${''.padEnd(9)}${topics.map((t) => short(t).padStart(9)).join('')}`,
);
for (const w of topics) {
  const line = topics.map((g) => rows.filter((r) => r.want[0] === w && (r.got[0] ?? '—') === g).length);
  if (line.some(Boolean))
    console.log(
      short(w).padEnd(9) +
        line.map((n) => String(n || '.').padStart(9)).join('') +
        `  n=${line.reduce((a, b) => a + b)}`,
    );
}

if (listCases) {
  const top = (o) =>
    Object.entries(o)
      .filter(([, v]) => v > 0.05)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t, v]) => `${short(t)}:${v.toFixed(1)}`)
      .join(' ');
  for (const r of misses) {
    console.log(
      `\n${r.set}/${r.id} ${r.cls} got ${r.got.map(short)} want ${r.want.map(short)} (${r.source ?? '—'})`,
    );
    for (const k of ['all', 'section', 'headline', 'lede', 'body'])
      console.log(`   ${k.padEnd(9)}${top(r.p[k])}`);
  }
}
