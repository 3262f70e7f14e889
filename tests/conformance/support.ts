/**
 * Shared set-up for the conformance tests: the independent tools (which .ci/install-tools.sh
 * installs before the tests), and a real server over a store filled from the bundled
 * samples, whose BASE_URL is its own address so self links equal the URLs requested.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadSources, type Config, type SourceDef } from '../../src/config/index.js';
import { close, createApp } from '../../src/http/index.js';
import { runSource } from '../../src/pipeline/ingest.js';
import type { FeedFormat } from '../../src/publish/index.js';
import type { ItemQuery, Store } from '../../src/store/index.js';
import {
  ROOT,
  SAMPLES_SOURCES,
  ingestContext,
  openTestStore,
  silentLogger,
  tempDirs,
  testConfig,
} from '../support/env.js';
import { DEBIAN_PYTHON, TOOLS, requireTools } from '../support/tools.js';
import { awkwardSource, putHostileItems } from './hostile.js';

export const FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];
/** The RFC 4287 RELAX NG schema (RFC 4287 appendix B), kept beside these tests. */
export const ATOM_RNC = path.join(ROOT, 'tests/conformance/atom.rnc');
export { DEBIAN_PYTHON };

/**
 * Every checker the conformance tests run must be here; a missing one fails with one line naming
 * its Debian package (tests never install anything: .ci/install-tools.sh does, before the tests).
 */
export function ensureTools(): void {
  requireTools(TOOLS.jing, TOOLS.feedparser, TOOLS.newsboat, TOOLS.sqlite3);
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program without a shell; never rejects, so tests can show its output on failure. */
export function run(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {},
): Promise<ToolResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: opts.env ?? process.env, cwd: opts.cwd, timeout: opts.timeout ?? 30_000, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A feed URL the tests request, with the public ids of the items it must carry, newest first. */
export interface FeedCase {
  name: string;
  format: FeedFormat;
  url: string;
  ids: string[];
}

export interface SampleServer {
  base: string;
  config: Config;
  store: Store;
  sources: SourceDef[];
  cases: FeedCase[];
  stop: () => Promise<void>;
}

const publicId = (id: string): string => `urn:uuid:${id}`;

/** The `next` link of a served feed document (JSON Feed next_url, or an Atom link in either XML format). */
export function nextLink(format: FeedFormat, body: string): string | null {
  if (format === 'json') return (JSON.parse(body) as { next_url?: string }).next_url ?? null;
  for (const tag of body.match(/<(?:atom:)?link\b[^>]*>/g) ?? []) {
    const attrs = Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (attrs.rel === 'next' && attrs.href) return attrs.href.replace(/&amp;/g, '&');
  }
  return null;
}

/** The busiest tag and source, so scoped feeds have more than one item to check. */
async function busiestScopes(store: Store, sources: SourceDef[]): Promise<{ tag: string; source: string }> {
  const tags = (await store.listTags()).sort((a, b) => b.count - a.count);
  const items = await store.listItems();
  const perSource = sources
    .map((s) => ({ id: s.id, n: items.filter((i) => i.origins.some((o) => o.source === s.id)).length }))
    .sort((a, b) => b.n - a.n);
  const tag = tags[0]?.tag.slug;
  const source = perSource[0]?.id;
  if (!tag || !source) throw new Error('the samples gave no tags or sources');
  return { tag, source };
}

/** Every feed URL under test: all items, a tag, a source, ?limit=2 and its next page, per format. */
async function feedCases(
  base: string,
  config: Config,
  store: Store,
  sources: SourceDef[],
): Promise<FeedCase[]> {
  const { tag, source } = await busiestScopes(store, sources);
  const limit = config.feeds.defaultLimit;
  const ids = async (q: ItemQuery): Promise<string[]> =>
    (await store.listItems(q)).map((i) => publicId(i.id));
  const cases: FeedCase[] = [];
  for (const format of FORMATS) {
    cases.push({ name: `all`, format, url: `${base}/feed.${format}`, ids: await ids({ limit }) });
    cases.push({
      name: `tag ${tag}`,
      format,
      url: `${base}/tags/${tag}/feed.${format}`,
      ids: await ids({ limit, tag }),
    });
    cases.push({
      name: `source ${source}`,
      format,
      url: `${base}/sources/${source}/feed.${format}`,
      ids: await ids({ limit, source }),
    });
    const pagedUrl = `${base}/feed.${format}?limit=2`;
    cases.push({ name: 'limit=2', format, url: pagedUrl, ids: await ids({ limit: 2 }) });
    const next = nextLink(format, await (await fetch(pagedUrl)).text());
    if (!next) throw new Error(`${pagedUrl} has no next link`);
    const before = new URL(next).searchParams.get('before') ?? undefined;
    cases.push({ name: 'next page', format, url: next, ids: await ids({ limit: 2, before }) });
  }
  return cases;
}

/**
 * Ingest every bundled sample (and the awkward invented feed, plus hostile stored items) into a fresh store and serve it on 127.0.0.1 on a free port, with
 * BASE_URL set to that very address (listen first, then build the app).
 */
export async function startSampleServer(): Promise<SampleServer> {
  const dirs = tempDirs();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = testConfig(await dirs.make('feedwright-conformance-'), SAMPLES_SOURCES, { BASE_URL: base });
  const sources = [...(await loadSources(SAMPLES_SOURCES)), awkwardSource];
  const store = await openTestStore(config);
  const ctx = await ingestContext(store, config);
  for (const s of sources) await runSource(ctx, s);
  await putHostileItems(store);
  server.on('request', createApp({ config, store, sources, logger: silentLogger() }));
  const cases = await feedCases(base, config, store, sources);
  const stop = async (): Promise<void> => {
    await close(server);
    await store.close();
    await dirs.cleanup();
  };
  return { base, config, store, sources, cases, stop };
}
