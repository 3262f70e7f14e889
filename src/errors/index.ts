/**
 * The error hierarchy. Every error feedwright raises on purpose is a FeedwrightError with a
 * stable `code`; the HTTP layer maps codes to statuses in one place (src/http/errors.ts) and the
 * CLI prints `message` as its one line.
 */
export class FeedwrightError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad configuration: environment or a source definition. */
export class ConfigError extends FeedwrightError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

/** Bad user input: a CLI argument or a query parameter. */
export class UsageError extends FeedwrightError {
  constructor(message: string) {
    super('usage', message);
  }
}

/** Something asked for does not exist (a source, a tag, an item). */
export class NotFoundError extends FeedwrightError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** A request lacks valid credentials for a protected endpoint. */
export class AuthError extends FeedwrightError {
  constructor(message: string) {
    super('unauthorized', message);
  }
}

/** A client sent too many requests to an expensive endpoint. */
export class RateLimitError extends FeedwrightError {
  readonly retryAfter: number;
  constructor(message: string, retryAfter: number) {
    super('rate_limited', message);
    this.retryAfter = retryAfter;
  }
}

/** A document could not be fetched (network, HTTP status, caps). */
export class FetchError extends FeedwrightError {
  readonly status: number | null;
  /** Seconds the upstream asked us to wait (Retry-After), when it said. */
  readonly retryAfter: number | null;
  constructor(
    message: string,
    options?: { cause?: unknown; status?: number | null; retryAfter?: number | null },
  ) {
    super('fetch', message, options);
    this.status = options?.status ?? null;
    this.retryAfter = options?.retryAfter ?? null;
  }
}

/** A document was fetched but cannot be understood (malformed feed, unknown kind). */
export class ParseError extends FeedwrightError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('parse', message, options);
  }
}

/** The store cannot be read or written. */
export class StoreError extends FeedwrightError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
