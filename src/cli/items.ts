import type { Command } from 'commander';
import { buildBaseRuntime, type CommonOptions } from './runtime.js';
import { UsageError } from '../errors/index.js';
import { writeOut } from './output.js';

export function registerItems(program: Command): void {
  program
    .command('items')
    .description('List stored items, newest first.')
    .option('--json', 'print a JSON array of the stored items')
    .option('--tag <slug>', 'only items with this tag')
    .option('--source <id>', 'only items from this source (id, or the file/URL of an ad-hoc ingest)')
    .option('--limit <n>', 'at most N items')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .action(
      async (opts: CommonOptions & { json?: boolean; tag?: string; source?: string; limit?: string }) => {
        let limit: number | undefined;
        if (opts.limit !== undefined) {
          if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1) {
            throw new UsageError(`--limit must be a positive whole number, got "${opts.limit}"`);
          }
          limit = Number(opts.limit);
        }
        const rt = await buildBaseRuntime(opts, { readOnly: true, logLevel: 'warn' });
        const items = await rt.store.listItems({ tag: opts.tag, source: opts.source, limit });
        if (opts.json) {
          await writeOut(JSON.stringify(items, null, 2) + '\n');
          return;
        }
        const lines = items.map((i) => {
          const date = (i.published ?? i.firstSeen).slice(0, 16).replace('T', ' ');
          const tags = i.tags.map((t) => t.slug).join(',');
          return `${i.id}  ${date}  ${i.title ?? '(untitled)'}${tags ? `  [${tags}]` : ''}`;
        });
        await writeOut((lines.length ? lines.join('\n') : 'no items') + '\n');
      },
    );
}
