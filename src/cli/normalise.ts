import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { formatPreview } from './preview.js';
import { writeOut } from './output.js';
import { configFrom, type CommonOptions } from './runtime.js';

export function registerNormalise(program: Command): void {
  program
    .command('normalise')
    .alias('normalize')
    .description('Preview what ingesting FILEs would produce, without storing anything.')
    .argument('<files...>', 'article pages (.html, .txt dumps) or feed files (RSS, Atom, JSON Feed)')
    .option('--json', 'print a JSON array of the items, in order')
    .option('--url <url>', 'where the file was fetched from (base for relative links)')
    .option('--sources <dir>', 'folder with taxonomy.yaml (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (files: string[], opts: CommonOptions & { json?: boolean; url?: string }) => {
      if (opts.url !== undefined && !URL.canParse(opts.url)) {
        throw new FeedwrightError('usage', `--url must be an absolute URL, got "${opts.url}"`);
      }
      const [{ normaliseDocument }, { loadTagger }] = await Promise.all([
        import('../normalise/index.js'),
        import('../tagging/load.js'),
      ]);
      const tagger = await loadTagger(configFrom(opts).sourcesDir);
      const results = [];
      for (const file of files) {
        let bytes: Buffer;
        try {
          bytes = await readFile(file);
        } catch (err) {
          throw new FeedwrightError('usage', `cannot read ${file}: ${errorMessage(err)}`);
        }
        try {
          const result = await normaliseDocument({
            bytes,
            contentType: null,
            location: file,
            url: opts.url ?? null,
          });
          results.push({ ...result, items: result.items.map((item) => tagger.enrich(item)) });
        } catch (err) {
          throw new FeedwrightError('parse', `${file}: ${errorMessage(err)}`, { cause: err });
        }
      }
      const items = results.flatMap((r) => r.items);
      if (opts.json) await writeOut(JSON.stringify(items, null, 2) + '\n');
      else await writeOut(results.map((r, i) => formatPreview(files[i] ?? '', r)).join('\n'));
    });
}
