import type { Command } from 'commander';
import { UsageError } from '../errors/index.js';
import { describeDatabase } from '../store/index.js';
import { configFrom } from './runtime.js';
import { writeOut } from './output.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Bring the PostgreSQL store ($FEEDWRIGHT_DATABASE_URL) to the schema this version needs.')
    .option('--database <url>', 'postgres:// URL (default: $FEEDWRIGHT_DATABASE_URL)')
    .action(async (opts: { database?: string }) => {
      const config = configFrom({}, {}, opts.database ? { FEEDWRIGHT_DATABASE_URL: opts.database } : {});
      const url = config.databaseUrl;
      if (!url)
        throw new UsageError(
          'no database: set FEEDWRIGHT_DATABASE_URL or pass --database (the embedded store needs no migrations)',
        );
      const { migrate } = await import('../store/postgres/migrate.js');
      const applied = await migrate(url);
      await writeOut(
        applied.length
          ? `applied ${applied.length} migration(s) to ${describeDatabase(url)}: ${applied.join(', ')}\n`
          : `${describeDatabase(url)} is up to date\n`,
      );
    });
}
