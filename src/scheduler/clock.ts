/** Time as the scheduler sees it: injectable so tests advance time instead of sleeping. */
export interface Clock {
  now(): Date;
  setTimer(delayMs: number, fn: () => void): unknown;
  clearTimer(handle: unknown): void;
}

/** Longest delay setTimeout accepts; longer waits are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (delayMs, fn) => {
    const t = setTimeout(fn, Math.min(Math.max(0, delayMs), MAX_TIMER_MS));
    t.unref();
    return t;
  },
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
