/**
 * `feedwright serve` as an operator runs it: a busy port is one line and a non-zero exit (no hang),
 * and SIGTERM, SIGINT or the front's death always end its ingest process too.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, requireBuiltCli, tempDirs } from '../support/env.js';
import { killAll, sleep, spawnNode } from '../faults/support.js';

vi.setConfig({ testTimeout: 90_000 });
const dirs = tempDirs();
beforeAll(requireBuiltCli);
afterAll(async () => {
  killAll();
  await dirs.cleanup();
});

/** Alive and not a zombie (an orphan may wait to be reaped by a PID 1 that never does). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function gone(pid: number, ms = 20_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await sleep(50);
  return !alive(pid);
}

async function serve(args: string[] = []) {
  const sourcesDir = await dirs.make();
  await writeFile(path.join(sourcesDir, 'sources.yaml'), 'sources: []\n');
  const env = {
    FEEDWRIGHT_STORE: await dirs.make(),
    FEEDWRIGHT_SOURCES: sourcesDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  const front = spawnNode([CLI, 'serve', ...args], env);
  const ready = await front.waitFor(/ingest process ready/, 60_000);
  const ingestPid = (JSON.parse(ready) as { pid: number }).pid;
  return { front, ingestPid };
}

describe('serve', () => {
  it('on a busy port exits non-zero with one line naming the port, leaving no ingest process', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { front, ingestPid } = await serve(['--port', String(port)]);
      await front.exited;
      expect(front.proc.exitCode).toBe(1);
      const errors = front.lines.filter((l) => l.startsWith('feedwright:'));
      expect(errors).toEqual([
        `feedwright: --port: port ${port} is already in use (127.0.0.1:${port}); stop what listens there or choose another port`,
      ]);
      expect(await gone(ingestPid)).toBe(true);
    } finally {
      blocker.close();
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops its ingest process on ${signal}`, async () => {
      const { front, ingestPid } = await serve();
      await front.waitFor(/feedwright is serving/, 30_000);
      expect(alive(ingestPid)).toBe(true);
      front.proc.kill(signal);
      await front.exited;
      expect(front.proc.exitCode).toBe(0);
      expect(await gone(ingestPid)).toBe(true);
    });
  }

  it('its ingest process ends when the front is killed outright', async () => {
    const { front, ingestPid } = await serve();
    front.proc.kill('SIGKILL');
    await front.exited;
    expect(await gone(ingestPid)).toBe(true);
  });
});
