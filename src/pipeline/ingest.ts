import { readFile, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config, SourceDef } from '../config/index.js';
import type { Logger } from '../log/index.js';
import { itemDate, type Store, type SourceState } from '../store/index.js';
import { normaliseDocument, sniffDocument, type DocumentInput } from '../normalise/index.js';
import type { DetectedKind } from '../ingest/detect.js';
import { fetchDocument, fetchPolicy, type FetchOptions } from '../ingest/fetch.js';
import { fileSourceId } from '../model/source-id.js';
import type { Tagger } from '../tagging/index.js';
import { statedDate, type FingerprintMemo } from '../dedup/index.js';
import { limitItems } from './limits.js';
import { applyItems, zero, add, type ApplyCounts } from './apply.js';
import { backoffDelayMs } from '../scheduler/backoff.js';
import { FeedwrightError, FetchError, ParseError, StoreError, errorMessage } from '../errors/index.js';
import { isHttpUrl } from '../url/location.js';

/** What the ingest pipeline needs, built once at start-up and passed in. */
export interface IngestContext {
  store: Store;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** Finds topics and entities; built once from the taxonomy. */
  tagger: Tagger;
  /** Fingerprints of stored items, for near-duplicate checks; one per store. */
  fingerprints: FingerprintMemo;
  /** Told how long each upstream fetch took (/metrics). */
  onFetched?: (seconds: number) => void;
}

/** Fetch, timed for /metrics. */
async function timedFetch(ctx: IngestContext, url: string, options: FetchOptions) {
  const started = performance.now();
  try {
    return await fetchDocument(url, options);
  } finally {
    ctx.onFetched?.((performance.now() - started) / 1000);
  }
}

export type { ApplyCounts } from './apply.js';

export interface SourceRunResult extends ApplyCounts {
  source: string;
  result: 'ok' | 'not-modified';
  documents: number;
  /** Folder sources: files that are no feed, page or text (images, archives), left alone. */
  skipped: string[];
}

/** Normalise one document and store its items; the raw bytes are kept for re-normalising. */
export async function ingestDocument(
  ctx: IngestContext,
  doc: DocumentInput,
  origin: { sourceKey: string; source: SourceDef | null },
  updateState?: (state: SourceState) => SourceState,
): Promise<ApplyCounts> {
  const fetchedAt = ctx.now().toISOString();
  // A feed source sends a feed: an error page or text in its place is its failure, not an article.
  const expect = origin.source?.kind === 'feed' ? 'feed' : undefined;
  const { items: extracted } = await normaliseDocument(doc, { expect }).catch((err: unknown) => {
    // Name the document: a source's error (and `feedwright sources`) must say which file failed.
    const message = errorMessage(err);
    throw message.includes(doc.location)
      ? err
      : new ParseError(`${doc.location}: ${message}`, { cause: err });
  });
  const limited = limitItems(extracted, ctx.config.limits);
  if (limited.dropped) {
    ctx.logger.warn(
      { source: origin.sourceKey, dropped: limited.dropped },
      'document has more items than the cap',
    );
  }
  const items = limited.items.map((item) => ctx.tagger.enrich(item));
  // Undated items sort by first seen, held below the newest story already stored (read before the
  // transaction: it only places items, and a story stored meanwhile changes no identity). Read only
  // when some item states no date: a round trip per document on a database store.
  const undated = items.some((i) => statedDate(i) === null);
  const [newestStored] = undated ? await ctx.store.listItems({ limit: 1 }) : [];
  const newest = newestStored ? itemDate(newestStored) : null;
  const counts = await ctx.store.transaction(async (tx) => {
    const c = await applyItems(tx, items, { ...origin, fetchedAt }, fetchedAt, ctx.fingerprints, newest);
    if (updateState)
      await tx.setSourceState(origin.sourceKey, updateState(await tx.getSourceState(origin.sourceKey)));
    return c;
  });
  await ctx.store.putRaw({
    key: origin.sourceKey,
    location: doc.location,
    url: doc.url,
    contentType: doc.contentType,
    fetchedAt,
    bytes: doc.bytes,
  });
  return counts;
}

