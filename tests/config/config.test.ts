import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, loadSources, parseSourceFile, DEFAULT_SCHEDULE } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';
import { tempDirs } from '../support/env.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

/** The error a call throws, so tests can check both its class and its message. */
async function failure(fn: () => unknown): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

async function sourcesDir(files: Record<string, string>): Promise<string> {
  const dir = await dirs.make();
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('environment', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(8080);
    expect(config.storeDir).toBe(path.resolve('/srv/app', 'store'));
    expect(config.baseUrl).toBe('http://localhost:8080');
    expect(config.feeds.maxLimit).toBeGreaterThanOrEqual(config.feeds.defaultLimit);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' }).port).toBe(8080);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['BASE_URL', 'ftp://example.test'],
    ['FEEDWRIGHT_MAX_LIMIT', '0'],
  ])('rejects %s=%s with a ConfigError naming the key and value', async (key, value) => {
    const err = await failure(() => loadConfig({ [key]: value }));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(key);
    expect(err.message).toContain(value);
  });

  it('rejects a default limit above the maximum, naming both keys', async () => {
    const err = await failure(() =>
      loadConfig({ FEEDWRIGHT_DEFAULT_LIMIT: '60', FEEDWRIGHT_MAX_LIMIT: '50' }),
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('FEEDWRIGHT_DEFAULT_LIMIT');
    expect(err.message).toContain('FEEDWRIGHT_MAX_LIMIT');
  });

  it('drops a trailing slash from BASE_URL', () => {
    expect(loadConfig({ BASE_URL: 'https://news.example.org/' }).baseUrl).toBe('https://news.example.org');
  });
});

describe('source definitions', () => {
  it('fills defaults and resolves locations relative to the file', async () => {
    const dir = await sourcesDir({
      'local.yaml': 'sources:\n  - id: harbour\n    kind: feed\n    location: samples/harbour.rss\n',
    });
    const [source] = await loadSources(dir);
    expect(source).toMatchObject({
      id: 'harbour',
      title: 'harbour',
      kind: 'feed',
      location: path.join(dir, 'samples/harbour.rss'),
      isUrl: false,
      schedule: DEFAULT_SCHEDULE,
      section: null,
      tags: [],
      enabled: true,
    });
  });

  it('reads the bundled sources file without errors', async () => {
    const sources = await loadSources(path.resolve('feeds'));
    expect(sources.map((s) => s.id)).toContain('seed');
  });

  it('names the file, the source and the unknown key in one error', async () => {
    const dir = await sourcesDir({
      'news.yaml':
        'sources:\n  - id: harbour\n    kind: feed\n    location: a.rss\n    shedule: "* * * * *"\n',
    });
    const err = await failure(() => loadSources(dir));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(path.join(dir, 'news.yaml'));
    expect(err.message).toContain('source "harbour"');
    expect(err.message).toContain('shedule');
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('rejects a bad cron expression, naming the key', async () => {
    const err = await failure(() =>
      parseSourceFile([{ id: 'x', kind: 'feed', location: 'a.rss', schedule: 'every hour' }], '/etc/s.yaml'),
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('/etc/s.yaml');
    expect(err.message).toContain('schedule');
  });

  it('rejects an id used twice, even across files', async () => {
    const dir = await sourcesDir({
      'a.yaml': '- id: harbour\n  kind: feed\n  location: a.rss\n',
      'b.json': JSON.stringify([{ id: 'harbour', kind: 'article', location: 'b.txt' }]),
    });
    const err = await failure(() => loadSources(dir));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('harbour');
    expect(err.message).toContain('defined twice');
    expect(err.message).toContain(path.join(dir, 'a.yaml'));
  });

  it('rejects an unknown kind and a folder source at a URL', async () => {
    const kind = await failure(() =>
      parseSourceFile([{ id: 'x', kind: 'podcast', location: 'a' }], 'f.yaml'),
    );
    expect(kind.message).toContain('kind');
    const folder = await failure(() =>
      parseSourceFile([{ id: 'x', kind: 'folder', location: 'https://example.test/' }], 'f.yaml'),
    );
    expect(folder.message).toContain('location');
  });

  it('reports invalid YAML with the file name', async () => {
    const dir = await sourcesDir({ 'broken.yaml': 'sources: [\n  - id: x\n' });
    const err = await failure(() => loadSources(dir));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('broken.yaml');
  });

  it('treats a missing folder as no sources only when asked to', async () => {
    const missing = path.join(await dirs.make(), 'nope');
    await expect(loadSources(missing, { missingOk: true })).resolves.toEqual([]);
    await expect(loadSources(missing)).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('messages name the key, say what was expected and show the value', () => {
  it('a number out of range, from the environment or from a flag', () => {
    expect(() => loadConfig({ PORT: '99999' })).toThrow(
      'environment variable PORT: expected a number no larger than 65535, got "99999"',
    );
    expect(() => loadConfig({ PORT: '99999' }, '/srv', { PORT: '--port' })).toThrow(
      '--port: expected a number no larger than 65535, got "99999"',
    );
    expect(() => loadConfig({ FEEDWRIGHT_RETAIN_DAYS: 'ten' })).toThrow(
      'environment variable FEEDWRIGHT_RETAIN_DAYS: expected a number, got "ten"',
    );
  });

  it('a missing key says it is missing and what belongs there', async () => {
    const err = await failure(() => parseSourceFile([{ id: 'harbour', kind: 'feed' }], '/etc/s.yaml'));
    expect(err.message).toBe('/etc/s.yaml: source "harbour": key "location": is missing (expected text)');
  });

  it('a wrong kind lists the kinds and shows the value', async () => {
    const err = await failure(() =>
      parseSourceFile([{ id: 'harbour', kind: 'rss', location: 'a.rss' }], '/etc/s.yaml'),
    );
    expect(err.message).toBe(
      '/etc/s.yaml: source "harbour": key "kind": expected one of feed, article, folder, got "rss"',
    );
  });

  it('a bad cron expression says what is wrong with it', async () => {
    const err = await failure(() =>
      parseSourceFile([{ id: 'x', kind: 'feed', location: 'a.rss', schedule: '61 * * * *' }], '/etc/s.yaml'),
    );
    expect(err.message).toContain('key "schedule": is not a cron expression: invalid value for minute: 61');
    expect(err.message).toContain('got "61 * * * *"');
    const short = await failure(() =>
      parseSourceFile([{ id: 'x', kind: 'feed', location: 'a.rss', schedule: '* * *' }], '/etc/s.yaml'),
    );
    expect(short.message).toMatch(/five, six, or seven space separated parts/);
  });

  it('a duplicate id names both files, the first one first', async () => {
    const dir = await sourcesDir({
      'a.yaml': '- id: harbour\n  kind: feed\n  location: a.rss\n',
      'b.yaml': '- id: harbour\n  kind: article\n  location: b.txt\n',
    });
    const err = await failure(() => loadSources(dir));
    expect(err.message).toBe(
      `source id "harbour" is defined twice, in ${path.join(dir, 'a.yaml')} and in ${path.join(dir, 'b.yaml')} (expected each id once across the sources folder)`,
    );
  });
});
