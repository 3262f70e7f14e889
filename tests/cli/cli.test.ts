/**
 * The CLI contract of ../shared/eval/README.md, run as a user runs it: the built CLI
 * (`npm run build` first) as a child process. Each run costs a Node start-up, so independent runs
 * go in parallel and later checks read the store in-process.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  SAMPLES_SOURCES,
  cliItems,
  fixture,
  requireBuiltCli,
  runCli,
  storeSnapshot,
  storedItems,
  tempDirs,
  type CliItem,
} from '../support/env.js';
import { writeFixtureSources } from '../support/sources.js';
import { fileSourceId } from '../../src/model/source-id.js';

// Node start-up dominates; on a loaded machine one run can take seconds.
vi.setConfig({ testTimeout: 90_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(() => dirs.cleanup());

const CONTRACT_FIELDS = [
  'guid',
  'url',
  'title',
  'section',
  'summary',
  'byline',
  'published',
  'image',
  'body',
  'related',
  'categories',
  'topics',
  'entities',
];
const FOOTBRIDGE_URL = 'https://river-post.example/news/footbridge-reopens';

/** The source id an ad-hoc ingest records for a fixture file (never its path). */
const fileSource = (name: string): string => fileSourceId(fixture(name));

const byTitle = (items: CliItem[], prefix: string): CliItem[] =>
  items.filter((i) => i.title?.startsWith(prefix));
const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

describe('feedwright normalise --json', () => {
  it('over many files prints every readable file, names each refused one on stderr, exits 1', async () => {
    const dir = await dirs.make();
    const refusedHtml = path.join(dir, 'menus.html');
    const menu = `<ul>${'<li><a href="/x">Section</a></li>'.repeat(20)}</ul>`;
    await writeFile(refusedHtml, `<html><body><p>Story.</p>${menu.repeat(600)}</body></html>`);
    const missing = path.join(dir, 'missing.html');
    const files = [fixture('bakery.txt'), refusedHtml, missing, fixture('river-post.rss')];
    const res = await runCli(['normalise', '--json', ...files]);
    expect(res.code).toBe(1);
    const items = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.title)).toEqual([
      'Corner bakery celebrates fifty years on the high street',
      'Footbridge reopens after flood repairs',
      'Rowing club wins regional cup for the third year',
    ]);
    const errs = lines(res.stderr);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/menus\.html: refused: .* elements/);
    expect(errs[1]).toMatch(/cannot read .*missing\.html/);
    expect(errs[2]).toBe('feedwright: 2 of 4 files refused');
  });

  it('prints one item per article file and one per feed entry, in order, storing nothing', async () => {
    const store = await dirs.make();
    const files = ['river-post.rss', 'valley-wire.atom', 'town-notes.json', 'bakery.txt'].map(fixture);
    const res = await runCli(['normalise', '--json', ...files], { FEEDWRIGHT_STORE: store });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const items = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.title)).toEqual([
      'Footbridge reopens after flood repairs',
      'Rowing club wins regional cup for the third year',
      'Footbridge back in use after repairs',
      'Orchard owners report an early blossom',
      'Rowing club takes the regional cup again',
      'Corner bakery celebrates fifty years on the high street',
    ]);
    for (const item of items) {
      for (const field of CONTRACT_FIELDS)
        expect(item, `${String(item.title)}: ${field}`).toHaveProperty(field);
      expect(Array.isArray(item.body)).toBe(true);
      expect(Array.isArray(item.topics)).toBe(true);
      const entities = item.entities as Record<string, unknown>;
      for (const kind of ['people', 'places', 'organisations'])
        expect(Array.isArray(entities[kind])).toBe(true);
    }
    expect(items[0]).toMatchObject({ guid: FOOTBRIDGE_URL, url: FOOTBRIDGE_URL, categories: ['Transport'] });
    expect(Date.parse(String(items[0]?.published))).toBe(Date.parse('2026-03-10T09:00:00Z'));
    expect(existsSync(path.join(store, 'db.json'))).toBe(false);
  });
});

