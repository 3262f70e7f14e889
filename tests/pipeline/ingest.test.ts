import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSources, type Config } from '../../src/config/index.js';
import { ParseError } from '../../src/errors/index.js';
import { ingestLocation, runSource } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import {
  SAMPLES_SOURCES,
  fixture,
  ingestContext,
  openTestStore,
  tempDirs,
  testConfig,
} from '../support/env.js';
import { FIXTURE_TITLES, writeFixtureSources } from '../support/sources.js';

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

async function setup(): Promise<{ config: Config; store: Store; sourcesDir: string }> {
  const sourcesDir = await dirs.make();
  const config = testConfig(await dirs.make(), sourcesDir);
  const store = await openTestStore(config);
  open.push(store);
  return { config, store, sourcesDir };
}

describe('a malformed document', () => {
  it('is rejected with a message naming the file, and every earlier item stays', async () => {
    const { config, store } = await setup();
    const ctx = await ingestContext(store, config);
    await ingestLocation(ctx, fixture('river-post.rss'));
    await ingestLocation(ctx, fixture('bakery.txt'));
    const before = await store.listItems();
    const version = await store.version();

    const attempt = ingestLocation(ctx, fixture('truncated.rss'));
    await expect(attempt).rejects.toBeInstanceOf(ParseError);
    await expect(attempt).rejects.toThrow(fixture('truncated.rss'));
    expect(await store.listItems()).toEqual(before);
    expect(await store.version()).toBe(version);
  });

  it('fails its source, recording the error and a retry, without touching other sources', async () => {
    const { config, store, sourcesDir } = await setup();
    await writeFixtureSources(sourcesDir);
    await writeFile(
      path.join(sourcesDir, 'zz-broken.yaml'),
      `- id: broken\n  kind: feed\n  location: ${JSON.stringify(fixture('truncated.rss'))}\n`,
    );
    const sources = await loadSources(sourcesDir);
    const ctx = await ingestContext(store, config);
    // One after another: which copy of a shared story is stored first (so its title) depends on order.
    const outcomes: PromiseSettledResult<unknown>[] = [];
    for (const s of sources) outcomes.push(...(await Promise.allSettled([runSource(ctx, s)])));
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect((await store.listItems()).map((i) => i.title).sort()).toEqual([...FIXTURE_TITLES].sort());

    const state = (await store.sourceStates()).broken;
    expect(state?.lastResult).toBe('error');
    expect(state?.lastError).toContain('truncated.rss');
    expect(state?.consecutiveFailures).toBe(1);
    expect(Date.parse(state?.retryAt ?? '') - Date.parse(state?.lastRunAt ?? '')).toBe(60_000);

    // A second failure doubles the wait.
    const broken = sources.find((s) => s.id === 'broken');
    if (!broken) throw new Error('no broken source');
    await expect(runSource(ctx, broken)).rejects.toThrow('truncated.rss');
    const second = (await store.sourceStates()).broken;
    expect(second?.consecutiveFailures).toBe(2);
    expect(Date.parse(second?.retryAt ?? '') - Date.parse(second?.lastRunAt ?? '')).toBe(120_000);
  });
});

describe('an ad-hoc file', () => {
  it('is recorded under a file source id, not its path on disk, and keeps it on a second run', async () => {
    const { config, store } = await setup();
    const ctx = await ingestContext(store, config);
    await ingestLocation(ctx, fixture('bakery.txt'));
    const [item] = await store.listItems();
    const source = item?.origins[0]?.source ?? '';
    expect(source).toMatch(/^file-[0-9a-f]{12}\/bakery\.txt$/);
    expect(source).not.toContain(path.dirname(fixture('bakery.txt')));
    expect(await ingestLocation(ctx, fixture('bakery.txt'))).toEqual({ seen: 1, created: 0, updated: 0 });
    expect((await store.listItems())[0]?.origins).toHaveLength(1);
  });
});

describe('items with no date of their own', () => {
  it("sort by the page's own day, and never above the newest dated story", async () => {
    const { config, store } = await setup();
    const ctx = await ingestContext(store, config);
    await ingestLocation(ctx, fixture('river-post.rss'));
    const dated = await store.listItems();
    const dir = await dirs.make();
    const undated = path.join(dir, 'undated.txt');
    await writeFile(
      undated,
      'Allotment waiting list closes for the winter\n\nThe allotment society has closed its waiting list until spring after more than two hundred households asked for a plot this year.\n',
    );
    const dayOnly = path.join(dir, 'day-only.txt');
    await writeFile(
      dayOnly,
      'Library extends its opening hours\n\n4 March 2026\n\nThe town library will open until eight on weekday evenings from next month, the council said after a consultation with readers.\n',
    );
    await ingestLocation(ctx, undated);
    await ingestLocation(ctx, dayOnly);
    const titles = (await store.listItems()).map((i) => i.title);
    // First seen today, the undated story still comes after every dated one from March.
    expect(titles[0]).toBe(dated[0]?.title);
    expect(titles.indexOf('Allotment waiting list closes for the winter')).toBe(1);
    const library = (await store.listItems()).find((i) => i.title === 'Library extends its opening hours');
    expect(library?.published).toBeNull();
    expect(library?.dateForOrdering).toBe('2026-03-04T00:00:00.000Z');
  });
});

describe('merging the same story from several sources', () => {
  it('records every origin and keeps one tag per slug', async () => {
    const { config, store, sourcesDir } = await setup();
    const sources = await writeFixtureSources(sourcesDir);
    const ctx = await ingestContext(store, config);
    for (const s of sources) await runSource(ctx, s);
    const footbridge = (await store.listItems()).find((i) => i.title?.startsWith('Footbridge'));
    expect(footbridge?.origins.map((o) => o.source)).toEqual(['river', 'valley']);
    // valley's operator tag is added; Transport from both sources appears once, first.
    const slugs = footbridge?.tags.map((t) => t.slug) ?? [];
    expect(slugs[0]).toBe('transport');
    expect(slugs).toContain('regional');
    expect(new Set(slugs).size).toBe(slugs.length);
    const tags = await store.listTags();
    expect(tags.find((t) => t.tag.slug === 'transport')?.count).toBe(1);
  });

  it('a section from one source and the same category from another make one tag', async () => {
    const { config, store } = await setup();
    const sources = await loadSources(SAMPLES_SOURCES);
    const ctx = await ingestContext(store, config);
    for (const s of sources.filter((x) => x.id === 'glacier-report' || x.id === 'coastal-news')) {
      await runSource(ctx, s);
    }
    for (const item of await store.listItems()) {
      const slugs = item.tags.map((t) => t.slug);
      expect(slugs, item.title ?? '').toEqual([...new Set(slugs)]);
    }
  });
});
