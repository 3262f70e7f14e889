import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FeedwrightError } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import type { StoreHealth } from '../store/index.js';
import type { AdminActions } from '../http/admin.js';
import type { MetricsSnapshot } from '../http/metrics.js';
import {
  WORKER_OPTIONS_ENV,
  type IngestWorkerOptions,
  type WorkerMessage,
  type WorkerRequest,
} from './ingest-protocol.js';

const WORKER = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));
/** Restart delays after a crash: 1 s, doubling, at most a minute (a crash loop must not spin). */
const restartDelayMs = (crashes: number): number => Math.min(60_000, 1_000 * 2 ** Math.max(0, crashes - 1));

export interface IngestProcessDeps {
  options: IngestWorkerOptions;
  logger: Logger;
  /** A source run finished: the store may have changed. */
  onChanged: () => void;
  /** The ingest process re-read the source definitions. */
  onReloaded: () => Promise<void>;
}

/** Omit applied to each member of a union (a conditional type distributes over its parameter). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = OmitEach<WorkerRequest, 'id'>;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * The front's handle on its ingest process (src/cli/ingest-worker.ts): starts it, forwards the
 * admin actions to it, relays its change notices, and restarts it when it dies.
 */
export class IngestProcess implements AdminActions {
  #child: ChildProcess | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #stopping = false;
  #crashes = 0;
  #restartTimer: NodeJS.Timeout | null = null;
  #storeHealth: StoreHealth | null = null;

  constructor(private readonly deps: IngestProcessDeps) {}

  /** Start it and wait until it is ready; rejects when it fails to start. */
  start(): Promise<void> {
    return this.#spawn(this.deps.options.ingestNow, true);
  }

  /** How the ingest process's writes fared at its last run (null before the first). */
  storeHealth(): StoreHealth | null {
    return this.#storeHealth;
  }

  async ingest(sourceId: string): Promise<void> {
    await this.#request({ type: 'ingest', sourceId });
  }

  /** The ingest process's metrics (none while it restarts). */
  async metrics(): Promise<MetricsSnapshot[]> {
    return [(await this.#request({ type: 'metrics' })) as MetricsSnapshot];
  }

  async setEnabled(sourceId: string, enabled: boolean): Promise<void> {
    await this.#request({ type: 'enable', sourceId, enabled });
  }

  async removeItem(itemId: string): Promise<void> {
    await this.#request({ type: 'remove', itemId });
  }

  async purgeSource(sourceId: string): Promise<{ removed: number }> {
    return (await this.#request({ type: 'purge', sourceId })) as { removed: number };
  }

  async reload(): Promise<{ sources: number }> {
    return (await this.#request({ type: 'reload' })) as { sources: number };
  }

  /** Stop it: SIGTERM, then SIGKILL if it has not exited within `graceMs` (a run may hang). */
  async stop(graceMs = 10_000): Promise<void> {
    this.#stopping = true;
    if (this.#restartTimer) clearTimeout(this.#restartTimer);
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** End it at once (the operator asked twice); never restarted. */
  kill(): void {
    this.#stopping = true;
    if (this.#restartTimer) clearTimeout(this.#restartTimer);
    this.#child?.kill('SIGKILL');
  }

  #request(req: RequestBody): Promise<unknown> {
    const child = this.#child;
    if (!child?.connected) {
      return Promise.reject(
        new FeedwrightError('store', 'the ingest process is restarting; try again shortly'),
      );
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      child.send({ ...req, id } as WorkerRequest);
    });
  }

  #spawn(ingestNow: boolean, initial: boolean): Promise<void> {
    const options: IngestWorkerOptions = { ...this.deps.options, ingestNow };
    const child = fork(WORKER, [], {
      env: { ...process.env, [WORKER_OPTIONS_ENV]: JSON.stringify(options) },
      stdio: 'inherit',
    });
    this.#child = child;
    return new Promise((resolve, reject) => {
      let readyAt: number | null = null;
      child.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') {
          readyAt = Date.now();
          this.deps.logger.info({ pid: child.pid }, 'ingest process ready');
          resolve();
        } else if (m.type === 'changed') {
          this.#storeHealth = m.store;
          this.deps.onChanged();
        } else if (m.type === 'reloaded') void this.deps.onReloaded();
        else if (m.type === 'reply') this.#settle(m);
      });
      child.once('exit', (code, signal) => {
        if (this.#child === child) this.#child = null;
        for (const p of this.#pending.values())
          p.reject(new FeedwrightError('store', 'the ingest process exited'));
        this.#pending.clear();
        const how = signal ?? `code ${code}`;
        // Stopped on purpose while starting (a signal to the front): not a failure to start.
        if (readyAt === null && this.#stopping) resolve();
        else if (readyAt === null)
          reject(new FeedwrightError('config', `the ingest process exited (${how}) while starting`));
        // At start-up that is the serve command's failure; later, feeds stay up and it restarts.
        if (initial && readyAt === null) return;
        // A process that ran for a while before dying is not a crash loop: start counting afresh.
        if (readyAt !== null && Date.now() - readyAt > 60_000) this.#crashes = 0;
        if (!this.#stopping) this.#restart(how);
      });
    });
  }

  #settle(m: Extract<WorkerMessage, { type: 'reply' }>): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    this.#pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new FeedwrightError(m.code, m.message));
  }

  /** A crash of the ingest process: feeds keep being served; it comes back after a delay. */
  #restart(how: string): void {
    this.#crashes++;
    const delayMs = restartDelayMs(this.#crashes);
    this.deps.logger.error({ exit: how, restartInMs: delayMs }, 'ingest process exited; restarting it');
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = null;
      if (this.#stopping) return;
      this.#spawn(false, false).then(
        () => this.deps.logger.info({ crashes: this.#crashes }, 'ingest process restarted'),
        () => undefined, // its exit handler schedules the next attempt
      );
    }, delayMs);
  }
}
