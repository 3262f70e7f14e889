import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config, SourceDef } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { Store } from '../store/index.js';
import { systemClock, type Clock } from '../scheduler/clock.js';
import { FEED_CONTENT_TYPES } from '../publish/index.js';
import { AddressPolicy } from '../ingest/address-policy.js';
import { FeedCache, FEED_FORMATS, type FeedQuery } from '../http/feed-cache.js';
import { matchFeedPath } from '../http/feed-handler.js';
import { publishedFeeds } from '../http/opml.js';
import { NotFoundError, errorMessage } from '../errors/index.js';
import { distribute, publishPing, verifyIntent, type Content, type HubHttp } from './http.js';
import { hubPersistence, type HubPersistence } from './persist.js';
import { parseIntentRequest } from './request.js';
import { newChallenge } from './signature.js';
import {
  DEFAULT_RETRY,
  type HubState,
  type IntentRequest,
  type RetryPolicy,
  type Subscription,
} from './types.js';

export interface WebSubDeps {
  config: Config;
  store: Store;
  sources: SourceDef[];
  logger: Logger;
  /** Share the server's feed cache so a change is rendered once; a private one otherwise. */
  cache?: FeedCache;
  /** Retry timers and lease expiry run on this clock (tests advance a fake one). */
  clock?: Clock;
  fetchImpl?: typeof fetch;
  /** Which callback addresses may be called; default: public ones plus FEEDWRIGHT_FETCH_ALLOW. */
  policy?: AddressPolicy;
  retry?: Partial<RetryPolicy>;
  /** Where subscriptions persist; default `<store>/websub.json`. */
  stateFile?: string;
}

/** Something to send, possibly again: a feed body to one subscriber, or a ping to an external hub. */
type Job =
  | { kind: 'content'; topic: string; callback: string; content: Content }
  | { kind: 'publish'; topic: string; etag: string };

interface Pending {
  job: Job;
  attempt: number;
  timer: unknown;
}

const MAX_REQUEST_BYTES = 64 * 1024;
const jobKey = (job: Job): string => `${job.kind} ${job.topic} ${job.kind === 'content' ? job.callback : ''}`;
const jobEtag = (job: Job): string => (job.kind === 'content' ? job.content.etag : job.etag);
const isSuccess = (status: number | null): boolean => status !== null && status >= 200 && status < 300;

