// Fits the global topic weights of feeds/taxonomy.yaml to a folder of hand-checked articles and
// reports leave-one-site-out (LOSO) figures beside the fitted ones, so a setting is kept only when
// it also holds on sites it was not fitted to. Never run by the tests.
//
//   npm run build && node bench/topics-fit.mjs CORPUS_DIR [--verbose]
//
// CORPUS_DIR holds one folder per case with input.txt or input.html and expected.json (`topics`,
// primary first). Every input is normalised once by the CLI; then each topic's score is split into
// its parts (headline, lede, body, section and entity hits, and the IPTC vocabulary's share of each)
// by scoring with unit weights, so any weight setting is re-scored by arithmetic. This is exact
// while title ≥ lede ≥ body (the damping of repeated hits sorts them by weight: the order of the
// parts, not their size, decides which hits count fully).
//
// Sites: read from the page itself (see siteOf): the HTML's og:site_name (else its canonical host);
// in a text dump the URL it was printed from, else its first line that is not consent, skip-link or
// print furniture. Dumps that print no masthead at all (the section label, then the headline twice)
// are one group: they share a layout and cannot be told apart, so keeping them together errs on the
// hard side for LOSO.
import { execFileSync } from 'node:child_process';
import { TextDecoder } from 'node:util';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildGazetteer } from '../dist/tagging/gazetteer.js';
import { topicInputFor } from '../dist/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../dist/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics, topicTokens } from '../dist/tagging/topics.js';
import { buildVocabulary } from '../dist/tagging/vocabulary.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose');
if (!dir) {
  console.error('usage: node bench/topics-fit.mjs CORPUS_DIR [--verbose]');
  process.exit(2);
}

// ---- cases and their sites ----------------------------------------------------------------

const FURNITURE =
  /^(skip to .*|advertisement|zum inhalt springen|aller au contenu|we value your privacy|accept all|reject all|more options|manage preferences|\[ ?print ?\].*|print this page.*|menu|search|sign in|subscribe)$/i;

function hostOf(url) {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The site a page comes from, told from the page alone. */
function siteOf(file, text) {
  if (file.endsWith('.html') || file.endsWith('.htm')) {
    const name = text.match(/<meta[^>]+property="og:site_name"[^>]+content="([^"]+)"/i)?.[1]?.trim();
    if (name) return name.replace(/&amp;/g, '&');
    const canonical = text.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i)?.[1];
    return (canonical && hostOf(canonical)) ?? 'unknown html';
  }
  const printed = text.match(/(?:Article URL:|printed from)\s*(https?:\/\/\S+)/i)?.[1];
  if (printed) return hostOf(printed);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // No masthead: the section label, then the headline, printed again further down.
  if (lines.length > 3 && lines.indexOf(lines[1], 2) > 0) return '(dump without masthead)';
  const first = lines.find((l) => l.length <= 60 && !FURNITURE.test(l));
  return first ?? 'unknown text';
}

/** A page's text in the charset its <meta charset> declares (UTF-8 otherwise). */
function readText(file) {
  const bytes = readFileSync(file);
  const declared = bytes
    .subarray(0, 2048)
    .toString('latin1')
    .match(/charset=["']?([\w-]+)/i)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function loadCases(root) {
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'expected.json')))
    .sort()
    .map((d) => {
      const input = ['input.txt', 'input.html', 'input.htm']
        .map((f) => join(root, d, f))
        .find((f) => existsSync(f));
      const expected = JSON.parse(readFileSync(join(root, d, 'expected.json'), 'utf8'));
      return { id: d, input, expected: expected.topics ?? [], site: siteOf(input, readText(input)) };
    })
    .filter((c) => c.input);
}

// ---- score parts -------------------------------------------------------------------------

const PARTS = ['title', 'lede', 'body', 'section', 'entity'];
const ZERO = { title: 0, lede: 0, body: 0, section: 0, entity: 0, vocabulary: 0 };

