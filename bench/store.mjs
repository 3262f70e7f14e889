// Store figures (`npm run bench`, or alone: `node bench/store.mjs` after `npm run build`):
// - ingest of one 1,000-item RSS document (the whole pipeline: normalise, tag, dedup, store) into
//   a PostgreSQL store that is empty and one that holds 100k items, and into lowdb stores of 1k,
//   10k and 50k items;
// - a dedup lookup (findByKeys + isTombstoned + findSimilar over 32 bands, in one transaction) at
//   1M stored items on PostgreSQL, and at the lowdb sizes.
// Background items are synthetic (made by SQL on PostgreSQL, in JS for lowdb), with identity keys,
// 32 band keys, a tag and a source each. The 1M database is kept between runs (feedwright_bench_1m,
// about 4 GB, built in about 10 minutes on a busy 2-core machine; BENCH_KEEP_1M=0 drops it afterwards).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { mulberry32 } from './fuzz/prng.mjs';
import { generateRss } from './lib/fixture.mjs';
import { benchConfig } from './lib/config.mjs';
import { createLogger } from '../dist/log/index.js';
import { openStore } from '../dist/store/index.js';
import { migrate } from '../dist/store/postgres/migrate.js';
import { ingestDocument } from '../dist/pipeline/ingest.js';
import { applyItems } from '../dist/pipeline/apply.js';
import { normaliseDocument } from '../dist/normalise/index.js';
import { loadTagger } from '../dist/tagging/load.js';
import { FingerprintMemo } from '../dist/dedup/index.js';

const ADMIN = process.env.FEEDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (name) => {
  const u = new URL(ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
};
const keepAll = { maxItems: 0, maxAgeDays: 0 };
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)];
};

async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

/** The synthetic stored item `g` as a JSON document (every StoredItem field). */
const DOC_SQL = (g) => `json_build_object(
  'guid', 'syn-' || ${g}, 'url', 'https://synthetic.example/' || ${g}, 'title', 'Synthetic story ' || ${g},
  'section', null, 'summary', 'A synthetic summary of story ' || ${g}, 'byline', null,
  'published', to_char(to_timestamp(1600000000 + ${g} * 60) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
  'updated', null, 'image', null, 'body', json_build_array('Paragraph one of synthetic story ' || ${g} || '.'),
  'related', '[]'::json, 'categories', '[]'::json, 'topics', '[]'::json,
  'entities', json_build_object('people', '[]'::json, 'places', '[]'::json, 'organisations', '[]'::json),
  'contentHtml', '<p>Synthetic</p>', 'enclosures', '[]'::json, 'language', 'en', 'dropped', '[]'::json,
  'id', 'syn-' || ${g}, 'tags', json_build_array(json_build_object('label', 'T' || (${g} % 50), 'slug', 't' || (${g} % 50), 'kind', 'topic')),
  'origins', json_build_array(json_build_object('source', 'syn-' || (${g} % 100), 'guid', ${g}::text, 'url', null, 'fetchedAt', '2025-01-01T00:00:00.000Z')),
  'keys', json_build_array('url:https://synthetic.example/' || ${g}), 'contentHash', md5(${g}::text),
  'firstSeen', '2025-01-01T00:00:00.000Z', 'modified', '2025-01-01T00:00:00.000Z')`;

/** Band key `b` of synthetic item `g` (the lookups below rebuild the same strings). */
const bandKey = (g, b) => `lsh:${b}:${g}-${b}`;

const SIDE_TABLES = "('item_keys', 'item_bands', 'item_tags', 'item_sources')";

