import type { Command } from 'commander';
import { configFrom, type CommonOptions } from './runtime.js';
import { loadSources } from '../config/index.js';
import { writeOut } from './output.js';
import { describeDatabase } from '../store/index.js';

export function registerConfig(program: Command): void {
  program
    .command('config')
    .description('Print the effective configuration and sources, after validation.')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .option('--sources <dir>', 'source definitions folder (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (opts: CommonOptions) => {
      const config = configFrom(opts);
      const sources = await loadSources(config.sourcesDir, { missingOk: true });
      // The database password is a secret: printed as ***.
      const databaseUrl = config.databaseUrl && describeDatabase(config.databaseUrl);
      await writeOut(JSON.stringify({ ...config, databaseUrl, sources }, null, 2) + '\n');
    });
}