/** Each topic's score as coefficients of [title, lede, body, section, entity] and v×each. */
function scoreParts(taxonomy, vocabulary, input) {
  const at = (weights) =>
    scoreTopics(buildTopicIndex({ ...taxonomy, weights: { ...ZERO, ...weights } }, vocabulary), input);
  // Unit weights added one part at a time in the order title ≥ lede ≥ body: differences are the parts.
  const steps = [{}, { title: 1 }, { title: 1, lede: 1 }, { title: 1, lede: 1, body: 1 }];
  const topics = new Map();
  const coef = (t) => {
    if (!topics.has(t)) topics.set(t, new Array(10).fill(0));
    return topics.get(t);
  };
  for (const v of [0, 1]) {
    const base = v * 5; // 0..4 rules and keywords, 5..9 the vocabulary's share
    let prev = new Map();
    for (let k = 1; k < steps.length; k++) {
      const s = at({ ...steps[k], vocabulary: v });
      const minus = v ? at({ ...steps[k], vocabulary: 0 }) : new Map();
      for (const [t, x] of s) coef(t)[base + k - 1] += x - (minus.get(t) ?? 0) - (prev.get(t) ?? 0);
      prev = new Map([...s].map(([t, x]) => [t, x - (minus.get(t) ?? 0)]));
    }
    for (const [p, i] of [
      ['section', 3],
      ['entity', 4],
    ]) {
      const s = at({ [p]: 1, vocabulary: v });
      const minus = v ? at({ [p]: 1, vocabulary: 0 }) : new Map();
      for (const [t, x] of s) coef(t)[base + i] += x - (minus.get(t) ?? 0);
    }
  }
  return topics;
}

// ---- scoring a setting -----------------------------------------------------------------

/** Total and headline score of each topic under a setting. */
function scored(parts, w) {
  const x = [w.title, w.lede, w.body, w.section, w.entity];
  const out = [];
  for (const [topic, c] of parts) {
    let total = 0;
    for (let i = 0; i < 5; i++) if (i !== 2) total += c[i] * x[i] + c[5 + i] * x[i] * w.vocabulary;
    // The body's share, optionally sublinear: many incidental words in a long body say less.
    const body = c[2] * x[2] + c[7] * x[2] * w.vocabulary;
    total += w.bodyPower === 1 ? body : body ** w.bodyPower;
    const headline = c[0] * w.title + c[5] * w.title * w.vocabulary;
    const lead = headline + c[1] * w.lede + c[6] * w.lede * w.vocabulary;
    total *= w.bias?.[topic] ?? 1;
    const section = c[3] * w.section + c[8] * w.section * w.vocabulary;
    if (total > 0)
      out.push({ topic, total, headline, lead, section, first: parts.first?.get(topic) ?? Infinity });
  }
  return out;
}

/**
 * Topics picked from scores: the same rule as pickTopics (primary, then those within
 * secondaryRatio of it, at most maxTopics), with the mechanism under test for the primary:
 * `band` < 1 lets the topic strongest in the headline (`by` = 'headline') or in headline and lede
 * ('lead') lead among those scoring within band of the best.
 */
function pick(list, w) {
  const ranked = [...list].sort((a, b) => b.total - a.total);
  if (!ranked.length) return [];
  if (w.band !== 1) {
    const band = w.band === 'kept' ? w.secondaryRatio : w.band;
    const close = ranked.filter((r) => r.total >= ranked[0].total * band);
    const lead = close.reduce((best, r) => (r[w.by] > best[w.by] + 1e-9 ? r : best), close[0]);
    ranked.splice(ranked.indexOf(lead), 1);
    ranked.unshift(lead);
  }
  if (w.firstBand !== 1) {
    // Headlines name their subject first: of the topics close to the best, the earliest leads.
    // 'kept': close enough to be kept at all (secondaryRatio), so no parameter of its own.
    const band = w.firstBand === 'kept' ? w.secondaryRatio : w.firstBand;
    const close = ranked.filter((r) => r.total >= ranked[0].total * band);
    // namedTop: only when the headline names the best-scored topic too does its order decide.
    const decides = !w.namedTop || ranked[0].first < Infinity;
    const lead = decides ? close.reduce((best, r) => (r.first < best.first ? r : best), close[0]) : ranked[0];
    ranked.splice(ranked.indexOf(lead), 1);
    ranked.unshift(lead);
  }
  if (w.sectionBand < 1) {
    // The topic the page's own section names leads when it scores within sectionBand of the best.
    const most = Math.max(...ranked.map((r) => r.section));
    const named = ranked.find(
      (r) => most > 0 && r.section === most && r.total >= ranked[0].total * w.sectionBand,
    );
    if (named) {
      ranked.splice(ranked.indexOf(named), 1);
      ranked.unshift(named);
    }
  }
  const top = Math.max(...ranked.map((r) => r.total));
  return ranked
    .filter((r, i) => i === 0 || r.total >= top * w.secondaryRatio)
    .slice(0, w.maxTopics)
    .map((r) => r.topic);
}

