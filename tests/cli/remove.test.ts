/**
 * `feedwright rm` and `feedwright purge`, run as an operator runs them (the built CLI): removed
 * items stay removed when their sources run again, and a wrong id or source is one error line and
 * a non-zero exit without stopping the rest. Runs on PostgreSQL too (vitest.config.ts). Sources are
 * run and the store read in-process: each CLI start costs seconds on a loaded machine.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSource } from '../../src/pipeline/ingest.js';
import {
  ingestContext,
  openTestStore,
  requireBuiltCli,
  runCli,
  storedItems,
  tempDirs,
  testConfig,
} from '../support/env.js';
import { FIXTURE_TITLES, writeFixtureSources } from '../support/sources.js';

vi.setConfig({ testTimeout: 180_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(() => dirs.cleanup());

const [FOOTBRIDGE, ROWING] = FIXTURE_TITLES as [string, string, string, string];

/** The fixture sources run into a new store; `ingest` runs them all again. */
async function ingested(): Promise<{ store: string; sources: string; ingest: () => Promise<void> }> {
  const store = await dirs.make();
  const sources = await dirs.make();
  const defs = await writeFixtureSources(sources);
  const ingest = async (): Promise<void> => {
    const config = testConfig(store, sources);
    const s = await openTestStore(config);
    try {
      const ctx = await ingestContext(s, config);
      for (const def of defs) await runSource(ctx, def);
    } finally {
      await s.close();
    }
  };
  await ingest();
  return { store, sources, ingest };
}

const titles = async (store: string): Promise<(string | null)[]> =>
  (await storedItems(store)).map((i) => i.title);

describe('feedwright rm', () => {
  it('removes items for good; an unknown id is one error line and exit 1, the others still go', async () => {
    const { store, ingest } = await ingested();
    const items = await storedItems(store);
    const footbridge = items.find((i) => i.title === FOOTBRIDGE)!;
    const res = await runCli(['rm', 'no-such-item', footbridge.id, '--store', store]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(`removed 1 item: ${footbridge.id}\n`);
    expect(res.stderr.trim().split('\n')).toEqual([expect.stringContaining('no item "no-such-item"')]);
    expect(await titles(store)).not.toContain(FOOTBRIDGE);
    // Both feeds that carry the story run again: it does not come back.
    await ingest();
    expect(await titles(store)).toEqual(items.filter((i) => i !== footbridge).map((i) => i.title));
    // Removing it again names it as unknown.
    const again = await runCli(['rm', footbridge.id, '--store', store]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
  });
});

describe('feedwright purge', () => {
  it("removes a source's items for good; an unknown source is an error", async () => {
    const { store, sources, ingest } = await ingested();
    const before = await storedItems(store);
    expect(before.some((i) => i.origins.some((o) => o.source === 'town'))).toBe(true);
    const res = await runCli(['purge', '--source', 'town', '--store', store, '--sources', sources]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^purged source "town": removed \d+ items?\n$/);
    await ingest();
    const after = await storedItems(store);
    expect(after.some((i) => i.origins.some((o) => o.source === 'town'))).toBe(false);
    expect(after.map((i) => i.title)).not.toContain(ROWING);
    expect(after.length).toBeGreaterThan(0);
    const unknown = await runCli(['purge', '--source', 'nowhere', '--store', store, '--sources', sources]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no source "nowhere"');
  });
});
