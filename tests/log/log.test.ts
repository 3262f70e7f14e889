/**
 * Logs: JSON with ISO-8601 times for machines, readable lines on a terminal (checked through a
 * real pseudo-terminal with util-linux `script`), and one debug line per HTTP request.
 */
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { close, createApp, listen } from '../../src/http/index.js';
import { createLogger } from '../../src/log/index.js';
import {
  ROOT,
  SAMPLES_SOURCES,
  openTestStore,
  requireBuiltCli,
  tempDirs,
  testConfig,
} from '../support/env.js';

const run = promisify(execFile);
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

function capture(): { stream: PassThrough; lines: () => string[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('log lines', () => {
  it('are JSON with ISO times when not for a person', () => {
    const out = capture();
    createLogger('info', {}, { pretty: false, destination: out.stream }).info({ source: 'wire' }, 'ran');
    const line = JSON.parse(out.lines()[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'ran', source: 'wire', level: 30, service: 'feedwright' });
    expect(line.time).toMatch(ISO);
  });

  it('are readable on a terminal', async () => {
    requireBuiltCli();
    // A real terminal on stderr: the default must pick readable lines by itself.
    const code = `import('${ROOT}dist/log/index.js').then(({ createLogger }) => createLogger('info').info({ source: 'wire' }, 'source run finished'))`;
    const { stdout } = await run('script', ['-qec', `node -e "${code}"`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, TERM: 'dumb' },
    });
    const line = stdout.split(/\r?\n/).find((l) => l.includes('source run finished')) ?? '';
    expect(line).toMatch(/INFO/);
    expect(line).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(line.trimStart().startsWith('{')).toBe(false);
  });
});

describe('the request log', () => {
  it('has one debug line per request, and none at info', async () => {
    const config = testConfig(await dirs.make(), SAMPLES_SOURCES);
    const store = await openTestStore(config);
    for (const level of ['debug', 'info']) {
      const out = capture();
      const logger = createLogger(level, {}, { pretty: false, destination: out.stream });
      const server = await listen(createApp({ config, store, sources: [], logger }), 0, '127.0.0.1');
      const { port } = server.address() as { port: number };
      await (await fetch(`http://127.0.0.1:${port}/healthz`)).text();
      await (await fetch(`http://127.0.0.1:${port}/feed.rss?limit=1`)).text();
      await close(server);
      const requests = out
        .lines()
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.msg === 'request');
      if (level === 'info') expect(requests).toEqual([]);
      else
        expect(requests).toMatchObject([
          { level: 20, method: 'GET', url: '/healthz', status: 200 },
          { level: 20, method: 'GET', url: '/feed.rss?limit=1', status: 200 },
        ]);
    }
    await store.close();
  });
});
