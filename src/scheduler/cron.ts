import cron from 'node-cron';

/** A cron expression that can say when it next fires after a given instant (any clock). */
export class CronSchedule {
  readonly #task;
  readonly #stepMs: number;

  constructor(readonly expression: string) {
    // node-cron parses and matches; the task is never started — our clock decides when to run.
    this.#task = cron.createTask(expression, () => undefined);
    this.#stepMs = expression.trim().split(/\s+/).length >= 6 ? 1000 : 60_000;
  }

  /** The first matching instant strictly after `after`, or null if none within a year. */
  nextAfter(after: Date): Date | null {
    let t = Math.floor(after.getTime() / this.#stepMs) * this.#stepMs + this.#stepMs;
    const limit = after.getTime() + 366 * 86_400_000;
    for (; t <= limit; t += this.#stepMs) {
      if (this.#task.match(new Date(t))) return new Date(t);
    }
    return null;
  }

  dispose(): void {
    void this.#task.destroy();
  }
}
