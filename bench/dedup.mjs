// Per-item dedup cost at 1k, 10k and 100k stored items: the real applyItems path (identity keys,
// tombstones, MinHash LSH candidates verified by fingerprint, merge) against an in-memory StoreTx
// that mirrors lowdb's indexes (id → item, key → id). The baseline is a linear scan that compares
// each incoming item with every stored one, which is what LSH avoids.
// Run alone: `npm run build && node bench/dedup.mjs` (BENCH_DEDUP_SIZES=1000,10000,100000).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { applyItems } from '../dist/pipeline/apply.js';
import { mostKeysShared } from '../dist/store/index.js';
// Seeded, so every run builds the same store.
import { mulberry32 as rng } from './fuzz/prng.mjs';
import { FingerprintMemo, compareFingerprints, fingerprint, nearDupKeys } from '../dist/dedup/index.js';

const SIZES = (process.env.BENCH_DEDUP_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PROBES = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const CONSONANTS = 'bcdfghklmnprstvz';
const VOWELS = 'aeiou';
/**
 * A 30k-word vocabulary; words are drawn by Zipf's law (frequency ∝ 1/rank), as in news text. Words
 * are 2–4 consonant-vowel(-consonant) syllables, so their beginnings vary about as much as real
 * words' do (a vocabulary of a dozen fixed syllables made unrelated stories look alike to any
 * comparison of word beginnings).
 */
function vocabulary(rand) {
  const letter = (set) => set[Math.floor(rand() * set.length)];
  const syllable = () => letter(CONSONANTS) + letter(VOWELS) + (rand() < 0.3 ? letter(CONSONANTS) : '');
  const words = new Set();
  while (words.size < 30_000) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllable();
    words.add(w);
  }
  return [...words];
}

/** Zipf(1) rank sampler: rank = N^u − 1 for uniform u gives P(rank) ∝ 1/rank (continuous approx.). */
const zipf = (rand, n) => Math.min(n - 1, Math.floor(Math.pow(n, rand()) - 1));

function makeStory(rand, vocab, i) {
  const pick = () => vocab[zipf(rand, vocab.length)];
  const sentence = () => Array.from({ length: 14 }, pick).join(' ') + ` ${Math.floor(rand() * 900 + 10)}.`;
  const body = Array.from({ length: 5 }, sentence);
  const day = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    guid: `g-${i}`,
    url: `https://news.example/s/${i}`,
    title: Array.from({ length: 7 }, pick).join(' '),
    section: null,
    summary: null,
    byline: null,
    published: day,
    updated: null,
    image: null,
    body,
    related: [],
    categories: [],
    topics: [],
    entities: { people: [], places: [], organisations: [] },
    contentHtml: body.map((p) => `<p>${p}</p>`).join(''),
    enclosures: [],
    language: null,
    dropped: [],
  };
}

/** Another outlet's copy: a new guid and URL, a paragraph dropped, one added. */
function rewrite(rand, vocab, story, i) {
  const extra = Array.from({ length: 12 }, () => vocab[zipf(rand, vocab.length)]).join(' ');
  const body = [...story.body.slice(1), extra];
  return {
    ...story,
    guid: `copy-${i}`,
    url: `https://other.example/c/${i}`,
    body,
    contentHtml: body.join(''),
  };
}

/** In-memory StoreTx mirroring lowdb; lookups hand out fresh objects as a new transaction would. */
function memoryTx() {
  const byId = new Map();
  const byKey = new Map();
  return {
    byId,
    async findByKeys(keys) {
      const ids = new Set(keys.map((k) => byKey.get(k)).filter(Boolean));
      return [...ids].map((id) => ({ ...byId.get(id) }));
    },
    async findSimilar(keys, limit) {
      const ids = new Set(keys.map((k) => byKey.get(k)).filter(Boolean));
      return mostKeysShared(
        [...ids].map((id) => byId.get(id)),
        keys,
        limit,
      ).map((item) => ({ ...item }));
    },
    async isTombstoned() {
      return false;
    },
    async putItem(item) {
      byId.set(item.id, item);
      for (const k of item.keys) byKey.set(k, item.id);
    },
    async getSourceState() {
      return {};
    },
    async setSourceState() {},
  };
}

/** Load stories straight into the indexes (building a store is not what is measured). */
function load(tx, stories) {
  const fps = [];
  for (const s of stories) {
    const { fp, bands } = nearDupKeys(s);
    fps.push(fp);
    const keys = [`guid:bench-a:${s.guid}`, `url:${s.url}`, ...bands];
    const origin = { source: 'bench-a', guid: s.guid, url: s.url, fetchedAt: s.published };
    tx.putItem({
      ...s,
      id: `${stories.length}-${s.guid}`,
      tags: [],
      origins: [origin],
      keys,
      contentHash: '',
      firstSeen: s.published,
      modified: s.published,
    });
  }
  return fps;
}

