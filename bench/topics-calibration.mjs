// Whether topic misses come from a calibration bias of the scores (one topic, economy say, put
// first too often because its vocabulary is broad or its generic words fire on everything) or from
// missing evidence, over folders of hand-checked articles (input.txt / input.html beside
// expected.json, `topics` primary first). Never run by the tests; nothing it fits is written anywhere.
//
//   npm run build && node bench/topics-calibration.mjs DIR [DIR…] [--test DIR]
//
// Prints, for the DIR cases together:
//  1. per topic, how often it is the expected primary and how often the given one (right or not),
//     with precision and recall: a biased scorer gives one topic far more often than it is expected;
//  2. where the expected primary stands in scoreTopics's scores (rank 1, 2, 3 or lower, absent):
//     no reranking of the scores, calibrated or learnt, gets right a case whose expected primary
//     has no score, so the share with any score is the ceiling of every such mechanism;
//  3. reranking by per-topic factors, each topic's score times its factor, the top one the primary:
//     unfitted, each topic's breadth (its count of IPTC concepts) against the mean, to the power ½
//     and 1; fitted, one factor per topic chosen on a grid by coordinate ascent to get most
//     primaries right, in sample and out of fold (folds of ten consecutive case numbers of one
//     folder, as bench/topics-learn.mjs: a fold never fits on its own round), and on --test's cases
//     with the factors fitted on all DIR cases.
// Reranking reads the whole text's scores alone (no lead-first or section-first step), so its
// baseline ("scores") is given beside the pipeline's own figure ("pipeline").
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDocument } from '../dist/normalise/index.js';
import { createTagger, topicInputFor } from '../dist/tagging/load.js';
import { loadGazetteer } from '../dist/tagging/prebuilt.js';
import { IPTC_VOCABULARY } from '../dist/tagging/iptc-vocabulary.js';
import { IPTC_CODES } from '../dist/tagging/labels.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const args = process.argv.slice(2);
const testAt = args.indexOf('--test');
const testDir = testAt >= 0 ? args.splice(testAt, 2)[1] : undefined;
if (!args.length) {
  console.error('usage: node bench/topics-calibration.mjs DIR [DIR…] [--test DIR]');
  process.exit(2);
}

const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
const gazetteer = loadGazetteer();
const tagger = createTagger(taxonomy, gazetteer);
const index = buildTopicIndex(taxonomy, buildVocabulary());
const TOPICS = Object.keys(taxonomy.topics);

async function loadCases(dir) {
  const out = [];
  for (const d of readdirSync(dir).sort()) {
    const input = ['input.txt', 'input.html', 'input.htm'].map((f) => join(dir, d, f)).find(existsSync);
    if (!input || !existsSync(join(dir, d, 'expected.json'))) continue;
    const want = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')).topics ?? [];
    const doc = { bytes: readFileSync(input), contentType: null, location: input, url: null };
    const item = (await normaliseDocument(doc)).items[0];
    const scores = item ? scoreTopics(index, topicInputFor(item, taxonomy, gazetteer).input) : new Map();
    out.push({
      want: want[0],
      got: item ? tagger.enrich(item).topics[0] : undefined,
      scores: Object.fromEntries(scores),
      round: `${dir}:${Math.floor((Number(d.slice(0, 3)) || 0) / 10)}`,
    });
  }
  return out;
}

const cases = (await Promise.all(args.map(loadCases))).flat();
const test = testDir ? await loadCases(testDir) : [];
const share = (n, d) => (d ? n / d : 0).toFixed(3);
const short = (t) => (t ?? '—').split('-')[0].slice(0, 10);

