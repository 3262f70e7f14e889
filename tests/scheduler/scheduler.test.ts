import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/errors/index.js';
import { Scheduler, backoffDelayMs, CronSchedule } from '../../src/scheduler/index.js';
import { FakeClock, flushPromises } from '../support/fake-clock.js';
import { silentLogger } from '../support/env.js';

const MIN = 60_000;
const running: Scheduler[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

/** A scheduler on a fake clock that records when each source ran. */
function setup(
  sources: Array<{ id: string; schedule: string }>,
  run: (id: string, at: Date) => Promise<unknown>,
  start = '2026-03-02T12:00:30Z',
) {
  const clock = new FakeClock(start);
  const runs: Array<{ id: string; at: string }> = [];
  const scheduler = new Scheduler({
    sources,
    clock,
    logger: silentLogger(),
    run: (id) => {
      runs.push({ id, at: clock.now().toISOString() });
      return run(id, clock.now());
    },
  });
  running.push(scheduler);
  const times = (id: string): string[] => runs.filter((r) => r.id === id).map((r) => r.at.slice(11, 19));
  return { clock, scheduler, runs, times };
}

describe('Scheduler on its cron schedule', () => {
  it('runs each source when its cron expression matches, and not in between', async () => {
    const { clock, scheduler, times } = setup(
      [
        { id: 'quarter', schedule: '*/15 * * * *' },
        { id: 'hourly', schedule: '0 * * * *' },
      ],
      async () => undefined,
    );
    scheduler.start();
    expect(scheduler.nextRun('quarter')?.toISOString()).toBe('2026-03-02T12:15:00.000Z');
    await clock.advance(14 * MIN);
    expect(times('quarter')).toEqual([]);
    await clock.advanceTo('2026-03-02T13:00:00Z');
    expect(times('quarter')).toEqual(['12:15:00', '12:30:00', '12:45:00', '13:00:00']);
    expect(times('hourly')).toEqual(['13:00:00']);
    expect(scheduler.nextRun('hourly')?.toISOString()).toBe('2026-03-02T14:00:00.000Z');
  });

  it('runs every source at once with runNow, then follows the schedule', async () => {
    const { clock, scheduler, times } = setup([{ id: 'a', schedule: '*/10 * * * *' }], async () => undefined);
    scheduler.start({ runNow: true });
    await flushPromises();
    expect(times('a')).toEqual(['12:00:30']);
    await clock.advanceTo('2026-03-02T12:20:00Z');
    expect(times('a')).toEqual(['12:00:30', '12:10:00', '12:20:00']);
  });

  it('arms no timers after stop()', async () => {
    const { clock, scheduler, times } = setup([{ id: 'a', schedule: '* * * * *' }], async () => undefined);
    scheduler.start();
    await scheduler.stop();
    await clock.advance(10 * MIN);
    expect(times('a')).toEqual([]);
    expect(clock.pending()).toEqual([]);
  });
});

describe('Scheduler when runs fail', () => {
  it('retries after 1, then 2, then 4 minutes, and returns to the schedule after a success', async () => {
    let failing = true;
    const { clock, scheduler, times } = setup([{ id: 'flaky', schedule: '0 * * * *' }], async () => {
      if (failing) throw new Error('upstream down');
    });
    await scheduler.trigger('flaky');
    expect(scheduler.nextRun('flaky')?.toISOString()).toBe('2026-03-02T12:01:30.000Z');
    await clock.advance(1 * MIN);
    expect(scheduler.nextRun('flaky')?.toISOString()).toBe('2026-03-02T12:03:30.000Z');
    await clock.advance(2 * MIN);
    expect(scheduler.nextRun('flaky')?.toISOString()).toBe('2026-03-02T12:07:30.000Z');
    failing = false;
    await clock.advance(4 * MIN);
    expect(times('flaky')).toEqual(['12:00:30', '12:01:30', '12:03:30', '12:07:30']);
    // Success: back on the cron schedule, and the backoff starts again from 1 minute.
    expect(scheduler.nextRun('flaky')?.toISOString()).toBe('2026-03-02T13:00:00.000Z');
    failing = true;
    await clock.advanceTo('2026-03-02T13:00:00Z');
    expect(scheduler.nextRun('flaky')?.toISOString()).toBe('2026-03-02T13:01:00.000Z');
  });

  it('waits as long as Retry-After asks when that is longer than the backoff', async () => {
    const { clock, scheduler, times } = setup([{ id: 'busy', schedule: '0 * * * *' }], async () => {
      throw new FetchError('HTTP 503 from upstream', { status: 503, retryAfter: 600 });
    });
    await scheduler.trigger('busy');
    expect(scheduler.nextRun('busy')?.toISOString()).toBe('2026-03-02T12:10:30.000Z');
    await clock.advance(9 * MIN);
    expect(times('busy')).toEqual(['12:00:30']);
    await clock.advance(1 * MIN);
    expect(times('busy')).toEqual(['12:00:30', '12:10:30']);
  });

  it('keeps running the other sources while one keeps failing', async () => {
    const { clock, scheduler, times } = setup(
      [
        { id: 'broken', schedule: '*/5 * * * *' },
        { id: 'healthy', schedule: '*/5 * * * *' },
      ],
      async (id) => {
        if (id === 'broken') throw new Error('malformed feed');
      },
    );
    scheduler.start();
    await clock.advanceTo('2026-03-02T12:30:00Z');
    expect(times('healthy')).toEqual([
      '12:05:00',
      '12:10:00',
      '12:15:00',
      '12:20:00',
      '12:25:00',
      '12:30:00',
    ]);
    // broken: 12:05 fails → 12:06, → 12:08, → 12:12, → 12:20, → 12:36.
    expect(times('broken')).toEqual(['12:05:00', '12:06:00', '12:08:00', '12:12:00', '12:20:00']);
  });

  it('caps the backoff at one hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n))).toEqual([MIN, 2 * MIN, 4 * MIN, 8 * MIN]);
    expect(backoffDelayMs(30)).toBe(60 * MIN);
    expect(backoffDelayMs(1, 120)).toBe(2 * MIN);
  });
});