function buildStore(n) {
  const rand = rng(n);
  const vocab = vocabulary(rand);
  const stories = Array.from({ length: n }, (_, i) => makeStory(rand, vocab, i));
  const tx = memoryTx();
  const fps = load(tx, stories);
  // Each store has its own memo, built with it, as the service does; it starts cold.
  return { n, rand, vocab, stories, tx, fps, made: 0, memo: new FingerprintMemo() };
}

/** One round: PROBES items through applyItems, half of them copies of distinct stored stories. */
async function round(store) {
  const { n, rand, vocab, stories, tx, memo } = store;
  const probes = Array.from({ length: PROBES }, (_, i) => {
    const k = store.made++;
    return i % 2 ? rewrite(rand, vocab, stories[(k * 7919) % n], k) : makeStory(rand, vocab, n + k);
  });
  const origin = { sourceKey: `bench-b-${store.made}`, source: null, fetchedAt: '2026-06-01T00:00:00Z' };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const counts = await applyItems(tx, probes, origin, '2026-06-01T00:00:00Z', memo);
  const cpu = process.cpuUsage(c0);
  return {
    us: ((performance.now() - t0) * 1000) / PROBES,
    // CPU time of this process: what the wall clock shows when the machine is not shared.
    cpu: (cpu.user + cpu.system) / PROBES,
    merged: counts.updated,
  };
}

/** Linear scan: compare a few probes with every stored fingerprint (µs per probe). */
function linearScan(store) {
  const few = Array.from({ length: 3 }, (_, i) =>
    makeStory(store.rand, store.vocab, store.n + 1_000_000 + i),
  );
  const t0 = performance.now();
  for (const p of few) {
    const fp = fingerprint(p);
    for (const s of store.fps) compareFingerprints(fp, s);
  }
  return ((performance.now() - t0) * 1000) / few.length;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measureAll(sizes, rounds) {
  const stores = sizes.map(buildStore);
  await applyItems(
    memoryTx(),
    stores[0].stories.slice(0, 50),
    { sourceKey: 'warm', source: null, fetchedAt: 'x' },
    'x',
    new FingerprintMemo(),
  );
  const per = stores.map(() => ({ us: [], cpu: [], merged: 0 }));
  // Sizes alternate within each round, so machine load drifts over all of them alike.
  for (let r = 0; r < rounds; r++) {
    for (const [i, store] of stores.entries()) {
      const res = await round(store);
      per[i].us.push(res.us);
      per[i].cpu.push(res.cpu);
      per[i].merged += res.merged;
    }
  }
  return stores.map((store, i) => ({
    n: store.n,
    ours: median(per[i].us),
    cpu: median(per[i].cpu),
    baseline: linearScan(store),
    merged: per[i].merged,
    copies: (rounds * PROBES) / 2,
  }));
}

const label = (n) => (n >= 1000 ? `${n / 1000}k` : `${n}`);

export async function benchDedup() {
  const results = await measureAll(SIZES, ROUNDS);
  const rows = results.map((r) => ({
    name: `dedup per item at ${label(r.n)} stored (µs; baseline: linear scan)`,
    ours: r.ours,
    cpu: r.cpu,
    baseline: r.baseline,
    ratio: r.ours / r.baseline,
    merged: r.merged,
    copies: r.copies,
  }));
  const first = results[0];
  const last = results.at(-1);
  if (first && last && last !== first) {
    rows.push({
      name: `dedup per item at ${label(last.n)} vs ${label(first.n)} stored (µs; target ratio ≤ 2)`,
      ours: last.ours,
      cpu: last.cpu,
      baseline: first.ours,
      ratio: last.ours / first.ours,
      cpuRatio: last.cpu / first.cpu,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchDedup();
  for (const r of rows) {
    const extra = r.merged === undefined ? '' : `  (${r.merged} of ${r.copies} copies merged)`;
    console.log(
      `${r.name.padEnd(66)} ours ${r.ours.toFixed(1).padStart(9)} (cpu ${r.cpu.toFixed(1).padStart(8)})  baseline ${r.baseline.toFixed(1).padStart(10)}  ratio ${r.ratio.toFixed(3)}${r.cpuRatio === undefined ? '' : ` (cpu ${r.cpuRatio.toFixed(3)})`}${extra}`,
    );
  }
}
