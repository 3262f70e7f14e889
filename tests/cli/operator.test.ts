/**
 * Operator commands run as an operator runs them: read-only commands never create a store they
 * were pointed at by mistake, and `normalise` previews a URL fetched under the ingest policy.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close } from '../../src/http/index.js';
import { SAMPLES_SOURCES, requireBuiltCli, runCli, tempDirs } from '../support/env.js';

const dirs = tempDirs();
const lines = (s: string): string[] => s.split('\n').filter(Boolean);
beforeAll(requireBuiltCli);
afterAll(() => dirs.cleanup());

describe('read-only commands with a store that does not exist', () => {
  for (const command of ['items', 'sources']) {
    it(`${command} says so, exits non-zero and creates nothing`, async () => {
      const missing = path.join(await dirs.make(), 'stroe');
      const res = await runCli([command, '--store', missing], { FEEDWRIGHT_SOURCES: SAMPLES_SOURCES });
      expect(res.code).not.toBe(0);
      expect(lines(res.stderr)).toEqual([
        `feedwright: --store: the store ${missing} does not exist (expected a folder that feedwright ingest or serve has written)`,
      ]);
      expect(res.stdout).toBe('');
      expect(existsSync(missing)).toBe(false);
    });
  }
});

describe('normalise with a URL', () => {
  let server: http.Server;
  let base: string;
  const feed = path.join(SAMPLES_SOURCES, 'samples/feeds/coastal-news.rss');
  beforeAll(async () => {
    const body = await readFile(feed);
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => close(server));

  it('fetches it and previews the same items as the file', async () => {
    const [fromUrl, fromFile] = await Promise.all([
      runCli(['normalise', '--json', `${base}/news.rss`], { FEEDWRIGHT_FETCH_ALLOW: '127.0.0.0/8' }),
      runCli(['normalise', '--json', feed]),
    ]);
    expect(fromUrl.stderr).toBe('');
    expect(fromUrl.code).toBe(0);
    const titles = (out: string): string[] =>
      (JSON.parse(out) as Array<{ title: string }>).map((i) => i.title);
    expect(titles(fromUrl.stdout).length).toBeGreaterThan(0);
    expect(titles(fromUrl.stdout)).toEqual(titles(fromFile.stdout));
  });

  it('keeps to the ingest fetch policy: a loopback address is refused unless allowed', async () => {
    const res = await runCli(['normalise', `${base}/news.rss`]);
    expect(res.code).not.toBe(0);
    expect(lines(res.stderr)).toHaveLength(1);
    expect(res.stderr).toMatch(/^feedwright: .*(not allowed|not public|refus|private|loopback)/i);
  });
});
