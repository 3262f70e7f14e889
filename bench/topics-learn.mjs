// Measures whether a topic model learnt from labelled articles would help the vocabulary-based
// scores: multinomial naive Bayes and a tf-idf centroid (Rocchio) classifier over the evidence
// topicFeatures reads (vocabulary, dictionary and CLDR terms, keyword words, the topics they point
// at), optionally with character n-grams of the words, alone and mixed with scoreTopics's scores.
// Never run by the tests; nothing it learns is written anywhere.
//
//   npm run build && node bench/topics-learn.mjs TRAIN_DIR... [--test DIR] [--ngram 4]
//
// Out-of-fold figures: cases were written in rounds numbered consecutively, so folds group ten
// consecutive case numbers of one folder: a fold never trains on its own round. "fitted" figures
// train and test on every case (in-sample). With --test, the model trains on all TRAIN_DIR cases
// and is scored on DIR's, which it never saw.
//
// Two textbook formulas, written out rather than taken from a package: multinomial NB with
// Laplace smoothing (log P(t) + Σ count·log P(w|t)) and Rocchio (cosine to each topic's mean
// tf-idf vector). Mixed: each topic's score over the best one's, plus λ times the model's output;
// the pipeline's order stands unless the mix puts another topic first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadGazetteer } from '../dist/tagging/prebuilt.js';
import { topicInputFor } from '../dist/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics, topicFeatures, topicTokens } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const testDir = option('--test');
const ngram = Number(option('--ngram') ?? 0);
if (!args.length) {
  console.error('usage: node bench/topics-learn.mjs TRAIN_DIR... [--test DIR] [--ngram N]');
  process.exit(2);
}

const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
const index = buildTopicIndex(taxonomy, buildVocabulary());
const gazetteer = loadGazetteer();

/** Every case of a folder, normalised by the CLI in one run, with its features and current topics. */
function loadCases(dir, set) {
  const cases = readdirSync(dir)
    .sort()
    .map((d) => join(dir, d))
    .filter((d) => existsSync(join(d, 'expected.json')))
    .map((d) => ({
      d,
      input: ['input.txt', 'input.html', 'input.htm'].map((f) => join(d, f)).find(existsSync),
    }))
    .filter((c) => c.input);
  const out = execFileSync(
    'node',
    ['dist/cli/main.js', 'normalise', '--json', ...cases.map((c) => c.input)],
    {
      maxBuffer: 1 << 30,
    },
  );
  return JSON.parse(out.toString()).map((item, i) => {
    const { d } = cases[i];
    const { input } = topicInputFor({ ...item, body: item.body ?? [] }, taxonomy, gazetteer);
    const features = topicFeatures(index, input);
    if (ngram)
      for (const w of [input.title, ...input.lede, ...input.body].flatMap(topicTokens)) {
        const cs = [...` ${w} `];
        for (let k = 0; k + ngram <= cs.length; k++) {
          const g = `g:${cs.slice(k, k + ngram).join('')}`;
          features.set(g, (features.get(g) ?? 0) + 1);
        }
      }
    const logged = new Map(
      [...features].filter(([k]) => !k.startsWith('t:')).map(([k, v]) => [k, Math.log1p(v)]),
    );
    return {
      set,
      round: `${set}:${Math.floor((Number(basename(d).slice(0, 3)) || 0) / 10)}`,
      expected: JSON.parse(readFileSync(join(d, 'expected.json'), 'utf8')).topics ?? [],
      got: item.topics ?? [],
      scores: scoreTopics(index, input),
      features: logged,
    };
  });
}

const TOPICS = Object.keys(taxonomy.topics);
/** What a secondary expected topic counts for in training, against the primary. */
const SECONDARY = 0.3;
const labels = (c) => c.expected.map((t, i) => [t, i === 0 ? 1 : SECONDARY]);

/** Multinomial naive Bayes with Laplace smoothing: returns each topic's posterior for a case. */
function naiveBayes(train, alpha = 1) {
  const prior = new Map(TOPICS.map((t) => [t, 1]));
  const counts = new Map(TOPICS.map((t) => [t, new Map()]));
  const totals = new Map(TOPICS.map((t) => [t, 0]));
  const vocab = new Set();
  for (const c of train)
    for (const [t, w] of labels(c)) {
      prior.set(t, prior.get(t) + w);
      for (const [k, v] of c.features) {
        counts.get(t).set(k, (counts.get(t).get(k) ?? 0) + v * w);
        totals.set(t, totals.get(t) + v * w);
        vocab.add(k);
      }
    }
  const n = [...prior.values()].reduce((a, b) => a + b, 0);
  return (c) => {
    const log = TOPICS.map((t) => {
      let s = Math.log(prior.get(t) / n);
      for (const [k, v] of c.features)
        if (vocab.has(k))
          s += v * Math.log(((counts.get(t).get(k) ?? 0) + alpha) / (totals.get(t) + alpha * vocab.size));
      return s;
    });
    const top = Math.max(...log);
    const z = log.reduce((a, s) => a + Math.exp(s - top), 0);
    return new Map(TOPICS.map((t, i) => [t, Math.exp(log[i] - top) / z]));
  };
}

