/**
 * The CI version of `npm run fuzz`: the same harness (bench/fuzz/runner.mjs) on a short run of
 * mutated and generated documents through parse → normalise → publish, against the built dist/.
 * Seeded from the bundled samples alone: the project's tests never read the shared corpus, which
 * `npm run fuzz` uses when it is beside the checkout.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFuzz, summaryLine } from '../../bench/fuzz/runner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.FEEDWRIGHT_FUZZ_DIST ?? path.join(ROOT, 'dist');
const CASES = Number(process.env.FEEDWRIGHT_FUZZ_CASES ?? 60);

describe('fuzz (short run)', () => {
  it.runIf(existsSync(path.join(DIST, 'normalise/index.js')))(
    `${CASES} hostile documents: no crash, no hang, every published feed valid`,
    async () => {
      const result = await runFuzz({
        dist: DIST,
        seedOptions: { root: ROOT, shared: null },
        seed: 2026,
        cases: CASES,
      });
      console.log(summaryLine(2026, result));
      const { crash, hang, invalid } = result.counts;
      expect(invalid, `failing inputs in ${result.folder}`).toBe(0);
      expect(crash, `failing inputs in ${result.folder}`).toBe(0);
      expect(hang, `failing inputs in ${result.folder}`).toBe(0);
      expect(result.counts.cases).toBe(CASES);
    },
    180_000,
  );
});
