// The fuzz run: a pool of worker processes, one case at a time each, every case under a time
// budget. The budget is CPU time (2 s), so a busy machine does not turn slow-but-bounded cases into
// hangs; a case still running after five budgets of wall-clock time is killed with its worker
// (counted as a hang) and the worker replaced, so a hang is detected and counted, never waited on.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCase } from './cases.mjs';
import { loadSeeds } from './seeds.mjs';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** Start a worker and wait until it has loaded the pipeline and the seeds. */
function spawn(options) {
  return new Promise((resolve, reject) => {
    const w = fork(WORKER, [], {
      // A memory bomb ends the worker (counted as a crash) instead of the run.
      execArgv: [`--max-old-space-size=${options.memoryMb}`],
      env: {
        ...process.env,
        FEEDWRIGHT_FUZZ_WORKER: JSON.stringify({ dist: options.dist, seedOptions: options.seedOptions }),
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // Given documents cross as bytes, not as JSON arrays of numbers.
      serialization: 'advanced',
    });
    let stderr = '';
    w.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    w.lastStderr = () => stderr;
    const fail = (err) =>
      reject(
        err instanceof Error ? err : new Error(`fuzz worker exited with ${err} while starting: ${stderr}`),
      );
    w.once('error', fail);
    w.once('exit', fail);
    w.once('message', (m) => {
      w.off('error', fail);
      w.off('exit', fail);
      if (m.type === 'ready') resolve(w);
      else reject(new Error(`unexpected first message ${m.type}`));
    });
  });
}

/** Stop a worker we started (by its own handle) and wait for it to be gone. */
function stop(w) {
  if (w.exitCode !== null || w.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    w.once('exit', () => resolve());
    w.kill('SIGKILL');
  });
}

/** Send one case; resolve with its result, or a hang/crash (with `kill`) when the worker fails it. */
function runOne(w, seed, index, options) {
  const document = options.documents?.[index - options.start];
  return new Promise((resolve) => {
    let timer = null;
    let label;
    const done = (r) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('exit', onExit);
      resolve(r);
    };
    const onMessage = (m) => {
      // The clock starts once the case's bytes are built: the budget covers normalising and publishing.
      if (m.type === 'start' && m.index === index) {
        label = m.label;
        const wall = options.timeoutMs * options.wallFactor;
        timer = setTimeout(
          () =>
            done({
              index,
              label,
              outcome: 'hang',
              detail: `still running after ${wall} ms`,
              ms: wall,
              kill: true,
            }),
          wall,
        );
      }
      if (m.type === 'result' && m.index === index) {
        const over = m.cpuMs > options.timeoutMs;
        done(
          over
            ? {
                ...m,
                outcome: 'hang',
                detail: `${Math.round(m.cpuMs)} ms of CPU (budget ${options.timeoutMs} ms)`,
              }
            : m,
        );
      }
    };
    const onExit = (code, signal) =>
      done({
        index,
        outcome: 'crash',
        detail: `worker exited (${signal ?? code}): ${w.lastStderr()}`,
        kill: true,
      });
    w.on('message', onMessage);
    w.once('exit', onExit);
    w.send({ seed, index, document });
  });
}

/** Write each failing case's bytes and what went wrong into a fresh temp folder; returns its path. */
function writeFailures(failures, options) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feedwright-fuzz-'));
  const seeds = options.documents ? null : loadSeeds(options.seedOptions);
  for (const f of failures) {
    const doc = options.documents?.[f.index - options.start] ?? makeCase(options.seed, f.index, seeds);
    writeFileSync(path.join(dir, `case-${f.index}.input${path.extname(doc.location)}`), doc.bytes);
    const about = [
      `case ${f.index} (${doc.label}): ${f.outcome}`,
      `location ${doc.location}, content-type ${doc.contentType}, url ${doc.url}`,
      `replay: node bench/fuzz.mjs --seed ${options.seed} --start ${f.index} --cases 1`,
      '',
      f.detail ?? '',
    ].join('\n');
    writeFileSync(path.join(dir, `case-${f.index}.about.txt`), about + '\n');
  }
  return dir;
}

/**
 * Run cases `start` … `start + cases - 1` of the run seeded `seed`, or the `documents` given
 * (each `{ label, bytes, contentType, location, url }`) under the same budget. Returns the counts,
 * the failures (crash, hang, invalid) and, when there are failures, the folder they were written to.
 */
export async function runFuzz(opts) {
  const options = {
    seed: 1,
    cases: 10_000,
    start: 0,
    workers: Math.max(1, Math.min(os.availableParallelism(), 4)),
    timeoutMs: 2000,
    wallFactor: 5,
    memoryMb: 2048,
    onResult: () => {},
    ...opts,
    ...(opts.documents ? { cases: opts.documents.length } : {}),
  };
  const counts = { cases: 0, ok: 0, refused: 0, crash: 0, hang: 0, invalid: 0 };
  const failures = [];
  let slowest = { cpuMs: 0, ms: 0, index: -1 };
  let next = options.start;
  const end = options.start + options.cases;
  const started = performance.now();

  const slot = async () => {
    let w = null;
    while (next < end) {
      const index = next++;
      w ??= await spawn(options);
      const r = await runOne(w, options.seed, index, options);
      if (r.kill) {
        await stop(w);
        w = null;
      }
      counts.cases++;
      counts[r.outcome]++;
      if ((r.cpuMs ?? r.ms ?? 0) > slowest.cpuMs) slowest = { cpuMs: r.cpuMs ?? r.ms, ms: r.ms ?? 0, index };
      if (r.outcome === 'crash' || r.outcome === 'hang' || r.outcome === 'invalid')
        failures.push({ index, label: r.label, outcome: r.outcome, detail: r.detail });
      options.onResult(r, counts);
    }
    if (w) await stop(w);
  };
  await Promise.all(Array.from({ length: options.workers }, slot));

  const seconds = (performance.now() - started) / 1000;
  failures.sort((a, b) => a.index - b.index);
  const folder = failures.length ? writeFailures(failures, options) : null;
  return { counts, failures, folder, seconds, rate: counts.cases / seconds, slowest };
}

/** The one-line summary the CLI prints and the report quotes. */
export const summaryLine = (seed, r) =>
  `fuzz seed ${seed}: ${r.counts.cases} cases, ${r.counts.ok} published, ${r.counts.refused} refusals, ` +
  `${r.counts.crash} crashes, ${r.counts.hang} hangs, ${r.counts.invalid} invalid outputs, ` +
  `${r.rate.toFixed(1)} cases/s (${r.seconds.toFixed(1)} s; slowest case ${r.slowest.index}: ${Math.round(r.slowest.cpuMs)} ms CPU, ${Math.round(r.slowest.ms)} ms wall)`;
