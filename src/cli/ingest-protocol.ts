import type { StoreHealth } from '../store/index.js';

/**
 * Messages between `feedwright serve` (the HTTP front) and its ingest process over the IPC
 * channel of `child_process.fork`.
 */

/** What the front hands the ingest process at start-up (environment variable, JSON). */
export interface IngestWorkerOptions {
  store?: string;
  sources?: string;
  /** Run the sources at start-up (local ones before `ready`). */
  ingestNow: boolean;
}

export const WORKER_OPTIONS_ENV = 'FEEDWRIGHT_INGEST_WORKER';

/** Front → ingest process: the admin actions. */
export type WorkerRequest =
  | { id: number; type: 'ingest'; sourceId: string }
  | { id: number; type: 'enable'; sourceId: string; enabled: boolean }
  | { id: number; type: 'reload' }
  | { id: number; type: 'remove'; itemId: string }
  | { id: number; type: 'purge'; sourceId: string }
  /** Its metrics snapshot, for the front's /metrics. */
  | { id: number; type: 'metrics' };

/** Ingest process → front. */
export type WorkerMessage =
  /** Started; local sources have been run once when asked to. */
  | { type: 'ready' }
  /** A source run finished: the store may have changed (WebSub hub); how its writes fare. */
  | { type: 'changed'; store: StoreHealth }
  /** Sources were reloaded: the front re-reads them too. */
  | { type: 'reloaded' }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; code: string; message: string };
