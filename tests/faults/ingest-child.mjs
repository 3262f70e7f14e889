// A writer child for the crash test: opens the store once, then ingests generated feeds in a loop
// (each ingest = a transaction write, a raw copy and a second write) until it is killed. After each
// committed ingest it prints `committed <guid> …` so the parent knows what must survive the kill.
// It loads its modules first, prints `ready`, and starts only when it reads `go` on stdin, so the
// parent can warm the next child while the current one runs (module loading is the slow part).
// Usage: node ingest-child.mjs <dist-dir> <store-dir> <name-prefix>
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, storeDir, prefix] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);
const [{ openStore }, { ingestDocument }, { createLogger }, { FingerprintMemo }] = await Promise.all([
  load('store/index.js'),
  load('pipeline/ingest.js'),
  load('log/index.js'),
  load('dedup/index.js'),
]);

process.stdout.write('ready\n');
await new Promise((resolve) => {
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => d.includes('go') && resolve());
});

const limits = { maxItems: 500, maxFieldChars: 2000, maxContentChars: 500_000 };
const store = await openStore({ dir: storeDir, retention: { maxItems: 0, maxAgeDays: 0 } });
const ctx = {
  store,
  config: { limits },
  logger: createLogger('silent'),
  now: () => new Date(),
  // Tagging is not under test here and its taxonomy is slow to load: pass items through.
  tagger: { enrich: (item) => item },
  fingerprints: new FingerprintMemo(),
};

/** A small RSS document with `count` stories; `rev` changes the text so re-ingests update items. */
function feed(name, count, rev) {
  const stories = Array.from({ length: count }, (_, i) => `https://${name}.example/story/${i + 1}`);
  const items = stories
    .map(
      (guid, i) => `<item><title>${name} story ${i + 1} rev ${rev}</title><link>${guid}</link>
<guid>${guid}</guid><pubDate>${new Date(Date.UTC(2026, 2, 1, 8, i)).toUTCString()}</pubDate>
<description>Report ${i + 1} from ${name}, revision ${rev}. ${'Words of filler. '.repeat(20)}</description></item>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title>
<link>https://${name}.example/</link><description>generated</description>${items}</channel></rss>`;
  return { xml, stories };
}

process.stdout.write('started\n');
for (let n = 0; ; n++) {
  const name = `${prefix}-${n}`;
  const { xml, stories } = feed(name, 3, 0);
  await ingestDocument(
    ctx,
    { bytes: Buffer.from(xml), contentType: null, location: `${name}.rss`, url: null },
    { sourceKey: name, source: null },
  );
  process.stdout.write(`committed ${stories.join(' ')}\n`);
  if (n > 0) {
    // Re-ingest the previous feed changed: the update path rewrites items that already exist.
    const prev = `${prefix}-${n - 1}`;
    const again = feed(prev, 3, 1);
    await ingestDocument(
      ctx,
      { bytes: Buffer.from(again.xml), contentType: null, location: `${prev}.rss`, url: null },
      { sourceKey: prev, source: null },
    );
  }
}
