// `npm run multinode`: three `feedwright serve` nodes on one PostgreSQL database, ≥ 200 remote
// sources served by a loopback fixture, 6-field cron schedules. Checks, over every slot: no
// source fetched twice in one slot, no slot missed; after each upstream change every node serves
// the new version within 1 s (p99); every feed has the same bytes and ETag on every node and an
// ETag from one node gets 304 from another; a node killed (SIGKILL) while it holds fetches has
// them taken over within the lease (≤ lease + 5 s). Prints the figures; exits non-zero on a failed
// check. Knobs: MULTINODE_SOURCES=200, MULTINODE_SLOTS=22, MULTINODE_SLOT_SECONDS=3,
// MULTINODE_LEASE_SECONDS=30 (the nodes' FEEDWRIGHT_LEASE_SECONDS), FEEDWRIGHT_TEST_DATABASE_URL
// (the server's `postgres` database). Takes about 2½ minutes with the defaults.
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli/main.js');
const SOURCES = Number(process.env.MULTINODE_SOURCES ?? 200);
const SLOTS = Number(process.env.MULTINODE_SLOTS ?? 22);
const SLOT_S = Number(process.env.MULTINODE_SLOT_SECONDS ?? 3);
const LEASE_S = Number(process.env.MULTINODE_LEASE_SECONDS ?? 30);
// A takeover may come one claim round after the lease ran out.
const TAKEOVER_MS = (LEASE_S + 5) * 1000;
const ADMIN = process.env.FEEDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `feedwright_multinode_${process.pid}_${randomBytes(3).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(ADMIN);
  u.pathname = `/${DB}`;
  return u.toString();
})();
const BASE_URL = 'http://feeds.multinode.test';
const sleep = (ms) => delay(ms);
const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const p99 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] ?? 0;
};

// ---- the upstream fixture: one small RSS feed per source, conditional GET, changes on demand ----
const offsetOf = (i) => i % SLOT_S;
const feeds = Array.from({ length: SOURCES }, () => ({ rev: 0, slowNext: false }));
const requests = []; // { i, at }
function rss(i) {
  const f = feeds[i];
  const items = [];
  for (let r = 0; r <= f.rev; r++) {
    items.push(
      `<item><title>Desk ${i} bulletin ${r}</title><link>http://upstream.test/${i}/${r}</link>` +
        `<guid>u-${i}-${r}</guid><pubDate>${new Date(Date.UTC(2025, 0, 1, 0, r)).toUTCString()}</pubDate>` +
        `<description>Bulletin ${r} from desk ${i}: the ${['tide', 'ferry', 'market', 'bridge'][r % 4]} report.</description></item>`,
    );
  }
  return (
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk ${i}</title><link>http://upstream.test/${i}</link>` +
    `<description>Desk ${i}</description>${items.join('')}</channel></rss>`
  );
}
const fixture = http.createServer((req, res) => {
  const m = /^\/s\/(\d+)\.rss$/.exec(req.url ?? '');
  const i = m ? Number(m[1]) : -1;
  if (!feeds[i]) return void res.writeHead(404).end();
  requests.push({ i, at: Date.now() });
  const f = feeds[i];
  const answer = () => {
    const etag = `"r${f.rev}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(rss(i));
  };
  if (f.slowNext) {
    f.slowNext = false;
    delay(45_000, undefined, { ref: false }).then(answer);
  } else answer();
});

// ---- nodes ----
const nodes = [];
function startNode(port, sourcesDir) {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], {
    env: {
      PATH: process.env.PATH,
      HOME: os.tmpdir(),
      FEEDWRIGHT_DATABASE_URL: dbUrl,
      FEEDWRIGHT_SOURCES: sourcesDir,
      FEEDWRIGHT_STORE: path.join(sourcesDir, 'unused-store'),
      FEEDWRIGHT_FETCH_ALLOW: '127.0.0.0/8',
      FEEDWRIGHT_FETCH_TIMEOUT_MS: '60000',
      FEEDWRIGHT_LEASE_SECONDS: String(LEASE_S),
      FEEDWRIGHT_RETAIN_ITEMS: '0',
      BASE_URL,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group: SIGKILL takes the front and its ingest process at once
  });
  const node = { port, child, base: `http://127.0.0.1:${port}`, alive: true };
  child.once('exit', () => (node.alive = false));
  nodes.push(node);
  return node;
}
async function waitReady(node) {
  for (let i = 0; i < 300; i++) {
    const ok = await globalThis.fetch(`${node.base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`node on port ${node.port} did not become ready`);
}
const freePort = () =>
  new Promise((resolve) => {
    const s = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// ---- checks ----
/**
 * Per source, its fetches matched to its slots in [from, to): each fetch serves the earliest slot
 * that has come due and is not served yet (a late fetch still serves its own slot). A fetch with
 * no such slot is a double fetch; a slot left unserved (but the last, which may still be running)
 * is missed. Also the worst lateness of a fetch after its slot.
 */
function slotFigures(from, to, skip = new Set()) {
  let doubles = 0;
  let missed = 0;
  let slots = 0;
  let lateMs = 0;
  const missedList = [];
  for (let i = 0; i < SOURCES; i++) {
    if (skip.has(i)) continue;
    const slotAt = (k) => (k * SLOT_S + offsetOf(i)) * 1000;
    const first = Math.ceil((from / 1000 - offsetOf(i)) / SLOT_S);
    const last = Math.floor((to / 1000 - offsetOf(i)) / SLOT_S);
    // The slot before the window may still be served late inside it: it is pending, not counted.
    let next = first - 1;
    for (const r of requests) {
      if (r.i !== i || r.at < slotAt(first - 1) || r.at >= to) continue;
      if (next > last || slotAt(next) > r.at) {
        doubles++;
        if (doubles <= 3)
          console.log(
            `  double: desk-${i} at ${r.at % 100000}; its fetches: ${requests
              .filter((x) => x.i === i)
              .map((x) => x.at % 100000)
              .join(' ')}; slots from ${slotAt(first) % 100000} every ${SLOT_S}s`,
          );
        continue;
      }
      lateMs = Math.max(lateMs, r.at - slotAt(next));
      next++;
    }
    next = Math.max(next, first);
    slots += last - first;
    for (let k = next; k < last; k++) {
      missed++;
      missedList.push(`${i}@${k}`);
    }
  }
  return { doubles, missed, slots, missedList, lateMs };
}

async function body(node, p, headers = {}) {
  const res = await globalThis.fetch(`${node.base}${p}`, { headers });
  return { status: res.status, etag: res.headers.get('etag'), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Poll every node until each serves the changed source's new bulletin; ms after the first did. */
async function propagation(i, rev) {
  const seen = new Map();
  const deadline = Date.now() + 30_000;
  while (seen.size < nodes.filter((n) => n.alive).length && Date.now() < deadline) {
    await Promise.all(
      nodes
        .filter((n) => n.alive && !seen.has(n.port))
        .map(async (n) => {
          const b = await body(n, `/sources/desk-${i}/feed.json`).catch(() => null);
          if (b?.bytes.includes(`Desk ${i} bulletin ${rev}`)) seen.set(n.port, Date.now());
        }),
    );
    await sleep(10);
  }
  const times = [...seen.values()];
  if (times.length < nodes.filter((n) => n.alive).length) return null;
  const first = Math.min(...times);
  return times.map((t) => t - first);
}

async function main() {
  const started = Date.now();
  console.log(`multinode: ${SOURCES} sources, 3 nodes, slots of ${SLOT_S}s, database ${DB}`);
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'feedwright-multinode-'));
  try {
    execFileSync(process.execPath, [CLI, 'migrate', '--database', dbUrl], { stdio: 'ignore' });
    await new Promise((r) => fixture.listen(0, '127.0.0.1', r));
    const up = `http://127.0.0.1:${fixture.address().port}`;
    const defs = feeds.map(
      (_, i) =>
        `  - id: desk-${i}\n    title: Desk ${i}\n    kind: feed\n    location: ${up}/s/${i}.rss\n` +
        `    schedule: '${offsetOf(i)}-59/${SLOT_S} * * * * *'\n`,
    );
    await writeFile(path.join(tmp, 'sources.yaml'), `sources:\n${defs.join('')}`);
    const ports = [await freePort(), await freePort(), await freePort()];
    for (const port of ports) startNode(port, tmp);
    await Promise.all(nodes.map(waitReady));
    console.log(`  nodes ready after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    // Let the start-up runs settle, then count from a whole slot on.
    await sleep(4 * SLOT_S * 1000);

    // Phase 1: SLOTS slots with all nodes up; an upstream change every few slots.
    const from = Date.now();
    const latencies = [];
    let lost = 0;
    let changes = 0;
    while (Date.now() - from < SLOTS * SLOT_S * 1000) {
      const i = (changes * 37) % SOURCES;
      feeds[i].rev += 1;
      changes++;
      const lat = await propagation(i, feeds[i].rev);
      if (lat) latencies.push(...lat.filter((x) => x > 0 || true));
      else lost++;
      await sleep(1500);
    }
    const to = Date.now();
    const phase1 = slotFigures(from, to);
    console.log(
      `  phase 1: ${phase1.slots} source-slots over ${((to - from) / 1000).toFixed(0)}s ` +
        `(${SLOTS} slots per source): ${phase1.doubles} fetched twice, ${phase1.missed} missed, ` +
        `latest fetch ${(phase1.lateMs / 1000).toFixed(2)} s after its slot` +
        (phase1.missed ? ` (${phase1.missedList.slice(0, 10).join(' ')})` : ''),
    );
    check(phase1.doubles === 0, `0 sources fetched twice in one slot (${phase1.doubles})`);
    check(phase1.missed === 0, `0 slots missed (${phase1.missed})`);
    const p = p99(latencies);
    console.log(
      `  ${changes} changes: every node served the new version within ${p} ms (p99; max ${Math.max(...latencies)} ms)` +
        ` after the first node did; ${lost} not seen everywhere within 30 s`,
    );
    check(lost === 0 && p <= 1000, `every node serves each change within 1 s p99 (${p} ms)`);

    // Byte identity: every feed, every node.
    const paths = ['/feed.rss', '/feed.atom', '/feed.json'];
    for (let i = 0; i < SOURCES; i += 1)
      for (const f of ['rss', 'atom', 'json']) paths.push(`/sources/desk-${i}/feed.${f}`);
    const tags = await (await globalThis.fetch(`${nodes[0].base}/tags`)).json();
    for (const t of tags.slice(0, 20)) paths.push(`/tags/${t.slug}/feed.atom`);
    // A quiet moment: no slot changes content (all answers 304 upstream), so versions hold still.
    let differ = 0;
    let not304 = 0;
    const compare = async (p) => {
      const got = await Promise.all(nodes.map((n) => body(n, p)));
      const prints = new Set(
        got.map((g) => `${g.status} ${g.etag} ${createHash('sha256').update(g.bytes).digest('hex')}`),
      );
      if (prints.size !== 1) differ++;
      for (const [k, n] of nodes.entries()) {
        const other = got[(k + 1) % nodes.length];
        const r = await body(n, p, { 'if-none-match': other.etag });
        if (r.status !== 304) not304++;
      }
    };
    // A few URLs at a time: 600 of them one by one took half a minute of a loaded machine.
    const compareStarted = Date.now();
    for (let k = 0; k < paths.length; k += 8) await Promise.all(paths.slice(k, k + 8).map(compare));
    console.log(
      `  ${paths.length} feed URLs × 3 nodes: ${differ} differ in bytes or ETag; ${not304} cross-node If-None-Match not 304` +
        ` (${((Date.now() - compareStarted) / 1000).toFixed(1)} s)`,
    );
    check(differ === 0, 'same sha256 and ETag for every feed on every node');
    check(not304 === 0, 'an ETag from one node gets 304 from the others');

    // Phase 2: slow upstreams hold fetches; kill the node holding the most.
    const SLOW = 6;
    for (let i = 0; i < SLOW; i++) feeds[i].slowNext = true;
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    let held = [];
    for (let t = 0; t < 200 && !held.length; t++) {
      await sleep(100);
      const { rows } = await db.query(
        `SELECT lease_owner, array_agg(id) AS ids FROM source_claims
         WHERE lease_owner IS NOT NULL AND id = ANY($1) GROUP BY lease_owner ORDER BY count(*) DESC`,
        [feeds.slice(0, SLOW).map((_, i) => `desk-${i}`)],
      );
      if (rows[0] && rows[0].ids.length >= 2) held = rows;
    }
    if (!held.length) throw new Error('no node held slow fetches');
    const owner = held[0].lease_owner;
    const ownerPid = Number(owner.split('/')[1]);
    const pgid = Number(
      execFileSync('ps', ['-o', 'pgid=', '-p', String(ownerPid)])
        .toString()
        .trim(),
    );
    const victim = nodes.find((n) => n.child.pid === pgid);
    if (!victim) throw new Error(`cannot find the node of ingest process ${ownerPid}`);
    const killedAt = Date.now();
    process.kill(-pgid, 'SIGKILL');
    // Everything the dead node held at that moment (slow fetches and whatever else it was running),
    // read twice: a claim its server was still executing when the process died commits after it.
    const heldNow = async () =>
      (await db.query('SELECT id FROM source_claims WHERE lease_owner = $1', [owner])).rows.map((r) => r.id);
    const first = await heldNow();
    await sleep(300);
    const heldIds = [...new Set([...first, ...(await heldNow())])];
    console.log(
      `  killed node :${victim.port} (SIGKILL) while it held ${heldIds.length} fetches ` +
        `(${heldIds.filter((id) => Number(id.slice(5)) < SLOW).length} of them slow upstreams)`,
    );
    const heldIdx = heldIds.map((id) => Number(id.slice('desk-'.length)));
    const takeovers = new Map();
    while (takeovers.size < heldIdx.length && Date.now() - killedAt < LEASE_S * 1000 + 20_000) {
      for (const r of requests)
        if (r.at > killedAt && heldIdx.includes(r.i) && !takeovers.has(r.i))
          takeovers.set(r.i, r.at - killedAt);
      await sleep(200);
    }
    const worst = Math.max(...takeovers.values());
    console.log(
      `  taken over: ${takeovers.size} of ${heldIdx.length}, the last ${(worst / 1000).toFixed(1)} s after the kill (lease ${LEASE_S} s)`,
    );
    check(
      takeovers.size === heldIdx.length && worst <= TAKEOVER_MS,
      `held fetches taken over within ${TAKEOVER_MS / 1000} s (${(worst / 1000).toFixed(1)} s)`,
    );
    // The two surviving nodes run every other source on time meanwhile: watched for a lease's
    // length after the kill however soon the takeover came.
    await sleep(Math.max(0, killedAt + LEASE_S * 1000 - Date.now()));
    const until = Date.now();
    const phase2 = slotFigures(killedAt + 1000, until, new Set([...heldIdx, ...feeds.slice(0, SLOW).keys()]));
    console.log(
      `  phase 2 (two nodes): ${phase2.slots} source-slots, ${phase2.doubles} fetched twice, ${phase2.missed} missed` +
        ` (${phase2.missedList.slice(0, 10).join(' ')}), latest fetch ${(phase2.lateMs / 1000).toFixed(2)} s after its slot`,
    );
    check(
      phase2.doubles === 0 && phase2.missed === 0,
      'after the kill, the others miss no slot and fetch nothing twice',
    );
    const metrics = await (await globalThis.fetch(`${nodes.find((n) => n.alive).base}/metrics`)).text();
    console.log(
      `  /metrics of a surviving node: feedwright_lease_takeovers_total ${/feedwright_lease_takeovers_total (\d+)/.exec(metrics)?.[1]}`,
    );
    await db.end();
  } finally {
    for (const n of nodes) if (n.alive) process.kill(-n.child.pid, 'SIGKILL');
    fixture.close();
    await sleep(500);
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await rm(tmp, { recursive: true, force: true });
  }
  console.log(
    `multinode: ${failures.length ? `${failures.length} check(s) failed` : 'all checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main().catch((err) => {
  console.error(`multinode: failed — ${err?.stack ?? err}`);
  for (const n of nodes) if (n.alive) process.kill(-n.child.pid, 'SIGKILL');
  process.exit(1);
});