/** Per site: primaries right and the set counts behind topic_f1 (micro, as score-articles has it). */
function evaluate(cases, siteIndex, w) {
  const out = new Float64Array(siteIndex.size * 3);
  for (const c of cases) {
    const got = pick(scored(c.parts, w), w);
    const k = siteIndex.get(c.site) * 3;
    if (got[0] === c.expected[0]) out[k]++;
    out[k + 1] += got.filter((t) => c.expected.includes(t)).length;
    out[k + 2] += got.length;
  }
  return out;
}

const f1 = ({ tp, np, ne }) => (tp ? (2 * tp) / (np + ne) : 0);

// ---- the grid ------------------------------------------------------------------------------

function grid(current, mechanisms) {
  const out = [];
  for (const title of [2, 3, 4, 5, 6, 8])
    for (const lede of [1, 1.5, 2, 3, 4])
      for (const section of [3, 4, 6, 8, 10])
        for (const entity of [0, 0.5, 1, 2])
          for (const vocabulary of [0.25, 0.35, 0.5, 0.7, 1])
            for (const secondaryRatio of [0.25, 0.3, 0.35, 0.4, 0.5])
              for (const m of mechanisms)
                if (lede <= title)
                  out.push({
                    ...current,
                    title,
                    lede,
                    body: 1,
                    section,
                    entity,
                    vocabulary,
                    secondaryRatio,
                    ...m,
                  });
  return out;
}

/** How far a setting is from the shipped one (log ratios): among equals, the nearest wins. */
function drift(w, current) {
  let d = 0;
  for (const k of [...PARTS, 'vocabulary', 'secondaryRatio']) {
    const a = Math.max(w[k], 0.1);
    const b = Math.max(current[k], 0.1);
    d += Math.abs(Math.log(a / b));
  }
  return (
    d +
    (1 - (w.band === 'kept' ? w.secondaryRatio : w.band)) +
    (1 - w.bodyPower) +
    (1 - w.sectionBand) +
    (1 - (w.firstBand === 'kept' ? w.secondaryRatio : w.firstBand))
  );
}

/** Totals of the sites in `keep` for one setting's per-site results. */
function totals(r, keep, ne) {
  const t = { primary: 0, tp: 0, np: 0, ne };
  keep.forEach((k) => {
    t.primary += r[k * 3];
    t.tp += r[k * 3 + 1];
    t.np += r[k * 3 + 2];
  });
  return t;
}

/** Best setting over the sites in `keep`: most primaries right, then topic_f1, then least drift. */
function fit(table, keep, ne) {
  let best = null;
  for (const { w, r, d } of table) {
    const e = totals(r, keep, ne);
    const key = [e.primary, f1(e), -d];
    const better =
      !best ||
      key[0] > best.key[0] ||
      (key[0] === best.key[0] &&
        (key[1] > best.key[1] + 1e-12 || (Math.abs(key[1] - best.key[1]) <= 1e-12 && key[2] > best.key[2])));
    if (better) best = { w, r, e, key };
  }
  return best;
}