function fetchOptions(ctx: IngestContext): FetchOptions {
  return fetchPolicy(ctx.config.fetch);
}

async function readLocal(file: string): Promise<DocumentInput> {
  try {
    return { bytes: await readFile(file), contentType: null, location: file, url: null };
  } catch (err) {
    throw new FeedwrightError('usage', `cannot read ${file}: ${errorMessage(err)}`);
  }
}

/**
 * Ingest an ad-hoc file or URL given on the command line. A URL is its own source id; a file gets
 * `file-<hash>/<name>` (its path stays on the operator's disk, out of published origins).
 */
export async function ingestLocation(ctx: IngestContext, location: string): Promise<ApplyCounts> {
  if (isHttpUrl(location)) {
    const res = await timedFetch(ctx, location, fetchOptions(ctx));
    if (res.status !== 'ok') return zero();
    const doc: DocumentInput = {
      bytes: res.bytes,
      contentType: res.contentType,
      contentLocation: res.contentLocation,
      location,
      url: res.url,
    };
    return ingestDocument(ctx, doc, { sourceKey: location, source: null });
  }
  const file = path.resolve(location);
  return ingestDocument(ctx, await readLocal(file), { sourceKey: fileSourceId(file), source: null });
}

const succeeded =
  (now: Date, extra: Partial<SourceState>, counts: ApplyCounts, result: 'ok' | 'not-modified') =>
  (s: SourceState): SourceState => ({
    ...s,
    ...extra,
    lastRunAt: now.toISOString(),
    lastResult: result,
    lastError: null,
    lastSeen: counts.seen,
    lastNew: counts.created,
    consecutiveFailures: 0,
    retryAt: null,
  });

async function recordSuccess(
  ctx: IngestContext,
  id: string,
  update: (s: SourceState) => SourceState,
): Promise<void> {
  await ctx.store.transaction(async (tx) => tx.setSourceState(id, update(await tx.getSourceState(id))));
}

async function hashFile(file: string): Promise<{ bytes: Buffer; hash: string }> {
  const bytes = await readFile(file);
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** What a folder source reads: feeds, HTML pages and text. Anything else in the folder is skipped. */
const INGESTED_KINDS: ReadonlySet<DetectedKind> = new Set(['rss', 'atom', 'jsonfeed', 'html', 'text']);

/** Article files in a folder source: regular, visible files, sorted for a stable order. */
async function folderFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const files: string[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if ((await stat(full)).isFile()) files.push(full);
  }
  return files;
}

async function runFolder(ctx: IngestContext, source: SourceDef, offline: boolean): Promise<SourceRunResult> {
  const now = ctx.now();
  const state = (await ctx.store.sourceStates())[source.id];
  let total = zero();
  let documents = 0;
  const files = await folderFiles(source.location).catch((err: unknown) => {
    throw new FeedwrightError('usage', `cannot read the folder ${source.location}: ${errorMessage(err)}`);
  });
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    try {
      const { bytes, hash } = await hashFile(file);
      // Files already ingested in this form are skipped unless the operator forces a re-ingest.
      if (!offline && state?.files[file] === hash) continue;
      const doc: DocumentInput = { bytes, contentType: null, location: file, url: null };
      // A folder of articles may hold their images, data files and notes too: not articles, and not failures.
      const { kind } = sniffDocument(doc);
      if (!INGESTED_KINDS.has(kind)) {
        ctx.logger.info({ source: source.id, file, kind }, 'skipped: not a feed, HTML page or text');
        skipped.push(file);
        continue;
      }
      const counts = await ingestDocument(ctx, doc, { sourceKey: source.id, source }, (s) => ({
        ...s,
        files: { ...s.files, [file]: hash },
      }));
      total = add(total, counts);
      documents++;
    } catch (err) {
      // A store failure is not this file's fault and fails every file alike: report it as such.
      if (err instanceof StoreError) throw err;
      failures.push(`${path.basename(file)}: ${errorMessage(err)}`);
    }
  }
  if (failures.length) {
    throw new FeedwrightError('parse', `${failures.length} of ${files.length} files failed — ${failures[0]}`);
  }
  const skippedNames = skipped.map((f) => path.basename(f));
  await recordSuccess(ctx, source.id, succeeded(now, { skipped: skippedNames }, total, 'ok'));
  return { source: source.id, result: 'ok', documents, skipped, ...total };
}