describe('feedwright ingest and items', () => {
  it('stores each story once, listing every source item that carried it in origins', async () => {
    const store = await dirs.make();
    const first = await runCli([
      'ingest',
      '--store',
      store,
      fixture('river-post.rss'),
      fixture('bakery.txt'),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('3 new');
    const before = await cliItems(store);
    expect(before).toHaveLength(3);
    expect(byTitle(before, 'Footbridge')[0]?.origins).toEqual([
      expect.objectContaining({ source: fileSource('river-post.rss'), guid: FOOTBRIDGE_URL }),
    ]);
    expect(byTitle(before, 'Corner bakery')[0]?.origins).toEqual([
      expect.objectContaining({ source: fileSource('bakery.txt'), guid: null }),
    ]);

    // The same files again (one twice in one run), plus two other feeds carrying the same stories:
    // valley-wire by the same guid URL, town-notes by the same URL under www. and tracking params.
    const again = await runCli([
      'ingest',
      '--store',
      store,
      fixture('river-post.rss'),
      fixture('bakery.txt'),
      fixture('bakery.txt'),
      fixture('valley-wire.atom'),
      fixture('town-notes.json'),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('1 new');
    const after = await cliItems(store);
    expect(after.map((i) => i.title).sort()).toEqual([
      'Corner bakery celebrates fifty years on the high street',
      'Footbridge reopens after flood repairs',
      'Orchard owners report an early blossom',
      'Rowing club wins regional cup for the third year',
    ]);
    for (const old of before) expect(after.find((i) => i.title === old.title)?.id).toBe(old.id);
    expect(byTitle(after, 'Footbridge')[0]?.origins.map((o) => o.source)).toEqual([
      fileSource('river-post.rss'),
      fileSource('valley-wire.atom'),
    ]);
    expect(byTitle(after, 'Rowing club')[0]?.origins).toEqual([
      expect.objectContaining({ source: fileSource('river-post.rss'), guid: 'river-post-2207' }),
      expect.objectContaining({ source: fileSource('town-notes.json'), guid: 'town-notes-88' }),
    ]);
    expect(byTitle(after, 'Corner bakery')[0]?.origins).toHaveLength(1);

    const [tagged, limited, text] = await Promise.all([
      runCli(['items', '--json', '--tag', 'farming', '--store', store]),
      runCli(['items', '--json', '--limit', '1', '--store', store]),
      runCli(['items', '--store', store]),
    ]);
    expect((JSON.parse(tagged.stdout) as CliItem[]).map((i) => i.title)).toEqual([
      'Orchard owners report an early blossom',
    ]);
    expect(JSON.parse(limited.stdout) as CliItem[]).toHaveLength(1);
    expect(lines(text.stdout)).toHaveLength(4);
  });
});

describe('feedwright sources', () => {
  it('prints every source with its last run, result and next run', async () => {
    const store = await dirs.make();
    const args = ['--store', store, '--sources', SAMPLES_SOURCES];
    const before = await runCli(['sources', ...args]);
    expect(before.code, before.stderr).toBe(0);
    const [header, ...rows] = lines(before.stdout);
    expect(header).toMatch(/ID\s+KIND\s+SCHEDULE\s+LAST RUN\s+RESULT\s+NEXT RUN/);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual([
      'seed',
      'harbour-ferry',
      'glacier-report',
      'coastal-news',
      'research-notes',
      'city-hall',
      'inbox',
    ]);
    for (const row of rows) expect(row).toContain('never run');

    const ingest = await runCli(['ingest', '--all', ...args]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const [table, json] = await Promise.all([
      runCli(['sources', ...args]),
      runCli(['sources', '--json', ...args]),
    ]);
    const date = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/.source;
    const after = lines(table.stdout).slice(1);
    expect(after).toHaveLength(7);
    for (const row of after) expect(row).toMatch(new RegExp(`${date}\\s+ok \\(\\d+ items?\\)\\s+${date}$`));
    const coastal = (JSON.parse(json.stdout) as Array<{ id: string; nextRun: string; result: string }>).find(
      (r) => r.id === 'coastal-news',
    );
    expect(coastal?.result).toBe('ok');
    // Its schedule is every ten minutes.
    expect(new Date(coastal?.nextRun ?? '').getUTCMinutes() % 10).toBe(0);
  });
});

describe.concurrent('usage errors', () => {
  it('"--help" on every command exits 0 and prints usage', async ({ expect }) => {
    const commands = ['', 'serve', 'ingest', 'sources', 'items', 'normalise', 'config'];
    const results = await Promise.all(commands.map((c) => runCli([...(c ? [c] : []), '--help'])));
    for (const [i, res] of results.entries()) {
      expect(res.code, commands[i]).toBe(0);
      expect(res.stdout, commands[i]).toMatch(/^Usage: feedwright/);
    }
  });

  it('a wrong flag exits non-zero with one clear line on stderr', async ({ expect }) => {
    const cases = [
      ['ingest', '--bogus'],
      ['items', '--nope'],
      ['normalise', '--jsn'],
    ];
    const results = await Promise.all(cases.map((c) => runCli(c)));
    for (const [i, res] of results.entries()) {
      const flag = cases[i]?.[1] ?? '';
      expect(res.code).not.toBe(0);
      expect(lines(res.stderr), flag).toEqual([expect.stringContaining(`'${flag}'`)]);
      expect(res.stdout).toBe('');
    }
  });

  it('an unknown source id, a bad --limit and a bad environment each give one line', async ({ expect }) => {
    const store = await dirs.make();
    const sources = await dirs.make();
    await writeFixtureSources(sources);
    const [unknown, limit, env] = await Promise.all([
      runCli(['ingest', 'no-such-source', '--store', store, '--sources', sources]),
      runCli(['items', '--limit', 'ten', '--store', store]),
      runCli(['items', '--store', store], { PORT: 'eighty' }),
    ]);
    expect(unknown.code).not.toBe(0);
    expect(lines(unknown.stderr)).toEqual([expect.stringContaining('"no-such-source"')]);
    expect(limit.code).not.toBe(0);
    expect(lines(limit.stderr)).toEqual([expect.stringContaining('--limit')]);
    expect(env.code).not.toBe(0);
    expect(lines(env.stderr)).toEqual([expect.stringContaining('PORT')]);
  });
});

describe.concurrent('malformed input', () => {
  it('rejects a truncated feed naming the file, and keeps every earlier item', async ({ expect }) => {
    const store = await dirs.make();
    await runCli(['ingest', '--store', store, fixture('river-post.rss'), fixture('bakery.txt')]);
    const before = await storeSnapshot(store);
    const res = await runCli(['ingest', '--store', store, fixture('truncated.rss')]);
    expect(res.code).not.toBe(0);
    expect(lines(res.stderr)).toEqual([expect.stringMatching(/^feedwright: .*truncated\.rss: /)]);
    expect(await storeSnapshot(store)).toBe(before);
    expect(await storedItems(store)).toHaveLength(3);
  });

  it('records a failing source as an error, shown by `feedwright sources`', async ({ expect }) => {
    const store = await dirs.make();
    const sources = await dirs.make();
    await writeFixtureSources(sources);
    await writeFile(
      path.join(sources, 'broken.yaml'),
      `- id: broken\n  kind: feed\n  location: ${JSON.stringify(fixture('truncated.rss'))}\n`,
    );
    const args = ['--store', store, '--sources', sources];
    const res = await runCli(['ingest', '--all', ...args]);
    expect(res.code).not.toBe(0);
    expect(lines(res.stderr)).toEqual([expect.stringMatching(/^feedwright: broken: .*truncated\.rss/)]);
    // The other sources still ran.
    expect(await storedItems(store)).toHaveLength(4);
    const table = await runCli(['sources', ...args]);
    const row = lines(table.stdout).find((l) => l.startsWith('broken '));
    expect(row).toMatch(/error: .*truncated\.rss: /);
  });
});