describe('Scheduler concurrency', () => {
  it('never runs one source twice at once: a trigger during a run runs once more afterwards', async () => {
    let active = 0;
    let maxActive = 0;
    const finishers: Array<() => void> = [];
    const { scheduler, runs } = setup([{ id: 'slow', schedule: '0 * * * *' }], async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((resolve) => finishers.push(resolve));
      active--;
    });
    const first = scheduler.trigger('slow');
    await flushPromises();
    expect(scheduler.isRunning('slow')).toBe(true);
    void scheduler.trigger('slow');
    void scheduler.trigger('slow');
    await flushPromises();
    expect(runs).toHaveLength(1);
    finishers.shift()?.();
    await first;
    await flushPromises();
    expect(runs).toHaveLength(2);
    finishers.shift()?.();
    await flushPromises();
    expect(runs).toHaveLength(2);
    expect(maxActive).toBe(1);
    expect(scheduler.isRunning('slow')).toBe(false);
  });

  it('ignores unknown ids', async () => {
    const { scheduler, runs } = setup([{ id: 'a', schedule: '0 * * * *' }], async () => undefined);
    await scheduler.trigger('nope');
    expect(runs).toEqual([]);
  });
});

describe('CronSchedule', () => {
  it('finds the next matching minute strictly after an instant', () => {
    const cron = new CronSchedule('*/15 * * * *');
    expect(cron.nextAfter(new Date('2026-03-02T12:15:00Z'))?.toISOString()).toBe('2026-03-02T12:30:00.000Z');
    cron.dispose();
  });
});

describe('CronSchedule next runs (computed, not searched minute by minute)', () => {
  it('finds a once-a-year run at once, and right', () => {
    const cron = new CronSchedule('0 0 1 1 *');
    const started = performance.now();
    const next = cron.nextAfter(new Date('2026-01-01T00:00:30Z'));
    expect(performance.now() - started).toBeLessThan(250);
    cron.dispose();
    // Local time, as cron does: midnight of the first of January next year.
    expect(next?.getTime()).toBe(new Date(2027, 0, 1, 0, 0, 0).getTime());
  });

  it('takes six fields with seconds first', () => {
    const cron = new CronSchedule('*/20 * * * * *');
    expect(cron.nextAfter(new Date('2026-03-02T12:15:00Z'))?.toISOString()).toBe('2026-03-02T12:15:20.000Z');
    cron.dispose();
  });

  it('has no next run for a date that never comes', () => {
    const cron = new CronSchedule('0 0 30 2 *');
    expect(cron.nextAfter(new Date('2026-03-02T12:15:00Z'))).toBeNull();
    cron.dispose();
  });
});
