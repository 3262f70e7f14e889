// Learns the precedence pairs of feeds/taxonomy.yaml from folders of hand-checked articles and
// reports how they hold on cases they were not learned from. Never run by the tests.
//
//   npm run build && node bench/topics-precedence.mjs FIT_DIR [FIT_DIR…] [--check DIR…]
//
// Each case is tagged with no precedence pairs. Where the two picked topics score within
// precedenceBand of each other (a near tie), the pair is counted: how often the labels put our
// first topic first, and how often our second. A pair [second, first] is kept when the labels put
// the second first at least MIN_CASES times and at least MARGIN times more often than the first.
// Validation: leave-one-round-out over the fitting folders (case numbers come in rounds of ~20:
// each round is scored with pairs learned from all the other rounds), then each --check folder
// scored with the pairs learned from all the fitting folders. Each line gives right→wrong and
// wrong→right primary topics against tagging without pairs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDocument } from '../dist/normalise/index.js';
import { byPrecedence, createTagger, topicInputFor } from '../dist/tagging/load.js';
import { loadGazetteer } from '../dist/tagging/prebuilt.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const MIN_CASES = 3;
const MARGIN = 2;
const ROUND = 20;

const args = process.argv.slice(2);
const at = args.indexOf('--check');
const fitDirs = (at < 0 ? args : args.slice(0, at)).filter((a) => !a.startsWith('--'));
const checkDirs = at < 0 ? [] : args.slice(at + 1);
if (!fitDirs.length) {
  console.error('usage: node bench/topics-precedence.mjs FIT_DIR [FIT_DIR…] [--check DIR…]');
  process.exit(2);
}

const bundled = await readTaxonomy(BUNDLED_TAXONOMY);
const taxonomy = { ...bundled, precedence: [] };
const gazetteer = loadGazetteer();
const tagger = createTagger(taxonomy, gazetteer);
const index = buildTopicIndex(taxonomy, buildVocabulary());

async function load(dir) {
  const out = [];
  for (const d of readdirSync(dir).sort()) {
    const input = ['input.txt', 'input.html', 'input.htm'].map((f) => join(dir, d, f)).find(existsSync);
    if (!input || !existsSync(join(dir, d, 'expected.json'))) continue;
    const want = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')).topics ?? [];
    const doc = { bytes: readFileSync(input), contentType: null, location: input, url: null };
    const item = (await normaliseDocument(doc)).items[0];
    if (!item) continue;
    const picked = tagger.enrich(item).topics;
    const scores = scoreTopics(index, topicInputFor(item, taxonomy, gazetteer).input);
    out.push({ round: `${dir}#${Math.floor(parseInt(d, 10) / ROUND)}`, want, picked, scores });
  }
  return out;
}

const nearTie = (c) =>
  c.picked.length >= 2 &&
  (c.scores.get(c.picked[1]) ?? 0) >= taxonomy.precedenceBand * (c.scores.get(c.picked[0]) ?? 0);

function learn(cases) {
  const counts = new Map();
  for (const c of cases.filter(nearTie)) {
    const key = `${c.picked[1]} ${c.picked[0]}`;
    const n = counts.get(key) ?? { second: 0, first: 0 };
    if (c.want[0] === c.picked[1]) n.second++;
    else if (c.want[0] === c.picked[0]) n.first++;
    counts.set(key, n);
  }
  return [...counts]
    .filter(([, n]) => n.second >= MIN_CASES && n.second - n.first >= MARGIN)
    .map(([key]) => key.split(' '));
}

function flips(cases, precedence) {
  let rw = 0;
  let wr = 0;
  for (const c of cases) {
    const before = c.picked[0] === c.want[0];
    const after = byPrecedence({ ...taxonomy, precedence }, c.picked, c.scores)[0] === c.want[0];
    if (before && !after) rw++;
    if (!before && after) wr++;
  }
  return `right→wrong ${rw}, wrong→right ${wr} (of ${cases.length})`;
}

const fit = (await Promise.all(fitDirs.map(load))).flat();
const pairs = learn(fit);
console.log('pairs learned from all fitting folders:', JSON.stringify(pairs));
console.log('fitted (in sample):', flips(fit, pairs));
let rw = 0;
let wr = 0;
for (const round of new Set(fit.map((c) => c.round))) {
  const test = fit.filter((c) => c.round === round);
  const line = flips(test, learn(fit.filter((c) => c.round !== round))).match(/\d+/g);
  rw += Number(line[0]);
  wr += Number(line[1]);
}
console.log(`leave-one-round-out: right→wrong ${rw}, wrong→right ${wr} (of ${fit.length})`);
for (const dir of checkDirs) console.log(`${dir}:`, flips(await load(dir), pairs));