/** Each site held out in turn: the setting is fitted on the others and scored on it; summed. */
function loso(table, sites, neOf) {
  const sum = { primary: 0, tp: 0, np: 0, ne: 0 };
  const perSite = [];
  const all = [...sites.keys()].map((_, i) => i);
  for (const [s, i] of [...sites.keys()].map((s, i) => [s, i])) {
    const train = all.filter((k) => k !== i);
    const { w, r } = fit(
      table,
      train,
      train.reduce((x, k) => x + neOf[k], 0),
    );
    const e = totals(r, [i], neOf[i]);
    for (const k of Object.keys(sum)) sum[k] += e[k];
    perSite.push({ site: s, n: sites.get(s).length, primary: e.primary, w });
  }
  return { ...sum, perSite };
}

const fmt = (x) => x.toFixed(3);
const show = (w) =>
  `title ${w.title} lede ${w.lede} body ${w.body} section ${w.section} entity ${w.entity} vocabulary ${w.vocabulary} secondaryRatio ${w.secondaryRatio} maxTopics ${w.maxTopics}` +
  (w.band !== 1 ? ` band ${w.band} by ${w.by}` : '') +
  (w.bodyPower < 1 ? ` bodyPower ${w.bodyPower}` : '') +
  (w.sectionBand < 1 ? ` sectionBand ${w.sectionBand}` : '') +
  (w.firstBand !== 1 ? ` firstBand ${w.firstBand}${w.namedTop ? ' namedTop' : ''}` : '');

// ---- main ----------------------------------------------------------------------------------

const root = resolve(dir);
const cases = loadCases(root);
const items = JSON.parse(
  execFileSync('node', ['dist/cli/main.js', 'normalise', '--json', ...cases.map((c) => c.input)], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  }),
);
const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
const vocabulary = buildVocabulary();
const gazetteer = buildGazetteer();
const shippedIndex = buildTopicIndex(taxonomy, vocabulary);
/**
 * Where the headline first names each topic: the index of the first word that, read alone as a
 * headline, scores at least half a keyword hit for it (one weak share of a vocabulary term does not).
 */
function headlineOrder(index, input) {
  const enough = index.taxonomy.weights.title / 2;
  const at = new Map();
  topicTokens(input.title).forEach((word, i) => {
    const alone = { title: word, lede: [], body: [], sections: [], entities: [], language: input.language };
    for (const [topic, v] of scoreTopics(index, alone)) if (v >= enough && !at.has(topic)) at.set(topic, i);
  });
  return at;
}
cases.forEach((c, i) => {
  const { input } = topicInputFor(items[i], taxonomy, gazetteer);
  c.parts = scoreParts(taxonomy, vocabulary, input);
  // Where the headline first names each topic (for the 'headline names the subject first' trial).
  c.parts.first = headlineOrder(shippedIndex, input);
  c.cli = items[i].topics;
});

const current = {
  ...taxonomy.weights,
  secondaryRatio: taxonomy.secondaryRatio,
  maxTopics: taxonomy.maxTopics,
  band: 1,
  by: 'headline',
  bodyPower: 1,
  sectionBand: 1,
  firstBand: 1,
  namedTop: false,
};
const sites = new Map();
for (const c of cases) sites.set(c.site, [...(sites.get(c.site) ?? []), c.id.split('-')[0]]);
console.log(`${cases.length} cases, ${sites.size} sites:`);
for (const [s, ids] of sites) console.log(`  ${s}: ${ids.join(' ')}`);

// The parts reproduce the CLI's own topics at the shipped setting (else the fit measures nothing).
const shipped = current;
const mismatch = cases.filter((c) => pick(scored(c.parts, shipped), shipped).join() !== c.cli.join());
console.log(`parts reproduce the CLI's topics on ${cases.length - mismatch.length}/${cases.length} cases`);
for (const c of mismatch)
  console.log(`  ${c.id}: cli ${c.cli.join(',')} parts ${pick(scored(c.parts, shipped), shipped).join(',')}`);

