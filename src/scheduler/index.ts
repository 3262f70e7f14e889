export { Scheduler, type ScheduledSource, type SchedulerOptions } from './scheduler.js';
export { systemClock, type Clock } from './clock.js';
export { CronSchedule } from './cron.js';
export { backoffDelayMs } from './backoff.js';
export { ClaimScheduler, nextSlot, type ClaimObserver, type ClaimSchedulerOptions } from './claims.js';
