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
/** A document to run as a case: what a fetch would hand the pipeline. */
export interface FuzzDocument {
  label: string;
  bytes: Uint8Array;
  contentType: string | null;
  location: string;
  url: string | null;
}
/** One case's outcome, as `onResult` is told it. */
export interface FuzzCaseResult {
  index: number;
  label?: string;
  outcome: 'ok' | 'refused' | 'crash' | 'hang' | 'invalid';
  detail?: string;
  cpuMs?: number;
  ms?: number;
}
export function runFuzz(opts: {
  dist: string;
  /** `shared`: the shared corpus folder (default ../shared); null for the bundled samples alone. */
  seedOptions?: { root: string; shared?: string | null; maxPages?: number };
  /** Run these documents (indexes from `start`) instead of cases made from the seeds. */
  documents?: FuzzDocument[];
  seed?: number;
  cases?: number;
  start?: number;
  workers?: number;
  timeoutMs?: number;
  /** Told each case's outcome as it ends. */
  onResult?: (r: FuzzCaseResult, counts: FuzzResult['counts']) => void;
}): Promise<FuzzResult>;
export function summaryLine(seed: number, r: FuzzResult): string;
