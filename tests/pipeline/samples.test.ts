/**
 * The acceptance: every bundled sample source ingested into a fresh store and read back
 * over HTTP in the three formats, with the seed article clean and present exactly once.
 */
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources, type Config, type SourceDef } from '../../src/config/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  serveIngested,
  SAMPLES_SOURCES,
  ingestContext,
  plainSpaces,
  tempDirs,
  testConfig,
  type RunningServer,
} from '../support/env.js';

const SEED_TITLE = 'Putin-Trump summit on the way – Kremlin';
const SEED_CATEGORY = 'Russia & Former Soviet Union';
const SEED_OPENING = 'It is hard to overestimate';
const FURNITURE = [
  'READ MORE',
  'Read more',
  'Leave a Reply',
  'Back to top button',
  'Your email address will not be published.',
];

type Category = string | { _?: string; $?: { term?: string; label?: string } };
interface ParsedEntry {
  title?: string;
  content?: string;
  'content:encoded'?: string;
  category?: Category[];
}
interface JsonItem {
  id: string;
  title?: string;
  content_html?: string;
  tags?: string[];
}

const parser = new Parser<Record<string, unknown>, ParsedEntry>({
  customFields: { item: [['category', 'category', { keepArray: true }]] },
});
const dirs = tempDirs();
let config: Config;
let store: Store;
let sources: SourceDef[];
let app: RunningServer;

const categoryLabel = (c: Category): string => (typeof c === 'string' ? c : (c.$?.label ?? c._ ?? ''));

/** The text of the first paragraph of published HTML content. */
function firstParagraph(html: string): string {
  const match = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
}

/** The seed as each format publishes it: title, category labels and HTML content. */
async function seedIn(format: 'rss' | 'atom' | 'json') {
  const body = await (await fetch(`${app.base}/feed.${format}?limit=100`)).text();
  if (format === 'json') {
    const items = (JSON.parse(body) as { items: JsonItem[] }).items;
    return items
      .filter((i) => plainSpaces(i.title ?? '') === SEED_TITLE)
      .map((i) => ({ title: i.title ?? '', categories: i.tags ?? [], content: i.content_html ?? '' }));
  }
  const feed = await parser.parseString(body);
  return feed.items
    .filter((i) => plainSpaces(i.title ?? '') === SEED_TITLE)
    .map((i) => ({
      title: i.title ?? '',
      categories: (i.category ?? []).map(categoryLabel),
      content: i['content:encoded'] ?? i.content ?? '',
    }));
}

beforeAll(async () => {
  const storeDir = await dirs.make();
  config = testConfig(storeDir, SAMPLES_SOURCES);
  sources = await loadSources(SAMPLES_SOURCES);
  ({ store, app } = await serveIngested(config, sources));
});

afterAll(async () => {
  await app.stop();
  await store.close();
  await dirs.cleanup();
});

describe('bundled samples, end to end', () => {
  it('ingests every configured sample source successfully', async () => {
    const states = await store.sourceStates();
    for (const s of sources) expect(states[s.id]?.lastResult, s.id).toBe('ok');
    expect(sources.map((s) => s.id)).toContain('seed');
  });

  it('stores the seed once, keeping its no-break space', async () => {
    const seeds = (await store.listItems()).filter((i) => plainSpaces(i.title ?? '') === SEED_TITLE);
    expect(seeds).toHaveLength(1);
    expect(seeds[0]?.title).toBe('Putin-Trump summit on the way –\u00a0Kremlin');
    expect(seeds[0]?.body[0]?.startsWith(SEED_OPENING)).toBe(true);
    expect(seeds[0]?.origins.map((o) => o.source)).toEqual(['seed']);
  });

  it.each(['rss', 'atom', 'json'] as const)('publishes the seed once in %s, clean', async (format) => {
    const seeds = await seedIn(format);
    expect(seeds).toHaveLength(1);
    const seed = seeds[0];
    expect(plainSpaces(seed?.title ?? '')).toBe(SEED_TITLE);
    expect(seed?.categories).toContain(SEED_CATEGORY);
    expect(firstParagraph(seed?.content ?? '').startsWith(SEED_OPENING)).toBe(true);
    for (const junk of FURNITURE) expect(seed?.content).not.toContain(junk);
  });

  it('keeps site furniture out of every stored item', async () => {
    for (const item of await store.listItems()) {
      const text = [item.title, item.summary, ...item.body, item.contentHtml].join('\n');
      for (const junk of FURNITURE) expect(text, `${item.title ?? ''}: ${junk}`).not.toContain(junk);
    }
  });

  it('lists the seed under its section tag and its source', async () => {
    for (const p of ['/tags/russia-and-former-soviet-union/feed.json', '/sources/seed/feed.json']) {
      const res = await fetch(`${app.base}${p}`);
      expect(res.status, p).toBe(200);
      const items = ((await res.json()) as { items: JsonItem[] }).items;
      expect(items.map((i) => plainSpaces(i.title ?? ''))).toEqual([SEED_TITLE]);
    }
  });

  it('creates nothing and changes no id when everything is ingested again', async () => {
    const before = (await store.listItems()).map((i) => i.id).sort();
    const etag = (await fetch(`${app.base}/feed.atom`)).headers.get('etag');
    const ctx = await ingestContext(store, config);
    let created = 0;
    for (const s of sources) created += (await runSource(ctx, s)).created;
    expect(created).toBe(0);
    expect((await store.listItems()).map((i) => i.id).sort()).toEqual(before);
    expect((await fetch(`${app.base}/feed.atom`)).headers.get('etag')).toBe(etag);
  });

  it('resolves sample locations relative to the sources file', () => {
    const seed = sources.find((s) => s.id === 'seed');
    expect(seed?.location).toBe(path.join(SAMPLES_SOURCES, 'samples/articles/putin-trump-summit.txt'));
  });
});
