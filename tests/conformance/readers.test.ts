/**
 * Real subscribers read every feed served, item for item: Debian's python3-feedparser (bozo 0,
 * then 304 with the validators it got), newsboat (its sqlite cache holds every item), and the npm
 * parsers @extractus/feed-extractor and feedsmith (all three formats).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extract } from '@extractus/feed-extractor';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON, ensureTools, run, startSampleServer, type SampleServer } from './support.js';

let app: SampleServer;

beforeAll(async () => {
  ensureTools();
  app = await startSampleServer();
});

afterAll(async () => {
  // beforeAll may have failed before the server started: report that, not a crash here.
  await app?.stop();
});

const xmlCases = () => app.cases.filter((c) => c.format !== 'json');

/** What feedparser made of one URL, fetched twice (the second time with its validators). */
interface FeedparserReport {
  status: number | null;
  bozo: number;
  bozo_exception: string | null;
  version: string;
  ids: string[];
  again: number | null;
}

const FEEDPARSER_SCRIPT = `
import json, sys, feedparser
out = {}
for url in sys.argv[1:]:
    d = feedparser.parse(url)
    again = feedparser.parse(url, etag=d.get('etag'), modified=d.get('modified'))
    out[url] = {
        'status': d.get('status'), 'bozo': int(bool(d.bozo)),
        'bozo_exception': repr(d.get('bozo_exception')) if d.bozo else None,
        'version': d.version, 'ids': [e.get('id') for e in d.entries],
        'again': again.get('status'),
    }
json.dump(out, sys.stdout)
`;

describe('python3-feedparser (Debian)', () => {
  it('reads every RSS and Atom feed with bozo 0 and every item, then gets 304 with its validators', async () => {
    const cases = xmlCases();
    const res = await run(DEBIAN_PYTHON, ['-c', FEEDPARSER_SCRIPT, ...cases.map((c) => c.url)]);
    expect(res.code, res.stderr).toBe(0);
    const reports = JSON.parse(res.stdout) as Record<string, FeedparserReport>;
    for (const c of cases) {
      const r = reports[c.url];
      expect(r, c.url).toBeDefined();
      expect({ url: c.url, status: r?.status, bozo: r?.bozo, why: r?.bozo_exception }).toEqual({
        url: c.url,
        status: 200,
        bozo: 0,
        why: null,
      });
      expect(r?.version, c.url).toBe(c.format === 'rss' ? 'rss20' : 'atom10');
      expect(r?.ids, c.url).toEqual(c.ids);
      expect(r?.again, `${c.url} with ETag/Last-Modified`).toBe(304);
    }
  });
});

describe('newsboat', () => {
  /** One newsboat per feed: it keeps one copy of a guid across all its feeds, so feeds that share items are read apart. */
  async function newsboatGuids(url: string): Promise<{ guids: string[]; output: string }> {
    const home = await mkdtemp(path.join(os.tmpdir(), 'feedwright-newsboat-'));
    try {
      await writeFile(path.join(home, 'urls'), `${url}\n`);
      const cache = path.join(home, 'cache.db');
      const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home };
      const reload = await run(
        'newsboat',
        ['-u', path.join(home, 'urls'), '-c', cache, '-x', 'reload', 'print-unread'],
        {
          env,
          cwd: home,
        },
      );
      const rows = await run('sqlite3', [cache, 'select guid from rss_item order by pubDate desc, id']);
      const log = await readFile(path.join(home, 'newsboat-error.log'), 'utf8').catch(() => '');
      return {
        guids: rows.stdout.split('\n').filter(Boolean),
        output: [reload.stdout, reload.stderr, rows.stderr, log].join('\n'),
      };
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }

  it('reads every RSS and Atom feed with every item', async () => {
    const cases = xmlCases();
    const results = await Promise.all(cases.map((c) => newsboatGuids(c.url)));
    cases.forEach((c, n) => {
      const r = results[n];
      expect([...(r?.guids ?? [])].sort(), `${c.url}\n${r?.output ?? ''}`).toEqual([...c.ids].sort());
      expect(r?.output, c.url).toContain(`${c.ids.length} unread articles`);
    });
  });
});

describe('@extractus/feed-extractor', () => {
  it('reads every feed in all three formats with every item', async () => {
    for (const c of app.cases) {
      const feed = await extract(c.url, { descriptionMaxLen: 0 });
      expect(
        (feed.entries ?? []).map((e) => e.id),
        c.url,
      ).toEqual(c.ids);
      for (const e of feed.entries ?? []) expect(e.link, `${c.url} ${e.id}`).toMatch(/^https?:\/\//);
    }
  });
});

describe('feedsmith', () => {
  /** Item ids as feedsmith reads them, whatever the format. */
  function feedsmithIds(body: string): { format: string; ids: Array<string | undefined> } {
    const parsed = parseFeed(body);
    switch (parsed.format) {
      case 'rss':
        return { format: 'rss', ids: (parsed.feed.items ?? []).map((i) => i.guid?.value) };
      case 'atom':
        return { format: 'atom', ids: (parsed.feed.entries ?? []).map((e) => e.id) };
      case 'json':
        return { format: 'json', ids: (parsed.feed.items ?? []).map((i) => i.id) };
      default:
        return { format: parsed.format, ids: [] };
    }
  }

  it('reads every feed in all three formats with every item', async () => {
    for (const c of app.cases) {
      const body = await (await fetch(c.url)).text();
      expect(feedsmithIds(body), c.url).toEqual({ format: c.format, ids: c.ids });
    }
  });
});
