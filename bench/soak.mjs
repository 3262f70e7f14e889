// Soak: many feed polls (half conditional, If-None-Match) over many connections against a
// `feedwright serve` child while its sources are re-ingested (the server's scheduler every 2 s and a
// CLI `ingest --all` loop, against local feed files that keep changing). Reports errors, non-2xx/3xx
// answers, requests/s and the server's resident memory before and after (VmRSS from /proc, after a
// settle period and a forced GC: the child runs with --expose-gc).
//
//   node bench/soak.mjs [--polls 100000] [--connections 100]   (after `npm run build`)
//   import { soak } from './soak.mjs'; await soak({ polls, connections })
//
// Env: SOAK_POLLS and SOAK_CONNECTIONS are the defaults for the CLI form (bench/run.mjs may set them).
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, '..', 'dist', 'cli', 'main.js');
const SERVE_CHILD = '--serve-child';
const FEEDS = ['harbour', 'uplands', 'market'];
const PATHS = ['/feed.rss', '/feed.atom', '/feed.json', '/sources/harbour/feed.json'];

/** An RSS feed of 25 stories; `rev` rewrites their text so a re-ingest updates every item. */
function feedXml(name, rev) {
  const items = Array.from(
    { length: 25 },
    (_, i) => `<item><title>${name} report ${i + 1}</title>
<link>https://${name}.example/report/${i + 1}</link><guid>https://${name}.example/report/${i + 1}</guid>
<pubDate>${new Date(Date.UTC(2026, 2, 1, 8, i)).toUTCString()}</pubDate>
<description>Revision ${rev} of report ${i + 1} from ${name}. ${'The council met and agreed. '.repeat(12)}</description></item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title>
<link>https://${name}.example/</link><description>soak</description>${items}</channel></rss>`;
}

async function publish(file, xml) {
  await writeFile(`${file}.tmp`, xml);
  await rename(`${file}.tmp`, file);
}

const rssKb = (pid) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

/** Start the server child; resolves with { child, port, gc() } once it listens. */
function startServer(env) {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_CHILD], {
    env,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const gc = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('gc');
    });
  return new Promise((resolve, reject) => {
    let ingestPid = null;
    createInterface({ input: child.stderr }).on('line', (line) => {
      // serve's ingest process (scheduler and runs) logs its pid when ready, before the front listens.
      if (line.includes('ingest process ready')) ingestPid = JSON.parse(line).pid;
      if (!line.includes('feedwright is serving')) return;
      resolve({ child, port: JSON.parse(line).port, gc, ingestPid: () => ingestPid });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}

/** Resident memory after letting the server settle and collecting garbage twice. */
async function settledRss(server, settleMs) {
  await sleep(settleMs);
  await server.gc();
  await sleep(500);
  await server.gc();
  return rssKb(server.child.pid);
}

/** Run the CLI `ingest --all` over and over until `stop()`; counts runs and failures. */
async function ingestLoop(env, stop) {
  const tally = { runs: 0, failures: 0 };
  while (!stop()) {
    const code = await new Promise((resolve) => {
      const p = spawn(process.execPath, [CLI, 'ingest', '--all'], { env, stdio: 'ignore' });
      p.once('exit', (c) => resolve(c));
    });
    tally.runs++;
    if (code !== 0) tally.failures++;
  }
  return tally;
}

/** Fire `amount` polls; even-numbered ones carry the current ETag of their path. */
async function poll(base, { amount, connections, etags }) {
  let n = 0;
  const requests = [
    {
      method: 'GET',
      setupRequest: (req) => {
        const p = PATHS[n++ % PATHS.length];
        const conditional = n % 2 === 0 && etags.get(p);
        return { ...req, path: p, headers: conditional ? { 'if-none-match': etags.get(p) } : {} };
      },
    },
  ];
  return autocannon({ url: base, connections, amount, requests, timeout: 30 });
}

/** The ETag of one path's uncompressed representation (what autocannon's polls receive). */
const etagOf = (base, p) =>
  new Promise((resolve) => {
    const req = http.get(`${base}${p}`, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.headers.etag ?? null));
    });
    req.once('error', () => resolve(null));
  });

/** Keep the ETag of every polled path current, as a well-behaved poller would. */
async function trackEtags(base, etags, stop) {
  while (!stop()) {
    for (const p of PATHS) {
      const etag = await etagOf(base, p);
      if (etag) etags.set(p, etag);
    }
    await sleep(250);
  }
}

