import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { Config } from '../config/index.js';
import { FeedwrightError, FetchError, errorMessage } from '../errors/index.js';
import { fetchDocument, fetchPolicy } from '../ingest/fetch.js';
import type { DocumentInput } from '../normalise/index.js';
import { formatPreview } from './preview.js';
import { writeOut } from './output.js';
import { configFrom, type CommonOptions } from './runtime.js';
import type { NormaliseResult, normaliseDocument } from '../normalise/index.js';
import { isHttpUrl } from '../url/location.js';

type Normalise = typeof normaliseDocument;

/** Normalise one document; a failure is a FeedwrightError that names where it came from. */
async function normaliseNamed(
  target: string,
  doc: DocumentInput,
  normalise: Normalise,
): Promise<NormaliseResult> {
  try {
    return await normalise(doc);
  } catch (err) {
    throw new FeedwrightError('parse', `${target}: ${errorMessage(err)}`, { cause: err });
  }
}

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
      const results: Array<{ target: string; result: NormaliseResult }> = [];
      let refused = 0;
      for (const target of targets) {
        try {
          const doc = isHttpUrl(target)
            ? await fetched(target, config)
            : { ...(await readLocal(target)), url: opts.url ?? null };
          const result = await normaliseNamed(target, doc, normaliseDocument);
          results.push({
            target,
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
      else await writeOut(results.map((r) => formatPreview(r.target, r.result)).join('\n'));
      if (refused > 0) process.stderr.write(`feedwright: ${refused} of ${targets.length} files refused\n`);
    });
}

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
