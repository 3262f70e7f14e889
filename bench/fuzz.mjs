// `npm run fuzz`: mutated corpus documents and generated hostile ones through parse → normalise →
// publish (RSS, Atom, JSON Feed) against dist/. Options: --seed N (1), --cases N (10000),
// --start N (0: first case index, to replay one), --workers N, --timeout MS (2000), --dist DIR.
// Exits 1 on any crash, hang or invalid output, naming the folder the failing inputs were written to.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFuzz, summaryLine } from './fuzz/runner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = {
    seed: 1,
    cases: 10_000,
    start: 0,
    timeoutMs: 2000,
    dist: process.env.FEEDWRIGHT_FUZZ_DIST ?? path.join(ROOT, 'dist'),
  };
  const names = {
    '--seed': 'seed',
    '--cases': 'cases',
    '--start': 'start',
    '--workers': 'workers',
    '--timeout': 'timeoutMs',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--dist' && value) opts.dist = path.resolve(value);
    else if (arg in names && value !== undefined && /^\d+$/.test(value)) opts[names[arg]] = Number(value);
    else throw new Error(`unknown or incomplete option ${arg} (see the top of bench/fuzz.mjs)`);
    i++;
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const every = Math.max(1, Math.floor(opts.cases / 20));
const result = await runFuzz({
  ...opts,
  seedOptions: { root: ROOT },
  onResult: (r, counts) => {
    if (r.outcome === 'crash' || r.outcome === 'hang' || r.outcome === 'invalid')
      console.error(
        `case ${r.index} ${r.label ?? ''}: ${r.outcome}: ${String(r.detail).split('\n').slice(0, 3).join(' | ')}`,
      );
    if (counts.cases % every === 0) process.stderr.write(`… ${counts.cases}/${opts.cases}\n`);
  },
});
console.log(summaryLine(opts.seed, result));
if (result.folder) {
  console.log(`failing inputs written to ${result.folder}`);
  process.exitCode = 1;
}
