// A fuzz worker process: loads the built pipeline once, then runs the cases it is sent, one at a
// time, reporting each one's outcome with its wall-clock and CPU time.
import { loadLib, runCase } from './check.mjs';
import { performance } from 'node:perf_hooks';
import { makeCase } from './cases.mjs';
import { loadSeeds } from './seeds.mjs';

const { dist, seedOptions } = JSON.parse(process.env.FEEDWRIGHT_FUZZ_WORKER ?? '{}');
const lib = await loadLib(dist);
// Cases are built here from (seed, index): nothing big crosses the process boundary, except the
// documents a replay gives (which need no seeds).
const seeds = seedOptions ? loadSeeds(seedOptions) : null;
process.on('message', async ({ seed, index, document }) => {
  const doc = document ? { ...document, bytes: Buffer.from(document.bytes) } : makeCase(seed, index, seeds);
  process.send({ type: 'start', index, label: doc.label });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await runCase(lib, doc);
  const used = process.cpuUsage(cpu);
  // The budget covers parse → normalise → publish, not the harness's validation of the output.
  const cpuMs = (used.user + used.system) / 1000 - (result.checkCpuMs ?? 0);
  process.send({
    type: 'result',
    index,
    label: doc.label,
    ms: performance.now() - started,
    cpuMs,
    ...result,
  });
});
process.send({ type: 'ready' });
