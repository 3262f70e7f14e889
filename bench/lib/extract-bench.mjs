// Extraction speed: normaliseDocument vs Readability-on-linkedom over the same HTML pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { normaliseDocument } from '../../dist/normalise/index.js';
import { SAMPLES_DIR } from './fixture.mjs';

// The shared extraction benchmark, when this checkout sits next to it (not in a fresh clone).
const SHARED =
  process.env.BENCH_EXTRACTION_DIR ??
  new URL('../../../shared/benchmarks/article-extraction', import.meta.url).pathname;

/** Source URLs by page id, when the benchmark ships them (relative links resolve against them). */
function groundTruthUrls() {
  try {
    const truth = JSON.parse(readFileSync(path.join(SHARED, 'ground-truth.json'), 'utf8'));
    return new Map(Object.entries(truth).map(([id, t]) => [id, typeof t.url === 'string' ? t.url : null]));
  } catch {
    return new Map();
  }
}

/** The shared 181-page benchmark when present, else the bundled HTML samples. */
export function loadPages() {
  const dir = path.join(SHARED, 'html');
  if (existsSync(dir)) {
    const urls = groundTruthUrls();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html.gz'))
      .sort();
    const pages = files.map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      return { id, bytes: gunzipSync(readFileSync(path.join(dir, f))), url: urls.get(id) ?? null };
    });
    return { source: `${dir}/*.html.gz`, pages };
  }
  const articles = path.join(SAMPLES_DIR, 'articles');
  const files = readdirSync(articles)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages = files.map((f) => ({ id: f, bytes: readFileSync(path.join(articles, f)), url: null }));
  if (!pages.length) throw new Error(`no HTML pages in ${articles}`);
  return { source: `${articles}/*.html`, pages };
}

/** `count` pages spread evenly over the list, so a subset keeps the mix of sites and sizes. */
export function spread(pages, count) {
  if (count >= pages.length) return pages;
  return Array.from({ length: count }, (_, i) => pages[Math.floor((i * pages.length) / count)]);
}

export const sides = {
  async ours(page) {
    const res = await normaliseDocument({
      bytes: page.bytes,
      contentType: null,
      location: `${page.id}.html`,
      url: page.url,
    });
    return res.items.length > 0;
  },
  async baseline(page) {
    const { document } = parseHTML(page.bytes.toString('utf8'));
    return new Readability(document).parse() !== null;
  },
};

/** Run one side over the pages; returns pages/s and how many pages failed or gave nothing. */
export async function timeSide(run, pages) {
  let failed = 0;
  const start = performance.now();
  for (const page of pages) {
    try {
      if (!(await run(page))) failed++;
    } catch {
      failed++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { rate: pages.length / seconds, failed };
}
