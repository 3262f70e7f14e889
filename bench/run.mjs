// `npm run bench`: feed endpoint throughput vs bare node:http, and extraction speed vs Readability.
// Each comparison alternates A/B rounds in one run (to cancel drift), reports medians per side and,
// as the ratio, the median of the rounds' ratios. Short rounds, many of them: this shared 2-core
// machine swings ±15 % between one-second rounds, and a median of 9 pairs resists that.
// Knobs (env): BENCH_ROUNDS=9, BENCH_SECONDS=1 (per round and side), BENCH_CONNECTIONS=50,
// BENCH_PAGES=60 (HTML pages for extraction, or "all"), BENCH_DEDUP=0 / BENCH_SOAK=0 to skip those,
// BENCH_SOAK_POLLS=100000, BENCH_ONLY=extraction to run the extraction comparison alone (no store,
// servers, pages, dedup or soak: a quick, quiet check of one number). Pages: render rate of `/`, a tag page and an item page against the feed
// render of the same items (ratio ≥ 0.5 means a page costs at most twice its feed).
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildStore } from './lib/fixture.mjs';
import { assertSameResponses, captureRoutes, fetchRaw, load } from './lib/http-bench.mjs';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { loadPages, sides, spread, timeSide } from './lib/extract-bench.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const intEnv = (name, dflt) => {
  const n = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const ROUNDS = intEnv('BENCH_ROUNDS', 9);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
if (!(SECONDS > 0)) throw new Error('BENCH_SECONDS must be a positive number');
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 50);
const PAGES = process.env.BENCH_PAGES === 'all' ? Infinity : intEnv('BENCH_PAGES', 60);
const FEED_PATHS = ['/feed.rss', '/feed.atom'];

const children = new Set();
let tmp = null;
let interrupted = false;

/** Stop our children (by their own pid) and remove the temp folder; safe to call twice. */
async function cleanup() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  children.clear();
}

async function removeTemp() {
  if (tmp) await rm(tmp, { recursive: true, force: true });
  tmp = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`bench: interrupted (${signal}), cleaning up`);
    cleanup()
      .then(removeTemp)
      .finally(() => process.exit(130));
  });
}