/** A migrated database holding `n` synthetic items, made by SQL (indexes rebuilt after the load). */
async function syntheticDatabase(name, n, { reuse }) {
  const url = dbUrl(name);
  // A finished build is labelled (a build cut short is made again); migrations still run on reuse.
  const label = `feedwright bench: ${n} synthetic items`;
  if (reuse) {
    const [found] = await admin(
      `SELECT shobj_description(oid, 'pg_database') AS label FROM pg_database WHERE datname = '${name}'`,
    );
    if (found?.label === label) {
      await migrate(url);
      return { url, built: false };
    }
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  await migrate(url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Set-based and index-last: keys, constraints and indexes of the side tables are dropped, the
    // rows made by generate_series, then everything rebuilt at once (one sort per index instead of
    // a descent per row). One maintenance worker: the machine is shared.
    await c.query(`SET maintenance_work_mem = '256MB'; SET max_parallel_maintenance_workers = 0;
      SET synchronous_commit = off; SET work_mem = '64MB'`);
    const { rows: defs } = await c.query(`
      SELECT 'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT ' || conname || ' ' || pg_get_constraintdef(oid) AS make,
             'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT ' || conname AS drop, contype = 'f' AS late
      FROM pg_constraint WHERE conrelid::regclass::text IN ${SIDE_TABLES}
      UNION ALL
      SELECT indexdef, 'DROP INDEX ' || indexname, false FROM pg_indexes
      WHERE tablename IN ${SIDE_TABLES} AND indexname NOT IN (SELECT conname FROM pg_constraint)`);
    for (const d of [...defs].sort((a, b) => Number(b.late) - Number(a.late))) await c.query(d.drop);
    await c.query(`INSERT INTO items (id, sort_ms, doc)
      SELECT 'syn-' || g, (1600000000 + g * 60)::bigint * 1000, ${DOC_SQL('g')} FROM generate_series(1, ${n}) g`);
    await c.query(
      `INSERT INTO item_keys (key, item) SELECT 'url:https://synthetic.example/' || substr(id, 5), seq FROM items`,
    );
    await c.query(`INSERT INTO item_bands (band, item)
      SELECT hashtextextended('lsh:' || b || ':' || substr(id, 5) || '-' || b, 0), seq FROM items, generate_series(0, 31) b`);
    await c.query(`INSERT INTO item_tags (slug, item, sort_ms, id, tag)
      SELECT 't' || (substr(id, 5)::int % 50), seq, sort_ms, id, doc->'tags'->0 FROM items`);
    await c.query(`INSERT INTO item_sources (source, item, sort_ms, id)
      SELECT 'syn-' || (substr(id, 5)::int % 100), seq, sort_ms, id FROM items`);
    for (const d of [...defs].sort((a, b) => Number(a.late) - Number(b.late))) await c.query(d.make);
    await c.query('UPDATE store_version SET version = version + 1, items_modified = now()');
    await c.query('VACUUM ANALYZE');
    await c.query(`COMMENT ON DATABASE ${name} IS '${label}'`);
  } finally {
    await c.end();
  }
  return { url, built: true };
}

/** Synthetic items for a lowdb store (the same shape). */
function syntheticItems(n) {
  return Array.from({ length: n }, (_, k) => {
    const g = k + 1;
    const date = new Date((1600000000 + g * 60) * 1000).toISOString();
    return {
      guid: `syn-${g}`,
      url: `https://synthetic.example/${g}`,
      title: `Synthetic story ${g}`,
      section: null,
      summary: `A synthetic summary of story ${g}`,
      byline: null,
      published: date,
      updated: null,
      image: null,
      body: [`Paragraph one of synthetic story ${g}.`],
      related: [],
      categories: [],
      topics: [],
      entities: { people: [], places: [], organisations: [] },
      contentHtml: '<p>Synthetic</p>',
      enclosures: [],
      language: 'en',
      dropped: [],
      id: `syn-${g}`,
      tags: [{ label: `T${g % 50}`, slug: `t${g % 50}`, kind: 'topic' }],
      origins: [
        { source: `syn-${g % 100}`, guid: String(g), url: null, fetchedAt: '2025-01-01T00:00:00.000Z' },
      ],
      keys: [`url:https://synthetic.example/${g}`, ...Array.from({ length: 32 }, (_, b) => bandKey(g, b))],
      contentHash: String(g),
      firstSeen: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    };
  });
}

async function* records(items) {
  for (const item of items) yield { kind: 'item', item };
}

/**
 * Ingest one generated 1,000-item RSS document: the whole pipeline (ingestDocument: normalise,
 * tag, dedup, store), and the store's part alone (dedup and store of the same items normalised
 * and tagged beforehand, in one transaction as ingestDocument runs it), and normalise and tag apart.
 * Items per second of each.
 */
async function ingestRate(store, tmp, seed) {
  const config = benchConfig(path.join(tmp, 'unused'));
  const ctx = {
    store,
    config: { ...config, limits: { ...config.limits, maxItems: 1000 } },
    logger: createLogger('silent'),
    now: () => new Date(),
    tagger: await loadTagger(config.sourcesDir),
    fingerprints: new FingerprintMemo(),
  };
  const doc = (n) => ({
    bytes: Buffer.from(generateRss(900 + n, 1000, mulberry32(n))),
    contentType: 'application/rss+xml',
    location: `bench-${n}.rss`,
    url: null,
  });
  let t0 = performance.now();
  const counts = await ingestDocument(ctx, doc(seed), { sourceKey: `bench-${seed}`, source: null });
  const pipeline = 1000 / ((performance.now() - t0) / 1000);
  if (counts.created !== 1000) throw new Error(`expected 1000 new items, got ${JSON.stringify(counts)}`);
  const other = seed + 5000;
  // The stages apart: normalise and tag (no store), then dedup and store.
  t0 = performance.now();
  const normalised = (await normaliseDocument(doc(other))).items;
  const normalise = 1000 / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  const items = normalised.map((i) => ctx.tagger.enrich(i));
  const tag = 1000 / ((performance.now() - t0) / 1000);
  const fetchedAt = new Date().toISOString();
  t0 = performance.now();
  const stored = await store.transaction((tx) =>
    applyItems(
      tx,
      items,
      { sourceKey: `bench-${other}`, source: null, fetchedAt },
      fetchedAt,
      ctx.fingerprints,
    ),
  );
  const storeStage = 1000 / ((performance.now() - t0) / 1000);
  if (stored.created !== 1000) throw new Error(`expected 1000 new items, got ${JSON.stringify(stored)}`);
  return { pipeline, store: storeStage, normalise, tag };
}

/**
 * p50/p95 of one item's dedup lookup (identity keys, tombstones, 32 bands), for stored and unknown
 * stories, timed inside one transaction as the pipeline runs them (one transaction per document).
 */
async function lookupTimes(store, n, count = 400, { url = null, seed = 7 } = {}) {
  const rand = mulberry32(seed);
  const times = [];
  // The floor this machine sets: a bare round trip (SELECT 1) on a connection of its own, timed
  // beside each lookup (a shared 2-core machine stretches every round trip under load).
  const floor = url ? new pg.Client({ connectionString: url }) : null;
  await floor?.connect();
  const trips = [];
  try {
    await store.transaction(async (tx) => {
      for (let k = 0; k < count; k++) {
        const known = k % 2 === 0;
        const g = known ? 1 + Math.floor(rand() * n) : n + 1 + k + seed * count;
        const keys = [`url:https://synthetic.example/${g}`];
        const bands = Array.from({ length: 32 }, (_, b) => bandKey(g, b));
        if (floor) {
          const t = performance.now();
          await floor.query('SELECT 1');
          trips.push(performance.now() - t);
        }
        const t0 = performance.now();
        // As the pipeline asks (one read for the keys, then the lookups), one story at a time.
        await tx.prefetch?.([...keys, ...bands]);
        const [found] = await tx.findByKeys(keys);
        if (!found) await tx.isTombstoned(keys);
        const similar = await tx.findSimilar(bands, 8);
        times.push(performance.now() - t0);
        if (known && similar[0]?.id !== `syn-${g}`) throw new Error(`lookup of stored item ${g} missed it`);
      }
    });
  } finally {
    await floor?.end();
  }
  return {
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    trip: trips.length ? quantile(trips, 0.95) : NaN,
  };
}

/** Read the lookup indexes into the OS cache (pg_prewarm), as on a server that has been running. */
async function prewarm(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    const t0 = performance.now();
    await c.query(`SELECT pg_prewarm(i, 'read') FROM unnest(ARRAY['item_bands_pkey', 'item_keys_pkey',
      'items_pkey', 'items']::regclass[]) AS i`);
    return (performance.now() - t0) / 1000;
  } catch (err) {
    return `not available (${err.message})`;
  } finally {
    await c.end();
  }
}

