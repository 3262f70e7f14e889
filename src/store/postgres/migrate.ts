import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { StoreError, errorMessage } from '../../errors/index.js';
import { describeDatabase, schemaOf } from './connection.js';

/** The SQL migrations shipped with the package (`migrations/` at its root, beside `dist/`). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations', import.meta.url));
/** node-pg-migrate's record of what ran. */
const MIGRATIONS_TABLE = 'pgmigrations';

/** Migration names as node-pg-migrate records them: the file name without `.sql`. */
async function shippedMigrations(): Promise<string[]> {
  const names = await readdir(MIGRATIONS_DIR).catch((err: unknown) => {
    throw new StoreError(`cannot read the migrations folder ${MIGRATIONS_DIR}: ${errorMessage(err)}`);
  });
  return names
    .filter((n) => n.endsWith('.sql'))
    .map((n) => n.slice(0, -'.sql'.length))
    .sort();
}

export interface MigrationStatus {
  /** Shipped migrations the database has not run. */
  pending: string[];
  /** Migrations the database ran that this version of feedwright does not know (a newer one ran them). */
  unknown: string[];
}

/** Compare what the database ran with what this version ships. */
export async function migrationStatus(db: Pick<pg.Pool, 'query'>): Promise<MigrationStatus> {
  const shipped = await shippedMigrations();
  let ran: string[] = [];
  try {
    ran = (await db.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`)).rows.map((r) => r.name);
  } catch (err) {
    // No migrations table: nothing ran yet.
    if ((err as { code?: string }).code !== '42P01') throw err;
  }
  const ranSet = new Set(ran);
  const shippedSet = new Set(shipped);
  return {
    pending: shipped.filter((n) => !ranSet.has(n)),
    unknown: ran.filter((n) => !shippedSet.has(n)),
  };
}

/** Why a database cannot be used by this version as it is, or null when its schema is current. */
export function schemaProblem(url: string, status: MigrationStatus): string | null {
  if (status.pending.length)
    return (
      `the database ${describeDatabase(url)} needs ${status.pending.length} migration(s) ` +
      `(${status.pending.join(', ')}): run \`feedwright migrate\``
    );
  if (status.unknown.length)
    return (
      `the database ${describeDatabase(url)} was migrated by a newer feedwright ` +
      `(${status.unknown.join(', ')}): upgrade this node`
    );
  return null;
}

/**
 * Apply pending migrations (node-pg-migrate, each in a transaction, under its advisory lock: nodes
 * that run this at the same time wait for each other). Returns the names applied.
 */
export async function migrate(url: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  const { runner } = await import('node-pg-migrate');
  try {
    const ran = await runner({
      databaseUrl: url,
      dir: MIGRATIONS_DIR,
      migrationsTable: MIGRATIONS_TABLE,
      schema: schemaOf(url),
      createSchema: true,
      direction: 'up',
      checkOrder: true,
      advisoryLockMode: 'wait',
      log,
    });
    return ran.map((m) => m.name);
  } catch (err) {
    throw new StoreError(`cannot migrate the database ${describeDatabase(url)}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}
