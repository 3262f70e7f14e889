/**
 * A real PostgreSQL for the tests: one throw-away database per test file, created through the
 * `postgres` database of FEEDWRIGHT_TEST_DATABASE_URL (default: the local server, trust auth) and
 * dropped when the file ends; each store in it is a schema of its own (`search_path` in its URL),
 * which is far cheaper than a database per store. Database names carry this process's pid, so a
 * later run can drop what a killed run left behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/store/postgres/migrate.js';

export const ADMIN_URL =
  process.env.FEEDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = `feedwright_test_${process.pid}_${randomBytes(4).toString('hex')}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let availability: Promise<string | null> | null = null;
/** Null when a PostgreSQL server answers; otherwise why the PostgreSQL tests are skipped. */
export function postgresUnavailable(): Promise<string | null> {
  availability ??= admin(async (c) => {
    await c.query('SELECT 1');
    return null;
  }).catch((err: unknown) => `no PostgreSQL at ${ADMIN_URL} (${(err as Error).message || String(err)})`);
  return availability;
}

let database: Promise<void> | null = null;
const migrated = new Map<string, Promise<void>>();

/** The URL of the test store for `name` (a store folder, say): the same name, the same store. */
export function testDatabaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DATABASE}`;
  u.searchParams.set(
    'options',
    `-c search_path=s_${createHash('sha256').update(name).digest('hex').slice(0, 16)}`,
  );
  return u.toString();
}

/** Create this file's database (once) and migrate the store's schema (once per URL). */
export function ensureTestDatabase(url: string): Promise<void> {
  if (new URL(url).pathname !== `/${DATABASE}`) return Promise.resolve();
  database ??= admin(async (c) => {
    await c.query(`CREATE DATABASE ${DATABASE}`);
  });
  let ready = migrated.get(url);
  if (!ready) {
    ready = database.then(() => migrate(url).then(() => undefined));
    migrated.set(url, ready);
  }
  return ready;
}

/** A fresh migrated store of its own. */
export async function freshDatabase(): Promise<string> {
  const url = testDatabaseUrl(randomBytes(8).toString('hex'));
  await ensureTestDatabase(url);
  return url;
}

/** Drop this file's database (connections still open are closed by the server). */
export async function dropDatabases(): Promise<void> {
  if (!database) return;
  database = null;
  migrated.clear();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
}

/** Drop test databases whose creating process is gone (a run that was killed). */
export async function dropAbandonedDatabases(): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'feedwright\\_test\\_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(/^feedwright_test_(\d+)_/.exec(datname)?.[1]);
      if (!pid || isAlive(pid)) continue;
      await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** True when this test run puts the application suite on PostgreSQL (the `postgres` vitest project). */
export const onPostgres = (): boolean => process.env.FEEDWRIGHT_TEST_STORE === 'postgres';
