// Seed documents for mutation: the shared corpus (feeds, article pages, the benchmark's gzipped
// HTML pages) when it is present beside the checkout, else the bundled samples in feeds/samples.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.xml': null,
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/feed+json',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain',
};

const seed = (file, bytes, group) => {
  const ext = path.extname(file.replace(/\.gz$/, ''));
  return { name: path.basename(path.dirname(file)) + '/' + path.basename(file), ext, bytes, group };
};

/** Files named input.* one level below `dir` (the corpus layout: <case>/input.xml). */
function corpusInputs(dir, group) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const c of readdirSync(dir).sort()) {
    const caseDir = path.join(dir, c);
    if (!statSync(caseDir).isDirectory()) continue;
    for (const f of readdirSync(caseDir).sort())
      if (f.startsWith('input.'))
        out.push(seed(path.join(caseDir, f), readFileSync(path.join(caseDir, f)), group));
  }
  return out;
}

function gzippedPages(dir, limit) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((f) => seed(path.join(dir, f), gunzipSync(readFileSync(path.join(dir, f))), 'pages'));
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Load every seed, grouped: feeds, articles (HTML and text dumps) and big real-world pages.
 * `shared` is the ../shared folder (null: the bundled samples alone, as the project's tests use);
 * `samples` the bundled feeds/samples.
 */
export function loadSeeds({ root, shared = path.join(root, '..', 'shared'), maxPages = Infinity }) {
  const feeds = shared ? corpusInputs(path.join(shared, 'corpus/feeds'), 'feeds') : [];
  const articles = shared ? corpusInputs(path.join(shared, 'corpus/articles'), 'articles') : [];
  const pages = shared ? gzippedPages(path.join(shared, 'benchmarks/article-extraction/html'), maxPages) : [];
  const samples = walk(path.join(root, 'feeds/samples')).map((f) =>
    seed(f, readFileSync(f), /\.(rss|atom|json|xml)$/.test(f) ? 'feeds' : 'articles'),
  );
  const all = [...feeds, ...articles, ...pages, ...samples];
  return {
    feeds: all.filter((s) => s.group === 'feeds'),
    articles: all.filter((s) => s.group === 'articles'),
    pages,
    fromShared: feeds.length + articles.length + pages.length > 0,
  };
}

/** The Content-Type a server would plausibly send for a seed's extension (null: unknown). */
export const contentTypeFor = (ext) => CONTENT_TYPES[ext] ?? null;
