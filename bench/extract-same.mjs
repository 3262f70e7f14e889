// Invariance check for extraction speed work: the JSON of every item normaliseDocument gives for
// the extraction benchmark's pages, the corpus articles and the held-out HTML pages, one line each.
// Run before and after a change and compare the files byte for byte: `node bench/extract-same.mjs out.jsonl`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseDocument } from '../dist/normalise/index.js';
import { loadPages } from './lib/extract-bench.mjs';

/** input.html of each folder under `dir`, when there is one. */
function folderPages(dir) {
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      .sort()
      .map((d) => path.join(dir, d, 'input.html'))
      .filter((f) => existsSync(f))
      // Ids without the checkout's own path, so that two checkouts' files compare.
      .map((f) => ({ id: path.relative(path.dirname(dir), f), bytes: readFileSync(f), url: null }))
  );
}

const pages = [
  ...loadPages().pages,
  ...folderPages(new URL('../../shared/corpus/articles', import.meta.url).pathname),
  ...folderPages(new URL('../tests/normalise/html/heldout', import.meta.url).pathname),
];
const lines = [];
for (const page of pages) {
  let out;
  try {
    const res = await normaliseDocument({
      bytes: page.bytes,
      contentType: null,
      location: `${page.id}.html`,
      url: page.url,
    });
    out = res.items;
  } catch (err) {
    out = { error: String(err?.message ?? err) };
  }
  lines.push(JSON.stringify({ id: page.id, out }));
}
const file = process.argv[2] ?? '/dev/stdout';
writeFileSync(file, `${lines.join('\n')}\n`);
console.error(`${pages.length} pages written to ${file}`);
