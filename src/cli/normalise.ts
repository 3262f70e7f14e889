import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { Config } from '../config/index.js';
import { FeedwrightError, FetchError, errorMessage } from '../errors/index.js';
import { fetchDocument, fetchPolicy } from '../ingest/fetch.js';
import type { DocumentInput, NormaliseResult } from '../normalise/index.js';
import { formatPreview } from './preview.js';
import { writeOut } from './output.js';
import { configFrom, type CommonOptions } from './runtime.js';

export function registerNormalise(program: Command): void {
  program
    .command('normalise')
    .alias('normalize')
    .description('Preview what ingesting files or URLs would produce, without storing anything.')
    .argument(
      '<targets...>',
      'article pages (.html, .txt dumps) or feeds (RSS, Atom, JSON Feed): files, or http(s) URLs fetched as ingest does',
    )
    .option('--json', 'print a JSON array of the items, in order')
    .option('--url <url>', 'where a file was fetched from (base for relative links)')
    .option('--sources <dir>', 'folder with taxonomy.yaml (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (targets: string[], opts: CommonOptions & { json?: boolean; url?: string }) => {
      if (opts.url !== undefined && !URL.canParse(opts.url)) {
        throw new FeedwrightError('usage', `--url must be an absolute URL, got "${opts.url}"`);
      }
      const [{ normaliseDocument }, { loadTagger }] = await Promise.all([
        import('../normalise/index.js'),
        import('../tagging/load.js'),
      ]);
      const config = configFrom(opts);
      const tagger = await loadTagger(config.sourcesDir);
      const results: Array<{ location: string; result: NormaliseResult }> = [];
      // One document that cannot be read (an image, a broken feed) fails the command, not the others.
      const failures: string[] = [];
      for (const location of targets) {
        const doc = isUrl(location)
          ? await fetched(location, config)
          : { ...(await readLocal(location)), url: opts.url ?? null };
        try {
          const result = await normaliseDocument(doc);
          results.push({
            location,
            result: { ...result, items: result.items.map((item) => tagger.enrich(item)) },
          });
        } catch (err) {
          failures.push(`${location}: ${errorMessage(err)}`);
        }
      }
      const items = results.flatMap((r) => r.result.items);
      if (opts.json && results.length) await writeOut(JSON.stringify(items, null, 2) + '\n');
      else if (results.length) {
        await writeOut(results.map((r) => formatPreview(r.location, r.result)).join('\n'));
      }
      if (failures.length) {
        process.stderr.write(failures.map((f) => `feedwright: ${f}\n`).join(''));
        process.exitCode = 1;
      }
    });
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

async function readLocal(file: string): Promise<{ bytes: Buffer; contentType: null; location: string }> {
  try {
    return { bytes: await readFile(file), contentType: null, location: file };
  } catch (err) {
    throw new FeedwrightError('usage', `cannot read ${file}: ${errorMessage(err)}`);
  }
}

/** A URL fetched under the same policy as `ingest` (timeouts, size caps, allowed addresses). */
async function fetched(url: string, config: Config): Promise<DocumentInput> {
  const res = await fetchDocument(url, fetchPolicy(config.fetch));
  // Never conditional (no validators sent), so never "not modified"; the check narrows the type.
  if (res.status !== 'ok') throw new FetchError(`${url}: the server answered "not modified"`);
  return {
    bytes: res.bytes,
    contentType: res.contentType,
    contentLocation: res.contentLocation,
    location: url,
    url: res.url,
  };
}
