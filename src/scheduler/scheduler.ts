import type { Logger } from '../log/index.js';
import { FetchError, errorMessage } from '../errors/index.js';
import { backoffDelayMs } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { CronSchedule } from './cron.js';

export interface ScheduledSource {
  id: string;
  schedule: string;
}

export interface SchedulerOptions {
  sources: ScheduledSource[];
  /** Runs one source; a rejection counts as a failure and schedules a retry with backoff. */
  run: (id: string) => Promise<unknown>;
  logger: Logger;
  clock?: Clock;
}

interface Entry {
  id: string;
  cron: CronSchedule;
  timer: unknown;
  nextRun: Date | null;
  running: Promise<void> | null;
  /** A run was asked for while one was running: run once more right after. */
  pending: boolean;
  failures: number;
}

/**
 * Runs each source on its cron schedule. At most one run per source at a time; a failing source
 * is retried with exponential backoff (respecting Retry-After) and never affects the others.
 */
export class Scheduler {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: Clock;
  readonly #run: (id: string) => Promise<unknown>;
  readonly #logger: Logger;
  #stopped = false;

  constructor(options: SchedulerOptions) {
    this.#clock = options.clock ?? systemClock;
    this.#run = options.run;
    this.#logger = options.logger;
    for (const s of options.sources) {
      this.#entries.set(s.id, {
        id: s.id,
        cron: new CronSchedule(s.schedule),
        timer: null,
        nextRun: null,
        running: null,
        pending: false,
        failures: 0,
      });
    }
  }

  /** Arm every source's timer; with `runNow`, run each source once immediately. */
  start(opts: { runNow?: boolean } = {}): void {
    for (const entry of this.#entries.values()) {
      if (opts.runNow) void this.trigger(entry.id);
      else this.#plan(entry, this.#nextCronRun(entry));
    }
  }

  /** Run a source now (or right after its current run); resolves when that run has finished. */
  trigger(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry || this.#stopped) return Promise.resolve();
    if (entry.running) {
      entry.pending = true;
      return entry.running;
    }
    this.#clearTimer(entry);
    entry.running = this.#execute(entry).finally(() => {
      entry.running = null;
      if (entry.pending && !this.#stopped) {
        entry.pending = false;
        void this.trigger(id);
      }
    });
    return entry.running;
  }

  nextRun(id: string): Date | null {
    return this.#entries.get(id)?.nextRun ?? null;
  }

  isRunning(id: string): boolean {
    return !!this.#entries.get(id)?.running;
  }

  /** Stop arming timers and wait for runs in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const entry of this.#entries.values()) {
      this.#clearTimer(entry);
      entry.cron.dispose();
    }
    await Promise.all([...this.#entries.values()].map((e) => e.running).filter(Boolean));
  }

  async #execute(entry: Entry): Promise<void> {
    const started = this.#clock.now();
    try {
      await this.#run(entry.id);
      entry.failures = 0;
      if (!this.#stopped) this.#plan(entry, this.#nextCronRun(entry));
    } catch (err) {
      entry.failures++;
      const retryAfter = err instanceof FetchError ? err.retryAfter : null;
      const delay = backoffDelayMs(entry.failures, retryAfter);
      const retryAt = new Date(this.#clock.now().getTime() + delay);
      this.#logger.warn(
        {
          source: entry.id,
          failures: entry.failures,
          retryAt: retryAt.toISOString(),
          err: errorMessage(err),
        },
        'source run failed; will retry',
      );
      if (!this.#stopped) this.#plan(entry, retryAt);
    } finally {
      this.#logger.debug(
        { source: entry.id, ms: this.#clock.now().getTime() - started.getTime() },
        'source run ended',
      );
    }
  }

  #nextCronRun(entry: Entry): Date | null {
    return entry.cron.nextAfter(this.#clock.now());
  }

  #plan(entry: Entry, at: Date | null): void {
    this.#clearTimer(entry);
    entry.nextRun = at;
    if (!at) return;
    const delay = at.getTime() - this.#clock.now().getTime();
    entry.timer = this.#clock.setTimer(delay, () => {
      entry.timer = null;
      void this.trigger(entry.id);
    });
  }

  #clearTimer(entry: Entry): void {
    if (entry.timer !== null) this.#clock.clearTimer(entry.timer);
    entry.timer = null;
  }
}
