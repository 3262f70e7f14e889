// Builds a throw-away store of ~50+ items: the bundled samples plus generated small RSS feeds.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchConfig } from './config.mjs';
// Seeded, so every run writes byte-identical feeds.
import { mulberry32 } from '../fuzz/prng.mjs';
import { createLogger } from '../../dist/log/index.js';
import { openStore } from '../../dist/store/index.js';
import { ingestLocation } from '../../dist/pipeline/ingest.js';
import { loadTagger } from '../../dist/tagging/load.js';
import { FingerprintMemo } from '../../dist/dedup/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES_DIR = path.join(ROOT, 'feeds', 'samples');

const WORDS = (
  'harbour council ferry market river bridge school budget museum festival rail weather ' +
  'library storm election garden hospital tunnel season report vote plan crowd coast ' +
  'the a of and to in for on with as by from at new old city north south late early'
).split(' ');

function sentence(rand, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand) {
  return Array.from({ length: 4 }, () => sentence(rand, 8 + Math.floor(rand() * 10))).join(' ');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One RSS 2.0 document with `count` items, dated an hour apart back from a fixed instant. */
export function generateRss(feedNo, count, rand) {
  const base = Date.UTC(2026, 0, 15, 12, 0, 0);
  const items = [];
  for (let i = 0; i < count; i++) {
    const n = feedNo * count + i;
    const title = `${sentence(rand, 5).slice(0, -1)} (${n})`;
    const body = Array.from({ length: 3 }, () => `<p>${paragraph(rand)}</p>`).join('\n');
    items.push(
      [
        '    <item>',
        `      <title>${esc(title)}</title>`,
        `      <link>https://bench.example.org/desk-${feedNo}/story-${n}</link>`,
        `      <guid isPermaLink="false">bench-${feedNo}-${n}</guid>`,
        `      <pubDate>${new Date(base - n * 3_600_000).toUTCString()}</pubDate>`,
        `      <category>${WORDS[n % 12]}</category>`,
        `      <description>${esc(body)}</description>`,
        '    </item>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>Bench desk ${feedNo}</title>`,
    `    <link>https://bench.example.org/desk-${feedNo}/</link>`,
    '    <description>Generated feed for the benchmark</description>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile() && !entry.name.startsWith('.')) out.push(full);
  }
  return out.sort();
}

/** Write generated feeds under `tmp`, ingest them and the samples; returns the store's item count. */
export { benchConfig };

export async function buildStore(tmp, { feeds = 5, perFeed = 10 } = {}) {
  const storeDir = path.join(tmp, 'store');
  const genDir = path.join(tmp, 'generated');
  await mkdir(genDir, { recursive: true });
  const rand = mulberry32(20260115);
  for (let f = 0; f < feeds; f++) {
    await writeFile(path.join(genDir, `desk-${f}.rss`), generateRss(f, perFeed, rand));
  }
  const config = benchConfig(storeDir);
  const store = await openStore({ dir: storeDir, retention: config.retention });
  const ctx = {
    store,
    config,
    logger: createLogger('silent'),
    now: () => new Date(),
    tagger: await loadTagger(config.sourcesDir),
    fingerprints: new FingerprintMemo(),
  };
  try {
    const files = [...(await listFiles(SAMPLES_DIR)), ...(await listFiles(genDir))];
    for (const file of files) await ingestLocation(ctx, file);
    return { storeDir, items: (await store.listItems()).length, files: files.length };
  } finally {
    await store.close();
  }
}
