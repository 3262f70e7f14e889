/**
 * Setup of the `postgres` test project (vitest.config.ts): the application tests run with their
 * stores on PostgreSQL, each test file in a database of its own, dropped when the file ends.
 */
import { afterAll, beforeAll } from 'vitest';
import { dropDatabases, postgresUnavailable } from './postgres.js';

beforeAll(async () => {
  const why = await postgresUnavailable();
  if (why) throw new Error(`the postgres test project needs a PostgreSQL server: ${why}`);
});
afterAll(dropDatabases);
