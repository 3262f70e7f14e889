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

// Child processes on a shared machine: starting one can take a minute under load.
vi.setConfig({ testTimeout: 180_000 });
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

/** The parent of a process, from /proc (0 when it is gone). */
function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

async function serve(args: string[] = [], npm = false) {
  const sourcesDir = await dirs.make();
  await writeFile(path.join(sourcesDir, 'sources.yaml'), 'sources: []\n');
  const env = {
    FEEDWRIGHT_STORE: await dirs.make(),
    FEEDWRIGHT_SOURCES: sourcesDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  const front = npm ? spawnNpmStart(env) : spawnNode([CLI, 'serve', ...args], env);
  const ready = await front.waitFor(/ingest process ready/, 120_000);
  const ingestPid = (JSON.parse(ready) as { pid: number }).pid;
  return { front, ingestPid };
}

/** `npm start` in this checkout, as a user runs it (npm's own process is the one we signal). */
function spawnNpmStart(env: Record<string, string>): ReturnType<typeof spawnNode> {
  const npmCli = path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
  return spawnNode([npmCli, 'start', '--silent'], env);
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
      await front.waitFor(/feedwright is serving/, 60_000);
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

  it('stops with its ingest process when npm start is sent SIGTERM', async () => {
    const { front: npm, ingestPid } = await serve([], true);
    const server = parentOf(ingestPid);
    try {
      await npm.waitFor(/feedwright is serving/, 60_000);
      expect(server).not.toBe(npm.proc.pid);
      npm.proc.kill('SIGTERM');
      await npm.exited;
      expect(await gone(server)).toBe(true);
      expect(await gone(ingestPid)).toBe(true);
    } finally {
      // npm cannot pass on the SIGKILL of the cleanup: never leave the server behind a failure.
      for (const pid of [server, ingestPid]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
