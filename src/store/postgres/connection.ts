import pg from 'pg';
import { StoreError, errorMessage } from '../../errors/index.js';

/** A database URL as logs and errors may show it: no password. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/**
 * The schema a URL puts the store in: `?options=-c search_path=NAME` keeps several stores in one
 * database (each migrated into its own schema); `public` otherwise.
 */
export function schemaOf(url: string): string {
  let options: string | null = null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return 'public';
  }
  return /(?:^|\s)-c\s*search_path=([A-Za-z_][A-Za-z0-9_]*)/.exec(options ?? '')?.[1] ?? 'public';
}

/** Whether a configured store location is a PostgreSQL URL rather than a folder. */
export const isDatabaseUrl = (location: string): boolean => /^postgres(?:ql)?:\/\//i.test(location);

/** Errors that say the transaction should simply run again (deadlock, serialisation). */
export const isRetryable = (err: unknown): boolean => {
  const cause = err instanceof StoreError ? err.cause : err;
  const code = (cause as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001';
};

/** A driver error as a StoreError naming the database (the SQLSTATE kept as its cause's code). */
export function storeError(url: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  return new StoreError(`PostgreSQL store ${describeDatabase(url)}: ${errorMessage(err)}`, { cause: err });
}

/** A pool for one process: a few connections, opened on demand. */
export function createPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'feedwright',
    // A command that is done exits even if it never closes the store.
    allowExitOnIdle: true,
  });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