/** The stages outside the store, for the same log line. */
const stages = (r) => `; normalise ${r.normalise.toFixed(0)} items/s, tag ${r.tag.toFixed(0)} items/s`;

/** PostgreSQL: ingest into an empty store and one of 100k items; dedup lookups at 100k and 1M. */
async function postgresFigures(rows, tmp, log) {
  const empty = `feedwright_bench_empty_${process.pid}`;
  const { url: emptyUrl } = await syntheticDatabase(empty, 0, { reuse: false });
  let s = await openStore({ dir: tmp, databaseUrl: emptyUrl, retention: keepAll });
  const intoEmpty = await ingestRate(s, tmp, 1);
  await s.close();
  await admin(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`);
  log(
    `postgres: ingest 1,000 items into an empty store: ${intoEmpty.pipeline.toFixed(0)} items/s through the pipeline, ` +
      `${intoEmpty.store.toFixed(0)} items/s for dedup and store alone${stages(intoEmpty)}`,
  );

  const k100 = `feedwright_bench_100k_${process.pid}`;
  const t100 = performance.now();
  const { url: url100 } = await syntheticDatabase(k100, 100_000, { reuse: false });
  log(`postgres: 100k synthetic items made in ${((performance.now() - t100) / 1000).toFixed(0)} s`);
  s = await openStore({ dir: tmp, databaseUrl: url100, retention: keepAll });
  const into100k = await ingestRate(s, tmp, 2);
  const look100k = await lookupTimes(s, 100_000, 400, { url: url100 });
  await s.close();
  await admin(`DROP DATABASE IF EXISTS ${k100} WITH (FORCE)`);
  log(
    `postgres: ingest 1,000 items into 100k: ${into100k.pipeline.toFixed(0)} items/s through the pipeline ` +
      `(${(intoEmpty.pipeline / into100k.pipeline).toFixed(2)}x slower than empty), ${into100k.store.toFixed(0)} items/s ` +
      `for dedup and store alone (${(intoEmpty.store / into100k.store).toFixed(2)}x)${stages(into100k)}; ` +
      `dedup lookup p95 ${look100k.p95.toFixed(2)} ms (a bare round trip p95 ${look100k.trip.toFixed(2)} ms)`,
  );
  rows.push({
    name: 'postgres ingest empty / 100k, pipeline (x)',
    value: intoEmpty.pipeline / into100k.pipeline,
  });
  rows.push({ name: 'postgres ingest into 100k, pipeline (items/s)', value: into100k.pipeline });
  rows.push({ name: 'postgres ingest into 100k, store (items/s)', value: into100k.store });
  rows.push({ name: 'postgres ingest empty / 100k, store (x)', value: intoEmpty.store / into100k.store });

  const t1m = performance.now();
  const { url: url1m, built } = await syntheticDatabase('feedwright_bench_1m', 1_000_000, { reuse: true });
  log(
    `postgres: 1M synthetic items ${built ? `made in ${((performance.now() - t1m) / 1000).toFixed(0)} s` : 'reused'}`,
  );
  s = await openStore({ dir: tmp, databaseUrl: url1m, retention: keepAll });
  const cold = await lookupTimes(s, 1_000_000, 400, { url: url1m });
  const warmed = await prewarm(url1m);
  const look1m = await lookupTimes(s, 1_000_000, 400, { url: url1m, seed: 8 });
  await s.close();
  if (process.env.BENCH_KEEP_1M === '0')
    await admin('DROP DATABASE IF EXISTS feedwright_bench_1m WITH (FORCE)');
  log(
    `postgres: dedup lookup at 1M items, as found: p50 ${cold.p50.toFixed(2)} ms, p95 ${cold.p95.toFixed(2)} ms ` +
      `(a bare round trip p95 ${cold.trip.toFixed(2)} ms)`,
  );
  log(
    `postgres: dedup lookup at 1M items, indexes in the OS cache (pg_prewarm ${typeof warmed === 'number' ? `${warmed.toFixed(0)} s` : warmed}): ` +
      `p50 ${look1m.p50.toFixed(2)} ms, p95 ${look1m.p95.toFixed(2)} ms (a bare round trip p95 ${look1m.trip.toFixed(2)} ms)`,
  );
  rows.push({ name: 'postgres dedup lookup p95 at 1M, as found (ms)', value: cold.p95 });
  rows.push({ name: 'postgres round trip p95 beside it (ms)', value: cold.trip });
  rows.push({ name: 'postgres dedup lookup p95 at 1M, warm (ms)', value: look1m.p95 });
  rows.push({ name: 'postgres round trip p95 beside it, warm (ms)', value: look1m.trip });
}

export async function benchStores() {
  const rows = [];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'feedwright-bench-store-'));
  const log = (s) => console.log(`  ${s}`);
  try {
    // PostgreSQL: ingest into empty and 100k; lookups at 1M (BENCH_STORE_POSTGRES=0 skips them).
    if (process.env.BENCH_STORE_POSTGRES !== '0') await postgresFigures(rows, tmp, log);
    // lowdb beside it.
    for (const n of [1_000, 10_000, 50_000]) {
      const dir = path.join(tmp, `lowdb-${n}`);
      const store = await openStore({ dir, retention: keepAll });
      await store.load(records(syntheticItems(n)));
      const rate = await ingestRate(store, tmp, 10 + n);
      const look = await lookupTimes(store, n, 200);
      await store.close();
      await rm(dir, { recursive: true, force: true });
      log(
        `lowdb: ${n} items: ingest 1,000 items ${rate.pipeline.toFixed(0)} items/s through the pipeline, ` +
          `${rate.store.toFixed(0)} items/s for dedup and store alone${stages(rate)}; dedup lookup p95 ${look.p95.toFixed(2)} ms`,
      );
      rows.push({ name: `lowdb ingest into ${n / 1000}k, store (items/s)`, value: rate.store });
      rows.push({ name: `lowdb dedup lookup p95 at ${n / 1000}k (ms)`, value: look.p95 });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchStores();
  for (const r of rows) console.log(`${r.name.padEnd(44)}${r.value.toFixed(2).padStart(10)}`);
}