/** Fork a server script; resolves with its port once it listens (after an optional first message). */
function startServer(script, env, firstMessage) {
  const child = fork(path.join(HERE, script), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.once('message', (msg) => resolve(msg.port));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
    child.once('error', reject);
    if (firstMessage) child.send(firstMessage);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternate A/B (then B/A) rounds of `measure(side)`; returns every round's number per side. */
async function alternate(measure) {
  const per = { ours: [], baseline: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const side of order) per[side].push(await measure(side, r));
  }
  return per;
}

const rows = [];
const queriesPerPoll = {};
/**
 * The ratio is the median of per-round ratios: each round's two sides run back to back, so a
 * slow spell of this shared machine (it comes and goes over seconds) hits both sides of a pair.
 * The medians of each side are printed beside it.
 */
function record(label, per, unit) {
  const ours = median(per.ours);
  const baseline = median(per.baseline);
  const ratio = median(per.ours.map((o, r) => o / per.baseline[r]));
  rows.push({ label: `${label} (${unit})`, ours, baseline, ratio, per });
}

/** Queries the server sent to its store so far (its /metrics). */
async function queriesSent(port) {
  const text = (await fetchRaw(port, '/metrics')).body.toString('utf8');
  return Number(/^feedwright_store_queries_total (\d+)/m.exec(text)?.[1] ?? 0);
}

async function feedBenchmarks(storeDir, { databaseUrl = '', label = 'lowdb' } = {}) {
  const oursPort = await startServer('server-ours.mjs', {
    BENCH_STORE_DIR: storeDir,
    BENCH_DATABASE_URL: databaseUrl,
  });
  const routes = await captureRoutes(oursPort, FEED_PATHS);
  const msg = { routes: routes.map(({ raw: _raw, ...r }) => r) };
  const barePort = await startServer('server-bare.mjs', {}, msg);
  await assertSameResponses(barePort, routes);
  const ports = { ours: oursPort, baseline: barePort };
  for (const r of routes) {
    console.log(`  ${r.path}: ${r.raw.ok.body.length} bytes, ETag ${r.etag}`);
  }

  const cases = [
    ...routes.map((r) => ({ label: `GET ${r.path} 200`, path: r.path, headers: {}, expect: '2xx' })),
    ...routes.map((r) => ({
      label: `GET ${r.path} 304`,
      path: r.path,
      headers: { 'if-none-match': r.etag },
      expect: '3xx',
    })),
  ];
  for (const c of cases) {
    const base = { path: c.path, headers: c.headers, connections: CONNECTIONS, expect: c.expect };
    // Warm both servers (JIT, feed cache, sockets) before anything is counted.
    for (const port of Object.values(ports)) await load({ ...base, port, seconds: 0.5 });
    const q0 = await queriesSent(oursPort);
    let polls = 0;
    const per = await alternate(async (side) => {
      const rate = await load({ ...base, port: ports[side], seconds: SECONDS });
      if (side === 'ours') polls += rate * SECONDS;
      return rate;
    });
    const perPoll = ((await queriesSent(oursPort)) - q0) / polls;
    record(`${label} ${c.label}`, per, 'req/s');
    queriesPerPoll[`${label} ${c.label}`] = perPoll;
    process.stdout.write(`  done: ${label} ${c.label} (${perPoll.toFixed(4)} queries per poll)\n`);
  }
}

/** The same feeds from the same store copied to PostgreSQL (skipped, saying why, without a server). */
async function postgresFeedBenchmarks(storeDir) {
  const admin = process.env.FEEDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `feedwright_bench_polls_${process.pid}`;
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (err) {
    console.log(`  postgres feed benchmarks skipped: no PostgreSQL at ${admin} (${err.message})`);
    return false;
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  try {
    await client.query(`CREATE DATABASE ${name}`);
    const cli = path.join(HERE, '../dist/cli/main.js');
    execFileSync(process.execPath, [cli, 'migrate', '--database', url], { stdio: 'ignore' });
    execFileSync(process.execPath, [cli, 'store', 'copy', '--store', storeDir, '--to', url], {
      stdio: 'ignore',
      env: { ...process.env, FEEDWRIGHT_DATABASE_URL: '' },
    });
    console.log('feed endpoint on PostgreSQL: the same store copied to a database, vs bare node:http');
    await feedBenchmarks(storeDir, { databaseUrl: url, label: 'postgres' });
    await cleanup();
    return true;
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await client.end();
  }
}

async function pageBenchmarks(storeDir) {
  const { pageCases } = await import('./pages.mjs');
  for (const c of await pageCases(storeDir)) {
    for (const side of ['ours', 'baseline']) c.rate(side, 0.3); // warm the JIT on both
    const per = await alternate(async (side) => c.rate(side, SECONDS));
    record(c.label, per, 'renders/s; baseline = feed');
    process.stdout.write(`  done: ${c.label}\n`);
  }
}

async function extractionBenchmark() {
  const { source, pages: all } = loadPages();
  const pages = spread(all, PAGES);
  console.log(`  pages: ${pages.length} of ${all.length} from ${source}`);
  // Interleaved slices: every round sees a similar mix, and both sides see the same slice.
  // A few fallback samples are repeated instead, so a round is not a single millisecond-long page.
  const slices =
    pages.length >= ROUNDS * 5
      ? Array.from({ length: ROUNDS }, (_, r) => pages.filter((_, i) => i % ROUNDS === r))
      : Array.from({ length: ROUNDS }, () => Array.from({ length: 10 }, (_, i) => pages[i % pages.length]));
  const warm = pages.slice(0, Math.min(5, pages.length));
  for (const run of Object.values(sides)) await timeSide(run, warm);
  const failed = { ours: 0, baseline: 0 };
  const per = await alternate(async (side, r) => {
    const res = await timeSide(sides[side], slices[r]);
    failed[side] += res.failed;
    return res.rate;
  });
  record('normalise HTML', per, 'pages/s');
  return { pages: pages.length, failed };
}

const fmt = (n) => (Number.isNaN(n) ? '-' : n >= 100 ? Math.round(n).toString() : n.toFixed(1));

function printTable() {
  const w = Math.max(34, ...rows.map((r) => r.label.length + 2));
  console.log('');
  console.log(
    `${'benchmark'.padEnd(w)}${'ours'.padStart(10)}${'baseline'.padStart(12)}${'ratio'.padStart(9)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(w)}${fmt(r.ours).padStart(10)}${fmt(r.baseline).padStart(12)}${(Number.isNaN(r.ratio) ? '-' : `${r.ratio.toFixed(2)}x`).padStart(9)}`,
    );
  }
  console.log('');
  console.log('per round (ours | baseline | ratios):');
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(w - 2)}${r.per.ours.map(fmt).join(' ')} | ${r.per.baseline.map(fmt).join(' ')}` +
        (r.per.ours.length > 1
          ? ` | ratios ${r.per.ours.map((o, i) => (o / r.per.baseline[i]).toFixed(2)).join(' ')}`
          : ''),
    );
  }
}

/** BENCH_ONLY=extraction: the extraction comparison alone, printed as the full run prints it. */
async function extractionOnly(started) {
  console.log(`bench: ${ROUNDS} alternating rounds, extraction only, node ${process.version}`);
  console.log('extraction: normaliseDocument vs Readability on linkedom');
  const ex = await extractionBenchmark();
  printTable();
  const secs = ((performance.now() - started) / 1000).toFixed(0);
  console.log('');
  console.log(
    `bench: normalise ${rows[0]?.ratio.toFixed(2)}x of Readability pages/s over ${ex.pages} distinct pages ` +
      `(no item: ours ${ex.failed.ours}, baseline ${ex.failed.baseline}); ${secs}s`,
  );
}

async function main() {
  const started = performance.now();
  const only = process.env.BENCH_ONLY;
  if (only !== undefined && only !== 'extraction') throw new Error('BENCH_ONLY must be "extraction"');
  if (only === 'extraction') return extractionOnly(started);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'feedwright-bench-'));
  console.log(
    `bench: ${ROUNDS} alternating rounds, ${SECONDS}s each, ${CONNECTIONS} connections, node ${process.version}`,
  );
  const store = await buildStore(tmp);
  console.log(`  store: ${store.items} items from ${store.files} files`);
  console.log('feed endpoint: our Express app vs bare node:http sending the same bytes');
  await feedBenchmarks(store.storeDir);
  console.log('pages: render rate against the RSS render of the same items');
  await pageBenchmarks(store.storeDir);
  await cleanup();
  const pgPolls = await postgresFeedBenchmarks(store.storeDir);
  console.log('extraction: normaliseDocument vs Readability on linkedom');
  const ex = await extractionBenchmark();
  if (process.env.BENCH_STORES !== '0' && pgPolls) {
    console.log('stores: ingest and dedup lookup by store size, PostgreSQL and lowdb');
    const { benchStores } = await import('./store.mjs');
    for (const r of await benchStores()) {
      rows.push({
        label: r.name,
        ours: r.value,
        baseline: NaN,
        ratio: NaN,
        per: { ours: [r.value], baseline: [] },
      });
    }
  }
  if (process.env.BENCH_DEDUP !== '0') {
    console.log('dedup: per-item cost at 1k, 10k and 100k stored items vs a linear scan');
    const { benchDedup } = await import('./dedup.mjs');
    for (const r of await benchDedup()) {
      rows.push({
        label: r.name,
        ours: r.ours,
        baseline: r.baseline,
        ratio: r.ratio,
        per: { ours: [r.ours], baseline: [r.baseline] },
      });
    }
  }
  let soakLine = '';
  if (process.env.BENCH_SOAK !== '0') {
    const polls = intEnv('BENCH_SOAK_POLLS', 100_000);
    console.log(`soak: ${polls} feed polls (half conditional) over 100 connections while sources re-ingest`);
    const { soak } = await import('./soak.mjs');
    const s = await soak({ polls, connections: 100 });
    soakLine = `; soak ${JSON.stringify(s)}`;
    console.log(`  soak: ${JSON.stringify(s)}`);
  }
  printTable();
  const ratio = (prefix) =>
    rows.filter((r) => r.label.startsWith(prefix)).map((r) => `${r.ratio.toFixed(2)}x`);
  const secs = ((performance.now() - started) / 1000).toFixed(0);
  console.log('');
  console.log(
    `bench: feed 200 ${ratio('lowdb GET /feed.rss 200')} rss / ${ratio('lowdb GET /feed.atom 200')} atom, ` +
      `304 ${ratio('lowdb GET /feed.rss 304')} rss / ${ratio('lowdb GET /feed.atom 304')} atom of bare node:http; ` +
      `normalise ${ratio('normalise')} of Readability pages/s over ${ex.pages} distinct pages ` +
      `(no item: ours ${ex.failed.ours}, baseline ${ex.failed.baseline}); ` +
      `dedup 100k/1k ${ratio('dedup per item at 100k vs')}; ` +
      `pages ${ratio('page /')} home / tag / item of the feed render${soakLine}; ${secs}s`,
  );
  if (pgPolls) {
    const rel = (path) => {
      const a = rows.find((r) => r.label.startsWith(`postgres GET ${path}`));
      const b = rows.find((r) => r.label.startsWith(`lowdb GET ${path}`));
      return a && b ? `${(a.ratio / b.ratio).toFixed(2)}x` : '?';
    };
    const q = Math.max(
      ...Object.entries(queriesPerPoll)
        .filter(([k]) => k.startsWith('postgres'))
        .map(([, v]) => v),
    );
    console.log(
      `bench: postgres node vs lowdb node (each against bare node:http): 304 ${rel('/feed.rss 304')} rss / ` +
        `${rel('/feed.atom 304')} atom, 200 ${rel('/feed.rss 200')} rss / ${rel('/feed.atom 200')} atom; ` +
        `at most ${q.toFixed(4)} queries per cached poll`,
    );
  }
}

try {
  await main();
} catch (err) {
  // Once interrupted, the killed servers make the load runs fail: that is not worth a stack trace.
  if (!interrupted) console.error(`bench: failed — ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  await removeTemp();
}
