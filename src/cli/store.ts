import type { Command } from 'commander';
import path from 'node:path';
import { describeDatabase, isDatabaseUrl, openStore } from '../store/index.js';
import { UsageError } from '../errors/index.js';
import { configFrom, type CommonOptions } from './runtime.js';
import { writeOut } from './output.js';

/** The store at a location: a postgres:// URL or a folder. */
const describe = (location: string): string =>
  isDatabaseUrl(location) ? describeDatabase(location) : location;

export function registerStore(program: Command): void {
  const store = program.command('store').description('Work on whole stores.');
  store
    .command('copy')
    .description(
      'Copy everything in the configured store (items, tombstones, source states, raw documents) to ' +
        'another: a postgres:// URL (migrated with `feedwright migrate`) or a folder. Re-running it changes nothing.',
    )
    .requiredOption('--to <url-or-dir>', 'the store to copy into: postgres://… or a folder')
    .option(
      '--store <dir>',
      'store folder to copy from (default: $FEEDWRIGHT_DATABASE_URL, else $FEEDWRIGHT_STORE)',
    )
    .action(async (opts: CommonOptions & { to: string }) => {
      const config = configFrom(opts, {}, opts.store ? { FEEDWRIGHT_DATABASE_URL: '' } : {});
      const from = config.databaseUrl ?? config.storeDir;
      const to = isDatabaseUrl(opts.to) ? opts.to : path.resolve(opts.to);
      if (to === from) throw new UsageError(`--to names the store being copied (${describe(to)})`);
      const keepAll = { maxItems: 0, maxAgeDays: 0 };
      const source = await openStore({
        dir: config.storeDir,
        databaseUrl: config.databaseUrl,
        retention: keepAll,
      });
      try {
        const target = await openStore({
          dir: to,
          databaseUrl: isDatabaseUrl(to) ? to : null,
          retention: keepAll,
        });
        try {
          const seen = { items: 0, tombstones: 0, sources: 0, raw: 0 };
          async function* counted() {
            for await (const r of source.dump()) {
              seen[
                r.kind === 'item'
                  ? 'items'
                  : r.kind === 'tombstone'
                    ? 'tombstones'
                    : r.kind === 'source'
                      ? 'sources'
                      : 'raw'
              ]++;
              yield r;
            }
          }
          const changed = await target.load(counted());
          await writeOut(
            `copied ${describe(from)} to ${describe(to)}: ${seen.items} items, ${seen.tombstones} tombstones, ` +
              `${seen.sources} source states, ${seen.raw} raw documents; changed ${changed.items} items, ` +
              `${changed.tombstones} tombstones, ${changed.sources} source states, ${changed.raw} raw documents\n`,
          );
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
