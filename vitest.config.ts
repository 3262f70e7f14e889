import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import os from 'node:os';
import pg from 'pg';

/**
 * Two projects. `lowdb`: every test, stores in temp folders. `postgres`: the application tests
 * whose stores are black boxes (HTTP, WebSub, concurrent CLI writers, CLI removal, pipeline, re-ingest,
 * upstream faults) once more with every store on PostgreSQL — not the embedded store's own
 * file-safety and crash tests, nor the unit tests that never open a store, nor the long CLI
 * output suite (tests/cli/cli.test.ts: two minutes of child processes whose store part the others
 * cover), to keep CI within its budget. Where no PostgreSQL answers, that project is left out (and says so);
 * the store contract suite then reports its PostgreSQL half as skipped.
 */
const POSTGRES_FILES = [
  'tests/http/feeds.test.ts',
  'tests/http/polling.test.ts',
  'tests/http/opml.test.ts',
  'tests/http/admin.test.ts',
  'tests/http/remove.test.ts',
  'tests/http/operations.test.ts',
  'tests/pipeline/ingest.test.ts',
  'tests/pipeline/samples.test.ts',
  'tests/dedup/reingest.test.ts',
  'tests/websub/hub.test.ts',
  'tests/websub/external.test.ts',
  'tests/cli/concurrency.test.ts',
  'tests/cli/remove.test.ts',
  'tests/faults/upstream.test.ts',
];

const adminUrl = process.env.FEEDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    console.warn(
      `vitest: the postgres project (${POSTGRES_FILES.length} application test files on PostgreSQL) is skipped: ` +
        `no PostgreSQL at ${adminUrl} (${(err as Error).message})`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const projects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'lowdb', include: ['tests/**/*.test.ts'] } },
];
if (await postgresAnswers()) {
  projects.push({
    extends: true,
    test: {
      name: 'postgres',
      include: POSTGRES_FILES,
      env: { FEEDWRIGHT_TEST_STORE: 'postgres' },
      setupFiles: ['tests/support/postgres-setup.ts'],
    },
  });
}

/**
 * Two workers even on a two-core machine (Vitest's default leaves one core free, so one worker):
 * most long files spend their time waiting on child processes, sockets and a browser, not on
 * the test process's own CPU.
 */
const maxWorkers = Math.max(2, os.availableParallelism() - 1);

/**
 * Test files share a worker's loaded modules instead of each importing the program afresh: the
 * tagging resources (place names, vocabularies, calendars in ~100 languages) took seconds per
 * file, most of the suite's import time. Sound because src/ keeps no module-level mutable state.
 */
const isolate = false;

export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000, maxWorkers, isolate, projects },
});