/** The request body, or null when it is larger than `max` bytes. */
async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reply(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = `${message}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * The WebSub hub (W3C Recommendation). Built-in mode: accepts subscriptions at POST /websub,
 * verifies intent, keeps leases, and pushes each changed feed to its subscribers, signed when
 * they gave a secret. External mode: only pings the configured hub when a feed changes.
 * Deliveries that fail are retried with exponential backoff on the injected clock.
 */
export class WebSubHub {
  readonly #config: Config;
  readonly #store: Store;
  readonly #sources: SourceDef[];
  readonly #logger: Logger;
  readonly #cache: FeedCache;
  readonly #clock: Clock;
  readonly #http: HubHttp;
  readonly #retry: RetryPolicy;
  readonly #persistence: HubPersistence;
  readonly #state: HubState;
  readonly #queue = new Map<string, Pending>();
  readonly #inflight = new Set<Promise<void>>();
  #saving: Promise<void> = Promise.resolve();
  #notifying: Promise<void> = Promise.resolve();
  #seenVersion: string | null = null;
  #closed = false;

  private constructor(deps: WebSubDeps, state: HubState, persistence: HubPersistence) {
    this.#config = deps.config;
    this.#store = deps.store;
    this.#sources = deps.sources;
    this.#logger = deps.logger;
    this.#cache = deps.cache ?? new FeedCache(deps.store, deps.config, deps.sources);
    this.#clock = deps.clock ?? systemClock;
    this.#http = {
      fetchImpl: deps.fetchImpl ?? fetch,
      timeoutMs: deps.config.fetch.timeoutMs,
      userAgent: deps.config.fetch.userAgent,
      policy: deps.policy ?? new AddressPolicy(deps.config.fetch.allow),
    };
    this.#retry = { ...DEFAULT_RETRY, ...deps.retry };
    this.#persistence = persistence;
    this.#state = state;
  }

  /** Load saved subscriptions (store/websub.json, or a shared store's tables) and start a hub. */
  static async open(deps: WebSubDeps): Promise<WebSubHub> {
    const persistence = hubPersistence(deps.config.storeDir, deps.store.websub, deps.stateFile);
    return new WebSubHub(deps, await persistence.load(), persistence);
  }

  /** Whether this process is the hub (false when an external hub is configured). */
  get builtIn(): boolean {
    return !this.#config.websub.external;
  }

  /** Current subscriptions whose lease has not run out (copies). */
  subscriptions(): Subscription[] {
    this.#dropExpired();
    return this.#state.subscriptions.map((s) => ({ ...s }));
  }

  /** The POST /websub endpoint: answers 202 and verifies intent in the background, or 4xx. */
  handleRequest(req: IncomingMessage, res: ServerResponse): void {
    this.#track(
      this.#handle(req, res).catch((err: unknown) => {
        this.#logger.error({ err: errorMessage(err) }, 'websub request failed');
        if (!res.headersSent) reply(res, 500, 'internal error');
      }),
    );
  }

  /**
   * Call after every ingest run: when the store changed, re-render the feeds that matter and
   * push (or announce) those whose bytes differ from what was last sent. Never throws.
   */
  notifyChanged(): Promise<void> {
    const run = this.#notifying.then(() =>
      this.#detectChanges().catch((err: unknown) =>
        this.#logger.warn({ err: errorMessage(err) }, 'websub change detection failed'),
      ),
    );
    this.#notifying = run;
    return run;
  }

  /** Resolves once no verification, delivery attempt or save is running (armed retries may remain). */
  async settled(): Promise<void> {
    await this.#notifying;
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
    await this.#saving;
  }

  /** Stop retrying and wait for what is running. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.values()) if (p.timer !== undefined) this.#clock.clearTimer(p.timer);
    this.#queue.clear();
    await this.settled();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.builtIn) {
      reply(res, 404, `this service uses the hub at ${this.#config.websub.hubUrl}`);
      return;
    }
    if (req.method !== 'POST') {
      reply(res, 405, 'the hub accepts POST only', { Allow: 'POST' });
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      reply(res, 400, 'hub requests must be application/x-www-form-urlencoded');
      return;
    }
    const raw = await readBody(req, MAX_REQUEST_BYTES);
    if (raw === null) {
      reply(res, 413, 'request body too large');
      return;
    }
    const parsed = parseIntentRequest(new URLSearchParams(raw), {
      isTopic: (t) => this.#topicQuery(t) !== null,
      defaultLeaseSeconds: this.#config.websub.leaseSeconds,
    });
    if (!parsed.ok) {
      reply(res, 400, parsed.error);
      return;
    }
    // A tag or source that does not exist yet has no feed to subscribe to.
    if (parsed.value.mode === 'subscribe' && !(await this.#render(parsed.value.topic))) {
      reply(res, 400, `hub.topic is not a feed published here: ${parsed.value.topic}`);
      return;
    }
    reply(res, 202, 'accepted: verification of intent pending');
    this.#track(this.#verify(parsed.value));
  }

  async #verify(intent: IntentRequest): Promise<void> {
    const confirmed = await verifyIntent(this.#http, intent, newChallenge());
    const log = { mode: intent.mode, topic: intent.topic, callback: intent.callback };
    if (this.#closed) return;
    if (!confirmed) {
      this.#logger.info(log, 'websub intent not confirmed by subscriber');
      return;
    }
    const others = this.#state.subscriptions.filter(
      (s) => !(s.topic === intent.topic && s.callback === intent.callback),
    );
    const existing = this.#state.subscriptions.find(
      (s) => s.topic === intent.topic && s.callback === intent.callback,
    );
    if (intent.mode === 'unsubscribe') {
      this.#state.subscriptions = others;
      this.#cancel({ kind: 'content', topic: intent.topic, callback: intent.callback });
    } else {
      // A new subscriber starts from the current content; a renewal keeps its delivery position.
      const current = existing ? null : await this.#render(intent.topic);
      const expiresAt = new Date(this.#clock.now().getTime() + intent.leaseSeconds * 1000).toISOString();
      this.#state.subscriptions = [
        ...others,
        {
          topic: intent.topic,
          callback: intent.callback,
          secret: intent.secret,
          leaseSeconds: intent.leaseSeconds,
          expiresAt,
          lastEtag: existing ? existing.lastEtag : (current?.etag ?? null),
        },
      ];
    }
    this.#logger.info(log, 'websub intent verified');
    this.#save();
  }

  async #detectChanges(): Promise<void> {
    const version = await this.#store.version();
    if (version === this.#seenVersion || this.#closed) return;
    this.#seenVersion = version;
    if (!this.builtIn) {
      await this.#announce();
      return;
    }
    // Other nodes may have taken subscriptions: deliver to everyone the shared store knows.
    if (this.#persistence.shared) {
      await this.#saving; // this node's own changes first
      Object.assign(this.#state, await this.#persistence.load());
    }
    this.#dropExpired();
    const topics = [...new Set(this.#state.subscriptions.map((s) => s.topic))];
    for (const topic of topics) {
      const content = await this.#render(topic);
      if (!content) continue;
      for (const sub of this.#state.subscriptions) {
        if (sub.topic !== topic || sub.lastEtag === content.etag) continue;
        // On a shared store, one node delivers each change.
        if (!(await this.#persistence.claimDelivery(topic, sub.callback, content.etag))) continue;
        this.#enqueue({ kind: 'content', topic, callback: sub.callback, content });
      }
    }
  }

  /** External hub: ping it for every published feed whose bytes changed since the last ping. */
  async #announce(): Promise<void> {
    const feeds = publishedFeeds(this.#config, await this.#store.listTags(), this.#sources);
    for (const feed of feeds) {
      for (const format of FEED_FORMATS) {
        const topic = feed.urls[format];
        const content = await this.#render(topic);
        if (content && this.#state.published[topic] !== content.etag)
          this.#enqueue({ kind: 'publish', topic, etag: content.etag });
      }
    }
  }

  /** Queue a job, replacing an older one for the same target (a newer body supersedes it). */
  #enqueue(job: Job): void {
    const key = jobKey(job);
    const existing = this.#queue.get(key);
    if (existing && jobEtag(existing.job) === jobEtag(job)) return;
    if (existing?.timer !== undefined) this.#clock.clearTimer(existing.timer);
    const pending: Pending = { job, attempt: 0, timer: undefined };
    this.#queue.set(key, pending);
    this.#track(this.#attempt(key, pending));
  }

  #cancel(job: Pick<Job, 'kind' | 'topic'> & { callback: string }): void {
    const key = `${job.kind} ${job.topic} ${job.callback}`;
    const pending = this.#queue.get(key);
    if (pending?.timer !== undefined) this.#clock.clearTimer(pending.timer);
    this.#queue.delete(key);
  }

  async #attempt(key: string, pending: Pending): Promise<void> {
    pending.timer = undefined;
    pending.attempt += 1;
    const { job } = pending;
    let status: number | null;
    if (job.kind === 'content') {
      const sub = this.#findLive(job.topic, job.callback);
      if (!sub) {
        this.#queue.delete(key); // unsubscribed or expired meanwhile
        return;
      }
      status = await distribute(this.#http, sub, this.#config.websub.hubUrl, job.content);
    } else {
      status = await publishPing(this.#http, this.#config.websub.hubUrl, job.topic);
    }
    if (this.#queue.get(key) !== pending) return; // superseded by newer content or closed
    const log = { kind: job.kind, topic: job.topic, status, attempt: pending.attempt };
    if (isSuccess(status)) {
      this.#queue.delete(key);
      this.#delivered(job);
      this.#logger.debug(log, 'websub delivery done');
    } else if (job.kind === 'content' && status === 410) {
      // 410 Gone: the subscriber asks to be removed.
      this.#queue.delete(key);
      this.#state.subscriptions = this.#state.subscriptions.filter(
        (s) => !(s.topic === job.topic && s.callback === job.callback),
      );
      this.#save();
    } else if (pending.attempt < this.#retry.attempts && !this.#closed) {
      const delay = Math.min(this.#retry.maxDelayMs, this.#retry.baseDelayMs * 2 ** (pending.attempt - 1));
      this.#logger.info({ ...log, retryInMs: delay }, 'websub delivery failed; will retry');
      pending.timer = this.#clock.setTimer(delay, () => this.#track(this.#attempt(key, pending)));
    } else {
      this.#queue.delete(key);
      this.#logger.warn(log, 'websub delivery failed; giving up until the feed changes again');
    }
  }

  #delivered(job: Job): void {
    if (job.kind === 'publish') this.#state.published[job.topic] = job.etag;
    else {
      const sub = this.#state.subscriptions.find((s) => s.topic === job.topic && s.callback === job.callback);
      if (sub) sub.lastEtag = job.content.etag;
    }
    this.#save();
  }

  #findLive(topic: string, callback: string): Subscription | undefined {
    const now = this.#clock.now().toISOString();
    return this.#state.subscriptions.find(
      (s) => s.topic === topic && s.callback === callback && s.expiresAt > now,
    );
  }

  /** Leases that ran out end the subscription (the subscriber should have renewed). */
  #dropExpired(): void {
    const now = this.#clock.now().toISOString();
    const live = this.#state.subscriptions.filter((s) => s.expiresAt > now);
    if (live.length === this.#state.subscriptions.length) return;
    this.#state.subscriptions = live;
    this.#save();
  }

  /** The feed a topic URL names: our base URL, a feed path, no query (pages are not topics). */
  #topicQuery(topic: string): { path: string; query: FeedQuery } | null {
    const base = this.#config.baseUrl;
    if (!topic.startsWith(`${base}/`)) return null;
    const path = topic.slice(base.length);
    if (/[?#]/.test(path)) return null;
    const match = matchFeedPath(path);
    if (!match) return null;
    return { path, query: { ...match, limit: this.#config.feeds.defaultLimit, explicitLimit: false } };
  }

  /** The topic's current body as any poller would get it (identity coding), or null if none. */
  async #render(topic: string): Promise<Content | null> {
    const target = this.#topicQuery(topic);
    if (!target) return null;
    try {
      const feed = await this.#cache.get(target.query);
      const rep = feed.representations.identity;
      return { body: rep.body, etag: rep.etag, contentType: FEED_CONTENT_TYPES[target.query.format] };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  /** Saves run one after another, each writing the state as it is then. */
  #save(): void {
    this.#saving = this.#saving
      .then(() => this.#persistence.save(this.#state))
      .catch((err: unknown) => this.#logger.error({ err: errorMessage(err) }, 'cannot save websub state'));
  }

  #track(work: Promise<void>): void {
    const tracked = work
      .catch((err: unknown) => this.#logger.error({ err: errorMessage(err) }, 'websub task failed'))
      .finally(() => this.#inflight.delete(tracked));
    this.#inflight.add(tracked);
  }
}