console.log(
  `${cases.length} cases; pipeline primary ${share(cases.filter((c) => c.got === c.want).length, cases.length)}`,
);
console.log('\n1. topic        expected  given  right  precision  recall');
for (const t of TOPICS) {
  const expected = cases.filter((c) => c.want === t).length;
  const given = cases.filter((c) => c.got === t).length;
  const right = cases.filter((c) => c.got === t && c.want === t).length;
  if (expected || given)
    console.log(
      `   ${short(t).padEnd(12)}${String(expected).padStart(9)}${String(given).padStart(7)}${String(right).padStart(7)}` +
        `${share(right, given).padStart(11)}${share(right, expected).padStart(8)}`,
    );
}

const rankOf = (c) =>
  Object.entries(c.scores)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .findIndex(([t]) => t === c.want);
const ranks = cases.map(rankOf);
const count = (f) => ranks.filter(f).length;
console.log(
  `\n2. expected primary in the scores: rank 1 ${share(
    count((r) => r === 0),
    cases.length,
  )}, rank 2 ` +
    `${share(
      count((r) => r === 1),
      cases.length,
    )}, lower ${share(
      count((r) => r > 1),
      cases.length,
    )}, ` +
    `absent ${share(
      count((r) => r < 0),
      cases.length,
    )}; best any reranking can do ` +
    `${share(
      count((r) => r >= 0),
      cases.length,
    )}, within the top two ${share(
      count((r) => r === 0 || r === 1),
      cases.length,
    )}`,
);

/** The topic first once each score is multiplied by its topic's factor (1 when not told). */
function first(c, factors) {
  let best;
  let top = 0;
  for (const [t, v] of Object.entries(c.scores)) {
    const w = v * (factors[t] ?? 1);
    if (w > top) [best, top] = [t, w];
  }
  return best;
}
const right = (list, factors) => list.filter((c) => first(c, factors) === c.want).length;

const GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.8, 2];
/** Per-topic factors fitted by coordinate ascent, a slight pull towards 1 breaking ties. */
function fit(train) {
  const factors = Object.fromEntries(TOPICS.map((t) => [t, 1]));
  for (let pass = 0; pass < 3; pass++)
    for (const t of TOPICS) {
      let best = [1, -Infinity];
      for (const g of GRID) {
        factors[t] = g;
        const v = right(train, factors) - 0.001 * Math.abs(Math.log(g));
        if (v > best[1]) best = [g, v];
      }
      factors[t] = best[0];
    }
  return factors;
}

const SLUG_OF_CODE = new Map(Object.entries(IPTC_CODES).map(([slug, code]) => [code, slug]));
const concepts = new Map(
  Object.entries(IPTC_VOCABULARY).map(([code, l]) => [SLUG_OF_CODE.get(code), l.en.labels.split('|').length]),
);
const meanConcepts = [...concepts.values()].reduce((a, b) => a + b, 0) / concepts.size;
const breadth = (power) =>
  Object.fromEntries([...concepts].map(([t, n]) => [t, (meanConcepts / n) ** power]));

const line = (name, factors) =>
  `   ${name.padEnd(28)}${share(right(cases, factors), cases.length)}` +
  (test.length ? `   test ${share(right(test, factors), test.length)}` : '');
console.log('\n3. primary when reranked by per-topic factors');
console.log(line('scores (factors 1)', {}));
console.log(line('breadth^0.5 (unfitted)', breadth(0.5)));
console.log(line('breadth^1 (unfitted)', breadth(1)));
const fitted = fit(cases);
console.log(line('fitted, in sample', fitted));
let outOfFold = 0;
for (const round of new Set(cases.map((c) => c.round))) {
  const factors = fit(cases.filter((c) => c.round !== round));
  outOfFold += right(
    cases.filter((c) => c.round === round),
    factors,
  );
}
console.log(`   ${'fitted, out of fold'.padEnd(28)}${share(outOfFold, cases.length)}`);
console.log(
  `   fitted factors: ${Object.entries(fitted)
    .filter(([, v]) => v !== 1)
    .map(([t, v]) => `${short(t)} ${v}`)
    .join(', ')}`,
);