/** Re-normalise the kept raw copies of a source's documents (no network). */
async function runFromRaw(ctx: IngestContext, source: SourceDef): Promise<SourceRunResult> {
  const now = ctx.now();
  const raws = await ctx.store.getRaw(source.id);
  let total = zero();
  for (const raw of raws) {
    const counts = await ingestDocument(ctx, raw, { sourceKey: source.id, source });
    total = add(total, counts);
  }
  await recordSuccess(ctx, source.id, succeeded(now, {}, total, 'ok'));
  return { source: source.id, result: 'ok', documents: raws.length, skipped: [], ...total };
}

async function runSingle(ctx: IngestContext, source: SourceDef, offline: boolean): Promise<SourceRunResult> {
  const now = ctx.now();
  if (!source.isUrl) {
    const counts = await ingestDocument(ctx, await readLocal(source.location), {
      sourceKey: source.id,
      source,
    });
    await recordSuccess(ctx, source.id, succeeded(now, {}, counts, 'ok'));
    return { source: source.id, result: 'ok', documents: 1, skipped: [], ...counts };
  }
  if (offline) return runFromRaw(ctx, source);
  const state = (await ctx.store.sourceStates())[source.id];
  const res = await timedFetch(ctx, source.location, {
    ...ctx.config.fetch,
    etag: state?.etag,
    lastModified: state?.lastModified,
    ...fetchOptions(ctx),
  });
  if (res.status === 'not-modified') {
    const unchanged = { seen: state?.lastSeen ?? 0, created: 0, updated: 0 };
    await recordSuccess(ctx, source.id, succeeded(now, {}, unchanged, 'not-modified'));
    return { source: source.id, result: 'not-modified', documents: 0, skipped: [], ...zero() };
  }
  const doc: DocumentInput = {
    bytes: res.bytes,
    contentType: res.contentType,
    contentLocation: res.contentLocation,
    location: source.location,
    url: res.url,
  };
  const counts = await ingestDocument(ctx, doc, { sourceKey: source.id, source });
  const validators = { etag: res.etag, lastModified: res.lastModified };
  await recordSuccess(ctx, source.id, succeeded(now, validators, counts, 'ok'));
  return { source: source.id, result: 'ok', documents: 1, skipped: [], ...counts };
}

/**
 * Run one configured source: fetch (conditionally) or read it, normalise, dedup, tag, store, and
 * record the outcome on the source. A failure is recorded with a backoff retry time and rethrown;
 * items already stored are never touched by a failed run.
 */
export async function runSource(
  ctx: IngestContext,
  source: SourceDef,
  opts: { offline?: boolean } = {},
): Promise<SourceRunResult> {
  const offline = opts.offline ?? false;
  try {
    return source.kind === 'folder'
      ? await runFolder(ctx, source, offline)
      : await runSingle(ctx, source, offline);
  } catch (err) {
    const now = ctx.now();
    const retryAfter = err instanceof FetchError ? err.retryAfter : null;
    await ctx.store
      .transaction(async (tx) => {
        const s = await tx.getSourceState(source.id);
        const failures = s.consecutiveFailures + 1;
        await tx.setSourceState(source.id, {
          ...s,
          lastRunAt: now.toISOString(),
          lastResult: 'error',
          lastError: errorMessage(err),
          consecutiveFailures: failures,
          retryAt: new Date(now.getTime() + backoffDelayMs(failures, retryAfter)).toISOString(),
        });
      })
      .catch((stateErr: unknown) =>
        ctx.logger.error({ source: source.id, err: stateErr }, 'cannot record failure'),
      );
    throw err;
  }
}
