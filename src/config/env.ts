import { z } from 'zod';
import path from 'node:path';
import { ConfigError } from '../errors/index.js';
import { AddressPolicy } from '../ingest/address-policy.js';
import { describeProblem } from './issues.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Environment variables feedwright reads, with their defaults. Read and validated once at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  FEEDWRIGHT_STORE: z.string().min(1).default('store'),
  FEEDWRIGHT_SOURCES: z.string().min(1).default('feeds'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Largest number of items a feed request may ask for with ?limit=. */
  FEEDWRIGHT_MAX_LIMIT: z.coerce.number().int().min(1).max(1000).default(100),
  /** Items per feed when ?limit= is not given. */
  FEEDWRIGHT_DEFAULT_LIMIT: z.coerce.number().int().min(1).max(1000).default(50),
  /** Retention: keep at most this many items (0 = no limit). */
  FEEDWRIGHT_RETAIN_ITEMS: z.coerce.number().int().min(0).default(5000),
  /** Retention: drop items older than this many days (0 = keep forever). */
  FEEDWRIGHT_RETAIN_DAYS: z.coerce.number().int().min(0).default(0),
  FEEDWRIGHT_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  FEEDWRIGHT_FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  FEEDWRIGHT_FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** Address ranges (CIDR, comma-separated) fetches may reach although they are not public. */
  FEEDWRIGHT_FETCH_ALLOW: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every((c) => AddressPolicy.validateCidr(c)),
      'must be comma-separated CIDR ranges',
    ),
  /** Caps on what one upstream document may put in the store. */
  FEEDWRIGHT_MAX_ITEMS_PER_FEED: z.coerce.number().int().min(1).default(500),
  FEEDWRIGHT_MAX_FIELD_CHARS: z.coerce.number().int().min(100).default(2000),
  FEEDWRIGHT_MAX_CONTENT_CHARS: z.coerce.number().int().min(1000).default(500_000),
  /** Bearer token for the state-changing admin endpoints; without it they are off. */
  FEEDWRIGHT_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Requests per minute one client may make to expensive endpoints (pages, admin, WebSub). */
  FEEDWRIGHT_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  FEEDWRIGHT_SITE_TITLE: z.string().min(1).default('feedwright'),
  FEEDWRIGHT_LANGUAGE: z.string().min(2).default('en'),
  /** An external WebSub hub to advertise and ping instead of the built-in one at /websub. */
  FEEDWRIGHT_WEBSUB_HUB: z.url({ protocol: /^https?$/ }).optional(),
  /** WebSub lease when a subscriber asks for none (10 days); requests are bounded to 5 min–30 days. */
  FEEDWRIGHT_WEBSUB_LEASE_SECONDS: z.coerce.number().int().min(300).max(2_592_000).default(864_000),
  /** A PostgreSQL database for the store (several nodes share it) instead of the folder. */
  FEEDWRIGHT_DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\/\S+$/i, 'must be a postgres:// (or postgresql://) URL')
    .optional(),
  /** How long a node holds a claimed source without renewing it before another node may take it. */
  FEEDWRIGHT_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute base URL without a trailing slash, used for self links and permalinks. */
  baseUrl: string;
  storeDir: string;
  /** The PostgreSQL store's URL; null: the embedded store in `storeDir`. */
  databaseUrl: string | null;
  /** Source claims on a database: lease length in seconds. */
  leaseSeconds: number;
  sourcesDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  feeds: { defaultLimit: number; maxLimit: number; siteTitle: string; language: string };
  retention: { maxItems: number; maxAgeDays: number };
  limits: { maxItems: number; maxFieldChars: number; maxContentChars: number };
  admin: { token: string | null; rateLimitPerMinute: number };
  fetch: { timeoutMs: number; maxBytes: number; maxRedirects: number; userAgent: string; allow: string[] };
  /** WebSub: the hub feeds advertise (external, or the built-in `${baseUrl}/websub`). */
  websub: { hubUrl: string; external: boolean; leaseSeconds: number };
}

export const USER_AGENT = 'feedwright/0.1 (+https://github.com/feedwright/feedwright)';

/**
 * Build the config from an environment (process.env at start-up; a plain object in tests).
 * `flags` names the command-line flag that supplied a variable, so a message blames the flag.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
  flags: Record<string, string> = {},
): Config {
  // Empty strings mean "unset": docker-compose passes `FOO=` for unset variables.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const where = (key: string): string => flags[key] ?? `environment variable ${key}`;
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '?');
    throw new ConfigError(`${where(key)}: ${issue ? describeProblem(issue, cleaned[key]) : 'invalid'}`);
  }
  const e = parsed.data;
  if (e.FEEDWRIGHT_DEFAULT_LIMIT > e.FEEDWRIGHT_MAX_LIMIT) {
    throw new ConfigError(
      `${where('FEEDWRIGHT_DEFAULT_LIMIT')}: expected at most FEEDWRIGHT_MAX_LIMIT (${e.FEEDWRIGHT_MAX_LIMIT}), got ${e.FEEDWRIGHT_DEFAULT_LIMIT}`,
    );
  }
  const host = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  const baseUrl = (e.BASE_URL ?? `http://${host}:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    storeDir: path.resolve(cwd, e.FEEDWRIGHT_STORE),
    databaseUrl: e.FEEDWRIGHT_DATABASE_URL ?? null,
    leaseSeconds: e.FEEDWRIGHT_LEASE_SECONDS,
    sourcesDir: path.resolve(cwd, e.FEEDWRIGHT_SOURCES),
    logLevel: e.LOG_LEVEL,
    feeds: {
      defaultLimit: e.FEEDWRIGHT_DEFAULT_LIMIT,
      maxLimit: e.FEEDWRIGHT_MAX_LIMIT,
      siteTitle: e.FEEDWRIGHT_SITE_TITLE,
      language: e.FEEDWRIGHT_LANGUAGE,
    },
    retention: { maxItems: e.FEEDWRIGHT_RETAIN_ITEMS, maxAgeDays: e.FEEDWRIGHT_RETAIN_DAYS },
    admin: { token: e.FEEDWRIGHT_ADMIN_TOKEN ?? null, rateLimitPerMinute: e.FEEDWRIGHT_RATE_LIMIT },
    limits: {
      maxItems: e.FEEDWRIGHT_MAX_ITEMS_PER_FEED,
      maxFieldChars: e.FEEDWRIGHT_MAX_FIELD_CHARS,
      maxContentChars: e.FEEDWRIGHT_MAX_CONTENT_CHARS,
    },
    fetch: {
      timeoutMs: e.FEEDWRIGHT_FETCH_TIMEOUT_MS,
      maxBytes: e.FEEDWRIGHT_FETCH_MAX_BYTES,
      maxRedirects: e.FEEDWRIGHT_FETCH_MAX_REDIRECTS,
      userAgent: USER_AGENT,
      allow: e.FEEDWRIGHT_FETCH_ALLOW,
    },
    websub: {
      hubUrl: e.FEEDWRIGHT_WEBSUB_HUB ?? `${baseUrl}/websub`,
      external: e.FEEDWRIGHT_WEBSUB_HUB !== undefined,
      leaseSeconds: e.FEEDWRIGHT_WEBSUB_LEASE_SECONDS,
    },
  };
}
