import {
  AggregatorRegistry,
  Counter,
  Histogram,
  Registry,
  type MetricObjectWithValues,
  type MetricValue,
} from 'prom-client';
import type { StoreObserver } from '../store/index.js';
import type { ClaimObserver } from '../scheduler/index.js';

export type MetricsSnapshot = MetricObjectWithValues<MetricValue<string>>[];
export type FeedKind = 'all' | 'tag' | 'source';
export type RunResult = 'ok' | 'not-modified' | 'error';

const SECONDS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 20];

/**
 * The process's Prometheus metrics (prom-client, names prefixed `feedwright_`), one registry per
 * process, built at start-up and passed in. `serve` runs two processes: the HTTP front asks its
 * ingest process for its snapshot and serves both, summed (`renderMetrics`).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #polls = new Counter({
    name: 'feedwright_polls_total',
    help: 'Feed requests answered, by feed kind and status (200, 304)',
    labelNames: ['feed', 'status'] as const,
    registers: [this.registry],
  });
  readonly #render = new Histogram({
    name: 'feedwright_render_seconds',
    help: 'Time to render and compress a feed (a cache miss)',
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly #runs = new Counter({
    name: 'feedwright_source_runs_total',
    help: 'Source runs, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly #fetch = new Histogram({
    name: 'feedwright_fetch_seconds',
    help: 'Time to fetch an upstream document',
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly #items = new Counter({
    name: 'feedwright_items_total',
    help: 'Items seen by source runs: stored (all of them), new, merged into a stored item',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly #claimLag = new Histogram({
    name: 'feedwright_claim_lag_seconds',
    help: 'How late a source was claimed after its slot (database clock)',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 30, 120],
    registers: [this.registry],
  });
  readonly #takeovers = new Counter({
    name: 'feedwright_lease_takeovers_total',
    help: 'Sources claimed after their holder let the lease lapse',
    registers: [this.registry],
  });
  readonly #storeErrors = new Counter({
    name: 'feedwright_store_errors_total',
    help: 'Store operations that failed',
    registers: [this.registry],
  });
  readonly #queries = new Counter({
    name: 'feedwright_store_queries_total',
    help: 'Queries sent to the database store',
    registers: [this.registry],
  });
  /** Pre-bound children: a poll must not pay for label lookups. */
  readonly #pollChildren = new Map<string, { inc: () => void }>();

  poll(feed: FeedKind, status: number): void {
    const key = `${feed} ${status}`;
    let child = this.#pollChildren.get(key);
    if (!child) {
      child = this.#polls.labels(feed, String(status));
      this.#pollChildren.set(key, child);
    }
    child.inc();
  }

  rendered(seconds: number): void {
    this.#render.observe(seconds);
  }

  fetched(seconds: number): void {
    this.#fetch.observe(seconds);
  }

  sourceRun(result: RunResult, counts?: { seen: number; created: number; updated: number }): void {
    this.#runs.labels(result).inc();
    if (!counts) return;
    this.#items.labels('stored').inc(counts.seen);
    this.#items.labels('new').inc(counts.created);
    this.#items.labels('merged').inc(counts.updated);
  }

  /** For the store adapter: each query and failure. */
  readonly store: StoreObserver = {
    query: () => this.#queries.inc(),
    error: () => this.#storeErrors.inc(),
  };

  /** For the claim scheduler: lag of each claim, takeovers. */
  readonly claims: ClaimObserver = {
    claimed: (lagMs, takeover) => {
      this.#claimLag.observe(lagMs / 1000);
      if (takeover) this.#takeovers.inc();
    },
  };

  snapshot(): Promise<MetricsSnapshot> {
    return this.registry.getMetricsAsJSON();
  }
}

/** The feed kind a feed URL names (for the polls counter), without parsing it fully. */
export const feedKind = (url: string): FeedKind =>
  url.startsWith('/tags/') ? 'tag' : url.startsWith('/sources/') ? 'source' : 'all';

/** Prometheus text for several processes' snapshots, counters and histograms summed. */
export async function renderMetrics(
  snapshots: MetricsSnapshot[],
): Promise<{ contentType: string; text: string }> {
  const registry = AggregatorRegistry.aggregate(snapshots);
  return { contentType: registry.contentType, text: await registry.metrics() };
}
