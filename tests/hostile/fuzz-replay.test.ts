/**
 * The documents full fuzz runs found over the 2 s CPU budget (or crashing), replayed one by one
 * through the same harness as `npm run fuzz`. Each took 2.4 s to forever before its fix and takes
 * 0.1-0.6 s now. The bound is the full run's own budget: a case is made from (seed, index) over
 * the seed documents present, and where the shared corpus is not beside the checkout the same
 * index picks another document from the bundled samples (a 1 MB text dump takes 0.8-1.5 s of CPU
 * as the first case of a cold worker on a busy two-core machine).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../bench/fuzz/runner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const BOUND_MS = 2000;

const CASES: Array<{ seed: number; index: number; what: string }> = [
  { seed: 1, index: 9531, what: 'a 2.3 MB page of 38,785 elements (a menu repeated): refused' },
  { seed: 1, index: 4229, what: 'a 500 KB text dump served as HTML: Readability retried four times' },
  { seed: 2, index: 6181, what: 'text served as HTML with 170,000 quotes, each a text node on re-parsing' },
  { seed: 2, index: 1264, what: 'a page with a 1.3 MB line of no-break spaces' },
  { seed: 2, index: 4510, what: 'a text dump of 208,000 lines (a stack overflow, then seconds): refused' },
  {
    seed: 3,
    index: 1663,
    what: 'a bogus <![CDATA[ comment and a second DOCTYPE: Readability looped forever',
  },
  { seed: 3, index: 5910, what: 'tag soup with a stray DOCTYPE: 8 s in Readability' },
  { seed: 3, index: 8211, what: 'a style attribute of 100,000 characters, split per element: over 10 s' },
  { seed: 3, index: 9041, what: "an 80,000-character lazy srcset: Readability's URL pattern never finished" },
];

describe('fuzz cases once over budget, replayed', () => {
  for (const c of CASES) {
    it.runIf(existsSync(path.join(DIST, 'normalise/index.js')))(
      `seed ${c.seed} case ${c.index}: ${c.what}`,
      async () => {
        const r = await runFuzz({
          dist: DIST,
          seedOptions: { root: ROOT },
          seed: c.seed,
          start: c.index,
          cases: 1,
        });
        expect(r.failures).toEqual([]);
        expect(r.counts.ok + r.counts.refused).toBe(1);
        expect(r.slowest.cpuMs).toBeLessThan(BOUND_MS);
      },
      60_000,
    );
  }
});