export async function soak({ polls = 100_000, connections = 100, log = console.error } = {}) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'feedwright-soak-'));
  let server = null;
  let stopped = false;
  try {
    const sourcesDir = path.join(tmp, 'sources');
    const feedsDir = path.join(tmp, 'feeds');
    await Promise.all([sourcesDir, feedsDir].map((d) => mkdir(d)));
    const files = FEEDS.map((name) => path.join(feedsDir, `${name}.rss`));
    await Promise.all(FEEDS.map((name, i) => publish(files[i], feedXml(name, 0))));
    const yaml = FEEDS.map(
      (name, i) =>
        `  - { id: ${name}, kind: feed, schedule: "*/2 * * * * *", location: ${JSON.stringify(files[i])} }`,
    );
    await writeFile(path.join(sourcesDir, 'sources.yaml'), ['sources:', ...yaml, ''].join('\n'));
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      FEEDWRIGHT_STORE: path.join(tmp, 'store'),
      FEEDWRIGHT_SOURCES: sourcesDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BASE_URL: 'http://feeds.test',
      LOG_LEVEL: 'info',
    };
    server = await startServer(env);
    const base = `http://127.0.0.1:${server.port}`;
    const etags = new Map();
    const stop = () => stopped;
    const tracker = trackEtags(base, etags, stop);

    // Warm up (JIT, caches, sockets) before measuring the baseline.
    log(`soak: warming up ${base}`);
    await poll(base, { amount: Math.min(10_000, polls), connections, etags });
    const rssBefore = await settledRss(server, 2_000);
    const ingestPid = server.ingestPid();
    const ingestRssBefore = ingestPid ? rssKb(ingestPid) : NaN;

    // Re-ingest while polling: files change every 300 ms; the scheduler and a CLI loop ingest them.
    let rev = 0;
    const changer = (async () => {
      while (!stopped) {
        await sleep(300);
        rev++;
        await publish(files[rev % files.length], feedXml(FEEDS[rev % files.length], rev));
      }
    })();
    const cli = ingestLoop({ ...env, LOG_LEVEL: 'warn' }, stop);
    log(`soak: ${polls} polls over ${connections} connections while re-ingesting`);
    const result = await poll(base, { amount: polls, connections, etags });
    stopped = true;
    const [, cliTally] = await Promise.all([changer, cli, tracker]);
    const rssAfter = await settledRss(server, 3_000);
    // The ingest process is not collected on demand: its figure is indicative.
    const ingestRssAfter = ingestPid ? rssKb(ingestPid) : NaN;

    const figures = {
      polls: result.requests.total,
      connections,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx3xx: result['1xx'] + result['4xx'] + result['5xx'],
      status2xx: result['2xx'],
      status304: result['3xx'],
      requestsPerSecond: Math.round(result.requests.average),
      seconds: Number((result.duration ?? 0).toFixed(1)),
      latencyP99Ms: result.latency.p99,
      cliIngests: cliTally.runs,
      cliIngestFailures: cliTally.failures,
      feedRevisions: rev,
      rssBeforeMb: Number((rssBefore / 1024).toFixed(1)),
      rssAfterMb: Number((rssAfter / 1024).toFixed(1)),
      rssGrowthPct: Number((((rssAfter - rssBefore) / rssBefore) * 100).toFixed(1)),
      ingestRssBeforeMb: Number((ingestRssBefore / 1024).toFixed(1)),
      ingestRssAfterMb: Number((ingestRssAfter / 1024).toFixed(1)),
    };
    figures.ok =
      figures.errors === 0 &&
      figures.timeouts === 0 &&
      figures.non2xx3xx === 0 &&
      figures.cliIngestFailures === 0 &&
      figures.rssGrowthPct <= 10;
    return figures;
  } finally {
    stopped = true;
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Server-child mode: run `feedwright serve` in this process and answer GC requests over IPC. */
async function serveChild() {
  process.on('message', (msg) => {
    if (msg !== 'gc') return;
    globalThis.gc?.();
    process.send?.({ rssKb: rssKb(process.pid) });
  });
  process.argv = [process.argv[0], CLI, 'serve'];
  await import(pathToFileURL(CLI).href);
}

function argValue(name, dflt) {
  const i = process.argv.indexOf(name);
  const n = Number(i >= 0 ? process.argv[i + 1] : dflt);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly && process.argv.includes(SERVE_CHILD)) {
  await serveChild();
} else if (invokedDirectly) {
  const figures = await soak({
    polls: argValue('--polls', process.env.SOAK_POLLS ?? 100_000),
    connections: argValue('--connections', process.env.SOAK_CONNECTIONS ?? 100),
  });
  console.log(JSON.stringify(figures, null, 2));
  if (!figures.ok) process.exitCode = 1;
}
