import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log/index.js';
import type { Claim, SourceClaims } from '../store/types.js';
import { FetchError, errorMessage } from '../errors/index.js';
import { backoffDelayMs } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { CronSchedule } from './cron.js';
import type { ScheduledSource } from './scheduler.js';

/** What the claim loop reports, for /metrics. */
export interface ClaimObserver {
  claimed?(lagMs: number, takeover: boolean): void;
}

export interface ClaimSchedulerOptions {
  sources: ScheduledSource[];
  claims: SourceClaims;
  /** Runs one source; a rejection counts as a failure and sets a retry with backoff. */
  run: (id: string) => Promise<unknown>;
  logger: Logger;
  leaseSeconds: number;
  /** Runs at once on this node (default 8): the rest is left to other nodes. */
  concurrency?: number;
  observer?: ClaimObserver;
  clock?: Clock;
}

/** Longest sleep between two looks at the claims table (picks up operator-requested runs). */
const MAX_IDLE_MS = 2_000;
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1));

const later = (a: Date, b: Date): Date => (a > b ? a : b);

/**
 * The slot to run next after the run for `slot`, at `now`: the following cron slot; if that has
 * already passed (the run overran, or the cluster was down), the latest passed slot, so one
 * catch-up run stands for every missed one instead of a burst of them. A run claimed late counts
 * from its claim: slots that passed before it fetched are covered by it (callers pass the later
 * of the slot and the claim time).
 */
export function nextSlot(cron: CronSchedule, slot: Date, now: Date): Date {
  let t = cron.nextAfter(slot);
  let passed: Date | null = null;
  for (let i = 0; t && t <= now && i < 10_000; i++) {
    passed = t;
    t = cron.nextAfter(t);
  }
  return passed ?? t ?? FAR_FUTURE;
}

/**
 * Runs remote sources on a store shared by several nodes: each due source is claimed by exactly
 * one node, which renews its lease while it runs it and then records its next slot (the cron
 * schedule on success, the backoff with Retry-After on failure) — all on the database's clock.
 * A node that dies leaves its leases to lapse; another node then takes the sources over.
 */
export class ClaimScheduler {
  readonly #entries = new Map<string, CronSchedule>();
  readonly #running = new Map<string, Promise<void>>();
  readonly #owner = `${os.hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
  readonly #clock: Clock;
  #timer: unknown = null;
  #looping: Promise<void> | null = null;
  #again = false;
  #stopped = false;

  constructor(private readonly options: ClaimSchedulerOptions) {
    this.#clock = options.clock ?? systemClock;
    for (const s of options.sources) this.#entries.set(s.id, new CronSchedule(s.schedule));
  }

  get owner(): string {
    return this.#owner;
  }

  /** Register the sources (new ones due now with `runNow`, else at their next slot) and start. */
  async start(opts: { runNow?: boolean } = {}): Promise<void> {
    await this.options.claims.register(this.options.sources, (schedule, now) => {
      if (opts.runNow) return now;
      const cron = new CronSchedule(schedule);
      const next = cron.nextAfter(now) ?? FAR_FUTURE;
      cron.dispose();
      return next;
    });
    this.#wake();
  }

  /** An operator asked for a run: make the source due now on every node's view. */
  async trigger(id: string): Promise<void> {
    if (!this.#entries.has(id) || this.#stopped) return;
    await this.options.claims.dueNow(id);
    this.#wake();
  }

  isRunning(id: string): boolean {
    return this.#running.has(id);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) this.#clock.clearTimer(this.#timer);
    await this.#looping;
    await Promise.all(this.#running.values());
    for (const cron of this.#entries.values()) cron.dispose();
  }

  /** Look at the claims now (again, if a look is under way). */
  #wake(): void {
    if (this.#stopped) return;
    if (this.#looping) {
      this.#again = true;
      return;
    }
    if (this.#timer !== null) this.#clock.clearTimer(this.#timer);
    this.#timer = null;
    this.#looping = this.#look().finally(() => {
      this.#looping = null;
      if (this.#again) {
        this.#again = false;
        this.#wake();
      }
    });
  }

  async #look(): Promise<void> {
    let sleepMs = MAX_IDLE_MS;
    try {
      const free = (this.options.concurrency ?? 8) - this.#running.size;
      const idle = [...this.#entries.keys()].filter((id) => !this.#running.has(id));
      const claims = await this.options.claims.claim(idle, free, this.#owner, this.options.leaseSeconds);
      for (const claim of claims) this.#start(claim);
      const due = await this.options.claims.nextDueInMs(idle.filter((id) => !this.#running.has(id)));
      if (due !== null) sleepMs = Math.min(MAX_IDLE_MS, Math.max(due, 0));
      // Every slot busy: the next look comes when a run ends.
      if (this.#running.size >= (this.options.concurrency ?? 8)) sleepMs = MAX_IDLE_MS;
    } catch (err) {
      this.options.logger.warn({ err: errorMessage(err) }, 'cannot claim sources; will try again');
    }
    if (this.#stopped) return;
    this.#timer = this.#clock.setTimer(Math.max(sleepMs, 5), () => {
      this.#timer = null;
      this.#wake();
    });
  }

  #start(claim: Claim): void {
    this.options.observer?.claimed?.(claim.lagMs, claim.takeover);
    if (claim.takeover)
      this.options.logger.warn(
        { source: claim.id, slot: claim.slot.toISOString() },
        'took over a lapsed lease',
      );
    const run = this.#execute(claim).finally(() => {
      this.#running.delete(claim.id);
      this.#wake();
    });
    this.#running.set(claim.id, run);
  }

  async #execute(claim: Claim): Promise<void> {
    const { claims, leaseSeconds, logger } = this.options;
    const cron = this.#entries.get(claim.id);
    if (!cron) return;
    // Renew at a third of the lease: two renewals may fail before another node may take over.
    const renewEvery = (leaseSeconds * 1000) / 3;
    let renewal: unknown = null;
    const renew = (): void => {
      renewal = this.#clock.setTimer(renewEvery, () => {
        claims.renew(claim, leaseSeconds).then(
          (held) =>
            held ? renew() : logger.warn({ source: claim.id }, 'lost the lease of a running source'),
          (err: unknown) => {
            logger.warn({ source: claim.id, err: errorMessage(err) }, 'cannot renew a lease');
            renew();
          },
        );
      });
    };
    renew();
    let failure: unknown = null;
    try {
      await this.options.run(claim.id);
    } catch (err) {
      failure = err;
    } finally {
      if (renewal !== null) this.#clock.clearTimer(renewal);
    }
    const retryAfter = failure instanceof FetchError ? failure.retryAfter : null;
    try {
      const held = await claims.finish(claim, (now, failures) =>
        failure === null
          ? { next: nextSlot(cron, later(claim.slot, claim.claimedAt), now), failures: 0 }
          : {
              next: new Date(now.getTime() + backoffDelayMs(failures + 1, retryAfter)),
              failures: failures + 1,
            },
      );
      if (!held) logger.warn({ source: claim.id }, 'finished a run whose lease another node had taken');
      if (failure !== null)
        logger.warn({ source: claim.id, err: errorMessage(failure) }, 'source run failed; will retry');
    } catch (err) {
      // The lease lapses and another node runs the source again: nothing is lost.
      logger.error({ source: claim.id, err: errorMessage(err) }, 'cannot record the end of a run');
    }
  }
}
