import { Cron } from 'croner';

/**
 * What is wrong with a cron expression, in words (null: it is valid). Five fields, or six with
 * seconds first; croner's own diagnosis, without its class-name prefix.
 */
export function cronProblem(expression: string): string | null {
  try {
    new Cron(expression, { paused: true }).stop();
    return null;
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).replace(/^CronPattern:\s*/, '');
  }
}

/** A cron expression that can say when it next fires after a given instant (any clock). */
export class CronSchedule {
  // Never started: our own clock decides when to run; croner only computes the next instant,
  // field by field rather than by stepping through every minute.
  readonly #cron: Cron;

  constructor(readonly expression: string) {
    this.#cron = new Cron(expression, { paused: true });
  }

  /** The first matching instant strictly after `after`, or null if there is none. */
  nextAfter(after: Date): Date | null {
    return this.#cron.nextRun(after) ?? null;
  }

  dispose(): void {
    this.#cron.stop();
  }
}
