import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/index.js';
import { ingestContext, openTestStore, tempDirs, testConfig } from '../support/env.js';

/**
 * Our own dedup cases (invented stories in English, German, French, Spanish, Italian, Dutch,
 * Polish, Portuguese, Japanese, Chinese, Arabic, Swedish, Turkish, Russian, Ukrainian, Czech,
 * Greek, Korean, Indonesian, Hindi, Danish, Finnish, Hungarian, Romanian, Norwegian, Hebrew,
 * Vietnamese, Catalan, Croatian, Bulgarian, Slovak, Lithuanian, Slovenian, Thai, Estonian, Tagalog,
 * Persian, Khmer, Albanian, Icelandic, Basque and Luxembourgish, among others, in the layout of the shared dedup corpus): wire
 * copies under local intros, trimmed endings, radio versions, regional rewrites, translations of
 * one report, live blogs and their wrap-ups, updates under a new id, and templated notices that
 * must stay apart. Each case's files are
 * ingested in name order into a fresh store; pairs of source items stored as one are scored.
 */
const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

const dirs = tempDirs();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

const pairKey = (a: string, b: string): string => (a < b ? `${a} | ${b}` : `${b} | ${a}`);
function pairsOf(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) g.forEach((a, i) => g.slice(i + 1).forEach((b) => out.add(pairKey(a, b))));
  return out;
}

async function runCase(dir: string) {
  const config = testConfig(await dirs.make(), await dirs.make());
  const store = await openTestStore(config);
  open.push(store);
  const ctx = await ingestContext(store, config);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
  const all = new Set<string>();
  for (const file of files) {
    const location = path.join(dir, file);
    const bytes = await readFile(location);
    for (const it of (JSON.parse(bytes.toString()) as { items: { id: string }[] }).items)
      all.add(`${file}#${it.id}`);
    await ingestDocument(
      ctx,
      { bytes, contentType: 'application/feed+json', location, url: null },
      {
        sourceKey: file,
        source: null,
      },
    );
  }
  const clusters = (await store.listItems()).map((i) => i.origins.map((o) => `${o.source}#${o.guid}`));
  const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as {
    groups: string[][];
  };
  const got = pairsOf(clusters);
  const want = pairsOf(expected.groups);
  const seen = new Set(clusters.flat());
  return {
    found: [...got].filter((p) => want.has(p)).length,
    merged: got.size,
    expected: want.size,
    lost: [...all].filter((k) => !seen.has(k)).length,
  };
}

// One test per case, so a slow machine meets each case's own time limit rather than one limit for
// all; the totals are held by the last test, which runs after them (a file's tests run in order).
const caseNames = (await readdir(CASES)).sort();

describe('our own multilingual dedup cases', () => {
  const totals = { found: 0, merged: 0, expected: 0, lost: 0, ran: 0 };
  for (const name of caseNames)
    it(`${name}: loses nothing`, async () => {
      const r = await runCase(path.join(CASES, name));
      for (const k of ['found', 'merged', 'expected', 'lost'] as const) totals[k] += r[k];
      totals.ran += 1;
      expect(r.lost).toBe(0);
    }, 60_000);

  it('merges copies, radio versions and rewrites, keeps templated notices apart', () => {
    expect(totals.ran).toBe(caseNames.length);
    // README, "Deduplication": precision 1.000, recall 0.990 (1097, 1100 held as found) over all 136 cases.
    expect(totals.lost).toBe(0);
    expect(totals.found / totals.merged).toBeGreaterThanOrEqual(0.98);
    expect(totals.found / totals.expected).toBeGreaterThanOrEqual(0.9);
  });
});
