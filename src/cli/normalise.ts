import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { formatPreview } from './preview.js';
import { writeOut } from './output.js';
import { configFrom, type CommonOptions } from './runtime.js';
import type { NormaliseResult, normaliseDocument } from '../normalise/index.js';

type Normalise = typeof normaliseDocument;

/** Read and normalise one file; a failure is a FeedwrightError that names the file. */
async function normaliseFile(
  file: string,
  url: string | null,
  normalise: Normalise,
): Promise<NormaliseResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new FeedwrightError('usage', `cannot read ${file}: ${errorMessage(err)}`);
  }
  try {
    return await normalise({ bytes, contentType: null, location: file, url });
  } catch (err) {
    throw new FeedwrightError('parse', `${file}: ${errorMessage(err)}`, { cause: err });
  }
}

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
      let refused = 0;
      for (const file of files) {
        try {
          const result = await normaliseFile(file, opts.url ?? null, normaliseDocument);
          results.push({
            file,
            result: { ...result, items: result.items.map((item) => tagger.enrich(item)) },
          });
        } catch (err) {
          // One refused file must not cost the others their output: each is named on stderr, the
          // rest printed, and the exit status says that something was refused.
          refused++;
          process.stderr.write(`feedwright: ${errorMessage(err)}\n`);
        }
      }
      const items = results.flatMap((r) => r.result.items);
      if (refused > 0) process.exitCode = 1;
      // Nothing read at all: the error lines are the whole answer.
      if (results.length === 0) return;
      if (opts.json) await writeOut(JSON.stringify(items, null, 2) + '\n');
      else await writeOut(results.map((r) => formatPreview(r.file, r.result)).join('\n'));
      if (refused > 0) process.stderr.write(`feedwright: ${refused} of ${files.length} files refused\n`);
    });
}
