/** Retry delays for a failing source: 1, 2, 4 … minutes, capped, never shorter than Retry-After. */
export function backoffDelayMs(consecutiveFailures: number, retryAfterSeconds: number | null = null): number {
  const base = 60_000 * 2 ** Math.max(0, Math.min(consecutiveFailures - 1, 10));
  const capped = Math.min(base, 60 * 60_000);
  return Math.max(capped, (retryAfterSeconds ?? 0) * 1000);
}