/** Rocchio: cosine of a case's tf-idf vector to each topic's mean (labels weighted as above). */
function centroids(train) {
  const df = new Map();
  for (const c of train) for (const k of c.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k) => Math.log((train.length + 1) / ((df.get(k) ?? 0) + 1));
  const unit = (m) => {
    const z = Math.sqrt([...m.values()].reduce((a, v) => a + v * v, 0)) || 1;
    return new Map([...m].map(([k, v]) => [k, v / z]));
  };
  const vectorOf = (c) =>
    unit(new Map([...c.features].filter(([k]) => df.has(k)).map(([k, v]) => [k, v * idf(k)])));
  const sums = new Map(TOPICS.map((t) => [t, new Map()]));
  for (const c of train)
    for (const [t, w] of labels(c))
      for (const [k, v] of vectorOf(c)) sums.get(t).set(k, (sums.get(t).get(k) ?? 0) + v * w);
  const means = new Map([...sums].map(([t, m]) => [t, unit(m)]));
  return (c) => {
    const v = vectorOf(c);
    return new Map(
      TOPICS.map((t) => [t, [...v].reduce((a, [k, x]) => a + x * (means.get(t).get(k) ?? 0), 0)]),
    );
  };
}

/** Topics picked from the mix of scores and model output, the pipeline's order kept unless the mix moves the first. */
function picked(c, out, lambda) {
  if (lambda === Infinity) {
    const r = [...out].sort((a, b) => b[1] - a[1]);
    return r
      .filter(([, v], i) => i === 0 || v >= r[0][1] * taxonomy.secondaryRatio)
      .slice(0, 2)
      .map(([t]) => t);
  }
  const best = Math.max(0, ...c.scores.values());
  const mixed = TOPICS.map((t) => [
    t,
    (best > 0 ? Math.max(0, c.scores.get(t) ?? 0) / best : 0) + lambda * out.get(t),
  ]);
  const [top] = mixed.sort((a, b) => b[1] - a[1])[0];
  const scoreTop = [...c.scores].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top === scoreTop || !c.got.length) return c.got;
  return [top, ...c.got.filter((t) => t !== top)].slice(0, taxonomy.maxTopics);
}

/** topic_primary and micro topic_f1, as score-articles counts them. */
function figures(cases, pick) {
  let right = 0;
  let tp = 0;
  let n = 0;
  for (const c of cases) {
    const got = pick(c);
    if (got[0] === c.expected[0]) right++;
    tp += got.filter((t) => c.expected.includes(t)).length;
    n += got.length + c.expected.length;
  }
  return `${(right / cases.length).toFixed(3)}/${(n ? (2 * tp) / n : 0).toFixed(3)}`;
}

const train = args.flatMap((dir, i) => loadCases(dir, `set${i}`));
const test = testDir ? loadCases(testDir, 'test') : [];
const LAMBDAS = [0, 0.5, 1, 2, 4, Infinity];

for (const [name, learn] of [
  ['naive Bayes', naiveBayes],
  ['centroid', centroids],
]) {
  const outOfFold = new Map();
  for (const round of new Set(train.map((c) => c.round))) {
    const model = learn(train.filter((c) => c.round !== round));
    for (const c of train.filter((c) => c.round === round)) outOfFold.set(c, model(c));
  }
  const all = learn(train);
  const fitted = new Map([...train, ...test].map((c) => [c, all(c)]));
  for (const lambda of LAMBDAS) {
    const row = [`${name} λ=${lambda}`];
    for (const set of new Set(train.map((c) => c.set))) {
      const cases = train.filter((c) => c.set === set);
      row.push(`${set} cv ${figures(cases, (c) => picked(c, outOfFold.get(c), lambda))}`);
      row.push(`fitted ${figures(cases, (c) => picked(c, fitted.get(c), lambda))}`);
    }
    if (test.length) row.push(`test ${figures(test, (c) => picked(c, fitted.get(c), lambda))}`);
    console.log(row.join('  '));
  }
}
