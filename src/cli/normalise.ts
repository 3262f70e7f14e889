import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { formatPreview } from './preview.js';
import { writeOut } from './output.js';
import { configFrom, type CommonOptions } from './runtime.js';
import type { NormaliseResult } from '../normalise/index.js';

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
      const results: Array<{ file: string; result: NormaliseResult }> = [];
      // One file that cannot be read (an image, a broken feed) fails the command, not the others.
      const failures: string[] = [];
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
          results.push({
            file,
            result: { ...result, items: result.items.map((item) => tagger.enrich(item)) },
          });
        } catch (err) {
          failures.push(`${file}: ${errorMessage(err)}`);
        }
      }
      const items = results.flatMap((r) => r.result.items);
      if (opts.json && results.length) await writeOut(JSON.stringify(items, null, 2) + '\n');
      else if (results.length) await writeOut(results.map((r) => formatPreview(r.file, r.result)).join('\n'));
      if (failures.length) {
        process.stderr.write(failures.map((f) => `feedwright: ${f}\n`).join(''));
        process.exitCode = 1;
      }
    });
}