const n = cases.length;
const siteIndex = new Map([...sites.keys()].map((s, i) => [s, i]));
const neOf = [...sites.keys()].map((s) =>
  cases.filter((c) => c.site === s).reduce((x, c) => x + c.expected.length, 0),
);
const everySite = [...siteIndex.values()];
const neAll = neOf.reduce((a, b) => a + b, 0);
const report = (name, mechanisms, fixedWeights = false) => {
  const settings = fixedWeights ? mechanisms.map((m) => ({ ...current, ...m })) : grid(current, mechanisms);
  const table = settings.map((w) => ({ w, r: evaluate(cases, siteIndex, w), d: drift(w, current) }));
  const fitted = fit(table, everySite, neAll);
  const cv = loso(table, sites, neOf);
  console.log(
    `\n${name}: ${table.length} settings\n  fitted: topic_primary ${fmt(fitted.e.primary / n)} topic_f1 ${fmt(f1(fitted.e))}  (${show(fitted.w)})\n  LOSO:   topic_primary ${fmt(cv.primary / n)} topic_f1 ${fmt(f1(cv))}`,
  );
  const was = (c) => pick(scored(c.parts, current), current)[0] === c.expected[0];
  const now = (c) => pick(scored(c.parts, fitted.w), fitted.w)[0] === c.expected[0];
  const gained = cases.filter((c) => now(c) && !was(c)).map((c) => c.id.split('-')[0]);
  const lost = cases.filter((c) => was(c) && !now(c)).map((c) => c.id.split('-')[0]);
  console.log(
    `  fitted vs score order: primary gained ${gained.join(' ') || '-'}, lost ${lost.join(' ') || '-'}`,
  );
  if (verbose)
    for (const s of cv.perSite) console.log(`    ${s.site.padEnd(32)} ${s.primary}/${s.n}  ${show(s.w)}`);
  return fitted;
};

/**
 * Per-topic factors (a calibration: the IPTC vocabulary has many more terms for some topics than
 * for others), fitted by coordinate descent from 1 on the given cases, other weights as shipped.
 */
const FACTORS = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.5];
function fitBias(train, passes = 3) {
  const topics = [...new Set(train.flatMap((c) => [...c.parts.keys()]))].sort();
  const bias = Object.fromEntries(topics.map((t) => [t, 1]));
  const score = (b) => {
    const w = { ...current, bias: b };
    let primary = 0;
    const e = { tp: 0, np: 0, ne: 0 };
    for (const c of train) {
      const got = pick(scored(c.parts, w), w);
      if (got[0] === c.expected[0]) primary++;
      e.tp += got.filter((t) => c.expected.includes(t)).length;
      e.np += got.length;
      e.ne += c.expected.length;
    }
    const drift = Object.values(b).reduce((d, x) => d + Math.abs(Math.log(x)), 0);
    return [primary, f1(e), -drift];
  };
  const better = (a, b) =>
    a[0] > b[0] ||
    (a[0] === b[0] && (a[1] > b[1] + 1e-12 || (Math.abs(a[1] - b[1]) <= 1e-12 && a[2] > b[2])));
  let best = score(bias);
  for (let p = 0; p < passes; p++)
    for (const t of topics)
      for (const f of FACTORS) {
        const trial = { ...bias, [t]: f };
        const s = score(trial);
        if (better(s, best)) {
          best = s;
          bias[t] = f;
        }
      }
  return bias;
}

function reportBias() {
  const all = fitBias(cases);
  const w = { ...current, bias: all };
  const fitted = totals(evaluate(cases, siteIndex, w), everySite, neAll);
  const sum = { primary: 0, tp: 0, np: 0, ne: 0 };
  for (const s of sites.keys()) {
    const ws = { ...current, bias: fitBias(cases.filter((c) => c.site !== s)) };
    const e = totals(evaluate(cases, siteIndex, ws), [siteIndex.get(s)], neOf[siteIndex.get(s)]);
    for (const k of Object.keys(sum)) sum[k] += e[k];
  }
  const shown = Object.entries(all)
    .filter(([, x]) => x !== 1)
    .map(([t, x]) => `${t} ${x}`)
    .join(', ');
  console.log(`\nshipped weights + per-topic factors (${shown || 'none'})`);
  console.log(`  fitted: topic_primary ${fmt(fitted.primary / n)} topic_f1 ${fmt(f1(fitted))}`);
  console.log(`  LOSO:   topic_primary ${fmt(sum.primary / n)} topic_f1 ${fmt(f1(sum))}`);
}

