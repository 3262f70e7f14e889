import pg from 'pg';
import { StoreError, errorMessage } from '../../errors/index.js';
import { describeDatabase } from './url.js';

export { describeDatabase, isDatabaseUrl, schemaOf } from './url.js';

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
