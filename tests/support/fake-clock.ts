import type { Clock } from '../../src/scheduler/clock.js';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/** Let every already-settled promise chain run (several macrotask turns, no real waiting). */
export async function flushPromises(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A clock for the scheduler that only moves when told to: `advance(ms)` fires the due timers in
 * time order (each at its own instant) and lets the promises they start settle in between.
 */
export class FakeClock implements Clock {
  #now: number;
  #nextId = 1;
  #timers: Timer[] = [];

  constructor(start: string | Date) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  setTimer(delayMs: number, fn: () => void): unknown {
    const timer = { id: this.#nextId++, at: this.#now + Math.max(0, delayMs), fn };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimer(handle: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle);
  }

  /** Instants at which timers are armed, earliest first (ISO). */
  pending(): string[] {
    return [...this.#timers].sort((a, b) => a.at - b.at).map((t) => new Date(t.at).toISOString());
  }

  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await flushPromises();
    for (;;) {
      const due = this.#timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = due.at;
      due.fn();
      await flushPromises();
    }
    this.#now = end;
    await flushPromises();
  }

  /** Advance to an ISO instant. */
  advanceTo(iso: string): Promise<void> {
    return this.advance(new Date(iso).getTime() - this.#now);
  }
}
