/** Types of runner.mjs for the TypeScript tests. */
export interface FuzzFailure {
  index: number;
  label?: string;
  outcome: 'crash' | 'hang' | 'invalid';
  detail?: string;
}
export interface FuzzResult {
  counts: { cases: number; ok: number; refused: number; crash: number; hang: number; invalid: number };
  failures: FuzzFailure[];
  folder: string | null;
  seconds: number;
  rate: number;
  slowest: { cpuMs: number; ms: number; index: number };
}
export function runFuzz(opts: {
  dist: string;
  /** `shared`: the shared corpus folder (default ../shared); null for the bundled samples alone. */
  seedOptions: { root: string; shared?: string | null; maxPages?: number };
  seed?: number;
  cases?: number;
  start?: number;
  workers?: number;
  timeoutMs?: number;
}): Promise<FuzzResult>;
export function summaryLine(seed: number, r: FuzzResult): string;