/** Each topic's parts in the cases the shipped setting gets wrong (all cases with --all). */
function showParts() {
  for (const c of cases) {
    if (pick(scored(c.parts, current), current)[0] === c.expected[0] && !args.includes('--all')) continue;
    console.log(`\n${c.id} want ${c.expected.join(',')}`);
    const rows = [...c.parts]
      .map(([t, p]) => ({ t, p, total: scored(new Map([[t, p]]), current)[0]?.total ?? 0 }))
      .sort((a, b) => b.total - a.total)
      .slice(0, 5);
    const num = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
    for (const { t, p, total } of rows)
      console.log(
        `  ${t.slice(0, 24).padEnd(24)} ${total.toFixed(1).padStart(6)}  t/l/b/s/e ${num(p.slice(0, 5))}  vocab ${num(p.slice(5))}`,
      );
  }
}

const base = totals(evaluate(cases, siteIndex, current), everySite, neAll);
console.log(
  `\nscore order (before), shipped weights: topic_primary ${fmt(base.primary / n)} topic_f1 ${fmt(f1(base))}  (${show(current)})`,
);
/** --try key=value,…: one setting's changes against the shipped one. */
function tryOne(spec) {
  const w = { ...current };
  for (const kv of spec.split(',')) {
    const [k, v] = kv.split('=');
    w[k] = Number.isNaN(Number(v)) ? v : Number(v);
  }
  const e = totals(evaluate(cases, siteIndex, w), everySite, neAll);
  console.log(`${show(w)}: topic_primary ${fmt(e.primary / n)} topic_f1 ${fmt(f1(e))}`);
  for (const c of cases) {
    const a = pick(scored(c.parts, current), current);
    const b = pick(scored(c.parts, w), w);
    if (a.join() !== b.join())
      console.log(`  ${c.id}: ${a.join(',')} -> ${b.join(',')}  want ${c.expected.join(',')}`);
  }
}
const tries = args.filter((a) => a.startsWith('--try=')).map((a) => a.slice(6));
if (tries.length) {
  tries.forEach(tryOne);
  process.exit(0);
}
if (args.includes('--bias')) {
  reportBias();
  process.exit(0);
}
if (args.includes('--parts')) {
  showParts();
  process.exit(0);
}
const noMechanism = [{ band: 1 }];
const options = {
  'headline decides close calls': [0.9, 0.8, 0.7, 0.6, 'kept'].map((band) => ({ band, by: 'headline' })),
  'headline and lede decide close calls': [0.9, 0.8, 0.7, 0.6, 'kept'].map((band) => ({ band, by: 'lead' })),
  'sublinear body': [0.9, 0.8, 0.7, 0.6, 0.5].map((bodyPower) => ({ bodyPower })),
  'section names the primary': [0.6, 0.5, 0.4, 0.35, 0.3].map((sectionBand) => ({ sectionBand })),
  'headline names the subject first': [0.9, 0.8, 0.7, 0.6, 0.5, 'kept'].map((firstBand) => ({ firstBand })),
};
report('weights only', noMechanism);
for (const [name, settings] of Object.entries(options)) {
  report(`shipped weights + ${name}`, [...noMechanism, ...settings], true);
  // The weight grid times each mechanism takes minutes apiece: only with --full.
  if (args.includes('--full')) report(`weights + ${name}`, [...noMechanism, ...settings]);
}
report(
  'shipped weights + headline names the subject first among kept topics (no parameter)',
  [{ firstBand: 'kept' }],
  true,
);
report('weights + headline names the subject first among kept topics', [{ firstBand: 'kept' }]);
