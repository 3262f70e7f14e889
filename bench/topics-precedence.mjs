// Which topic comes first: tries variants of the precedence rules (the lead's move of leadFirst,
// a prior on one topic) on folders of hand-checked articles, and reports each beside the current
// rules, on all cases and leave-one-round-out (LORO): for each round of cases, the variant that
// scores best on the other rounds is applied to it, so a variant that only fits some cases does not
// show as a gain. Never run by the tests.
//
//   npm run build && node bench/topics-precedence.mjs DIR [DIR…]
//
// Each case is normalised and scored once (whole text, headline and lede, section label alone);
// the variants re-rank those scores by arithmetic. Rounds: the held-out cases were written in
// rounds, each a block of text cases and one of HTML cases (README, "Rounds … came at stop …");
// ROUND_STARTS gives each round's first text and HTML case number, the earliest rounds split evenly.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDocument } from '../dist/normalise/index.js';
import { createTagger, leadFirst, sectionFirst, topicInputFor } from '../dist/tagging/load.js';
import { loadGazetteer } from '../dist/tagging/prebuilt.js';
import { BUNDLED_TAXONOMY, IPTC_TOPICS, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, pickTopics, scoreTopics } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirs.length) {
  console.error('usage: node bench/topics-precedence.mjs DIR [DIR…]');
  process.exit(2);
}

const ROUND_STARTS = [
  [1, 1],
  [18, 11],
  [35, 22],
  [52, 33],
  [69, 43],
  [83, 53],
  [97, 63],
  [112, 69],
  [127, 75],
  [142, 81],
  [157, 87],
  [171, 92],
  [179, 98],
  [191, 102],
  [211, 106],
  [221, 112],
  [231, 118],
  [241, 124],
  [251, 130],
  [261, 136],
  [271, 142],
  [279, 147],
  [289, 153],
  [297, 158],
  [307, 164],
  [315, 169],
  [325, 175],
  [333, 180],
  [343, 186],
  [351, 190],
  [365, 196],
];
const roundOf = (html, n) => ROUND_STARTS.filter((s) => n >= s[html ? 1 : 0]).length - 1;

const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
const gazetteer = loadGazetteer();
const tagger = createTagger(taxonomy, gazetteer);
const index = buildTopicIndex(taxonomy, buildVocabulary());
const NONE = { title: '', lede: [], body: [], entities: [] };

const cases = [];
for (const dir of dirs) {
  for (const d of readdirSync(dir).sort()) {
    const file = ['input.txt', 'input.html', 'input.htm'].map((f) => join(dir, d, f)).find(existsSync);
    if (!file || !existsSync(join(dir, d, 'expected.json'))) continue;
    const want = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')).topics?.[0];
    const doc = { bytes: readFileSync(file), contentType: null, location: file, url: null };
    const item = (await normaliseDocument(doc)).items[0];
    if (!item || !want) continue;
    const { input } = topicInputFor(item, taxonomy, gazetteer);
    cases.push({
      id: `${dir}/${d}`,
      round: roundOf(file.endsWith('.html') || file.endsWith('.htm'), Number.parseInt(d, 10)),
      want,
      now: tagger.enrich(item).topics[0],
      input,
      all: scoreTopics(index, input),
      lead: scoreTopics(index, { ...input, body: [] }),
      label: scoreTopics(index, { ...input, ...NONE }),
    });
  }
}

/**
 * A lead move of leadFirst's shape without the whole text's margin, on a further condition (best
 * and first: their lead and whole scores).
 */
const leadMove = (allow) => (picked, c, all) => {
  const moved = leadFirst(picked, c.lead);
  const [best, first] = [moved[0], picked[0]];
  if (best === first) return picked;
  const at = (m, t) => m.get(t) ?? 0;
  return allow(at(c.lead, best), at(c.lead, first), at(all, best), at(all, first)) ? moved : picked;
};
const scaled = (topic, f) => (m) => new Map([...m].map(([t, v]) => [t, t === topic ? v * f : v]));
const same = (m) => m;

const current = (picked, c, all) => leadFirst(picked, c.lead, all);
const variants = {
  current: { scores: same, lead: current },
  'lead move whatever the whole text says (the rule before)': { scores: same, lead: leadMove(() => true) },
  'no lead move': { scores: same, lead: leadMove(() => false) },
  'lead move only when the first topic has lead words': { scores: same, lead: leadMove((lb, lf) => lf > 0) },
  'lead move only when best has 70 % of first': {
    scores: same,
    lead: leadMove((lb, lf, ab, af) => ab >= 0.7 * af),
  },
};
for (const topic of Object.keys(IPTC_TOPICS))
  for (const f of [0.7, 1.3]) variants[`${topic} x${f}`] = { scores: scaled(topic, f), lead: current };

function primary(c, v) {
  const all = v.scores(c.all);
  const picked = v.lead(pickTopics(index, all), { ...c, lead: v.scores(c.lead) }, all);
  return sectionFirst(index, picked, all, c.input)[0];
}

const hits = Object.fromEntries(
  Object.entries(variants).map(([name, v]) => [name, cases.map((c) => primary(c, v) === c.want)]),
);
const off = cases.filter((c, i) => hits.current[i] !== (c.now === c.want)).length;
console.log(`${cases.length} cases; the re-ranking differs from the tagger's primary on ${off}\n`);

const share = (list) => (list.filter(Boolean).length / Math.max(1, list.length)).toFixed(3);
const rounds = [...new Set(cases.map((c) => c.round))];
const loro = cases.map(() => false);
const picks = new Map();
for (const r of rounds) {
  const train = (name) => hits[name].filter((h, i) => h && cases[i].round !== r).length;
  const best = Object.keys(variants).reduce((a, b) => (train(b) > train(a) ? b : a), 'current');
  picks.set(best, (picks.get(best) ?? 0) + 1);
  cases.forEach((c, i) => {
    if (c.round === r) loro[i] = hits[best][i];
  });
}
for (const [name, h] of Object.entries(hits)) {
  const rw = h.filter((x, i) => !x && hits.current[i]).length;
  const wr = h.filter((x, i) => x && !hits.current[i]).length;
  if (name === 'current' || rw || wr)
    console.log(`${share(h)}  right→wrong ${rw}, wrong→right ${wr}  ${name}`);
}
console.log(`\nLORO: ${share(loro)} (current ${share(hits.current)}) over ${rounds.length} rounds`);
console.log(`variant chosen per round: ${[...picks].map(([k, n]) => `${k} ${n}`).join('; ')}`);
