/** One verified subscription, as persisted in `websub.json`. */
export interface Subscription {
  topic: string;
  callback: string;
  /** HMAC key for X-Hub-Signature; null when the subscriber gave none. */
  secret: string | null;
  leaseSeconds: number;
  /** ISO instant after which the subscription is dropped unless renewed. */
  expiresAt: string;
  /** ETag of the feed body last delivered (or current at verification): the change detector. */
  lastEtag: string | null;
}

/** Everything the hub keeps across restarts. */
export interface HubState {
  subscriptions: Subscription[];
  /** External-hub mode: topic URL → ETag last announced with a publish ping. */
  published: Record<string, string>;
}

export const emptyHubState = (): HubState => ({ subscriptions: [], published: {} });

/** A subscriber's request once validated: what the hub will verify. */
export interface IntentRequest {
  mode: 'subscribe' | 'unsubscribe';
  topic: string;
  callback: string;
  secret: string | null;
  leaseSeconds: number;
}

/** Bounds of a lease the hub grants (RFC-style "hub decides"): 5 minutes to 30 days. */
export const MIN_LEASE_SECONDS = 300;
export const MAX_LEASE_SECONDS = 30 * 86_400;

/** Delivery retry policy: attempts in all (first try included) and the first backoff delay. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 60_000, maxDelayMs: 3_600_000 };
