import type { Command } from 'commander';
import { purgeSource, removeItems } from '../store/index.js';
import { buildBaseRuntime, type CommonOptions } from './runtime.js';
import { writeOut } from './output.js';

const count = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;

/** `rm` and `purge`: an operator removes items for good (tombstoned, so they never come back). */
export function registerRemove(program: Command): void {
  program
    .command('rm')
    .description(
      'Remove stored items for good: they leave every feed, page and search, and re-ingesting ' +
        'their stories does not bring them back. An unknown id fails (exit 1) after the others are removed.',
    )
    .argument('<id...>', 'ids of stored items (`feedwright items` lists them)')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .action(async (ids: string[], opts: CommonOptions) => {
      const rt = await buildBaseRuntime(opts, { logLevel: 'warn' });
      try {
        await removeItems(rt.store, ids, async (removed) => {
          if (removed.length) await writeOut(`removed ${count(removed.length)}: ${removed.join(' ')}\n`);
        });
      } finally {
        await rt.store.close();
      }
    });

  program
    .command('purge')
    .description(
      'Remove for good every stored item that came from a source (those merged from it and another ' +
        'source too); like `rm`, they do not come back when the source runs again.',
    )
    .requiredOption('--source <id>', 'the source whose items go')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .option('--sources <dir>', 'source definitions folder (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (opts: CommonOptions & { source: string }) => {
      const rt = await buildBaseRuntime(opts, { logLevel: 'warn' });
      try {
        const defined = rt.sources.some((s) => s.id === opts.source);
        const removed = await purgeSource(rt.store, opts.source, defined);
        await writeOut(`purged source "${opts.source}": removed ${count(removed.length)}\n`);
      } finally {
        await rt.store.close();
      }
    });
}
