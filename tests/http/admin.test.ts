import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminActions } from '../../src/http/admin.js';
import { NotFoundError } from '../../src/errors/index.js';
import { openTestStore, startServer, tempDirs, testConfig, type RunningServer } from '../support/env.js';
import type { Store } from '../../src/store/index.js';

const TOKEN = 'a-long-enough-admin-token';
const dirs = tempDirs();
const servers: RunningServer[] = [];
const stores: Store[] = [];
const triggered: string[] = [];
let reloads = 0;
const toggles: string[] = [];

const actions: AdminActions = {
  ingest: async (id) => {
    if (id !== 'coastal') throw new NotFoundError(`no enabled source "${id}"`);
    triggered.push(id);
  },
  reload: async () => {
    reloads++;
    return { sources: 1 };
  },
  setEnabled: async (id, enabled) => {
    if (id !== 'coastal') throw new NotFoundError(`no source "${id}"`);
    toggles.push(`${id}:${enabled ? 'on' : 'off'}`);
  },
  // Removal runs on a real store in tests/http/remove.test.ts.
  removeItem: async (id) => {
    throw new NotFoundError(`no item "${id}"`);
  },
  purgeSource: async () => ({ removed: 0 }),
};

async function server(env: Record<string, string>): Promise<RunningServer> {
  const config = testConfig(await dirs.make('store-'), await dirs.make('sources-'), env);
  const store = await openTestStore(config);
  stores.push(store);
  const s = await startServer({ config, store, admin: actions });
  servers.push(s);
  return s;
}

let withToken: RunningServer;
let withoutToken: RunningServer;

beforeAll(async () => {
  withToken = await server({ FEEDWRIGHT_ADMIN_TOKEN: TOKEN, FEEDWRIGHT_RATE_LIMIT: '8' });
  withoutToken = await server({});
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const s of stores) await s.close();
  await dirs.cleanup();
});

const post = (base: string, path: string, token?: string): Promise<Response> =>
  fetch(`${base}${path}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('admin endpoints', () => {
  it('are off (404) when no token is configured', async () => {
    const res = await post(withoutToken.base, '/admin/sources/coastal/ingest', TOKEN);
    expect(res.status).toBe(404);
    expect(triggered).toEqual([]);
  });

  it('refuse requests without the right bearer token', async () => {
    for (const token of [undefined, 'wrong-token-of-some-length', `${TOKEN}x`]) {
      const res = await post(withToken.base, '/admin/sources/coastal/ingest', token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
    expect(triggered).toEqual([]);
  });

  it('queue a source run and reload sources with the token', async () => {
    const res = await post(withToken.base, '/admin/sources/coastal/ingest', TOKEN);
    expect(res.status).toBe(202);
    expect(triggered).toEqual(['coastal']);
    const unknown = await post(withToken.base, '/admin/sources/nope/ingest', TOKEN);
    expect(unknown.status).toBe(404);
    const reload = await post(withToken.base, '/admin/reload', TOKEN);
    expect(reload.status).toBe(200);
    expect(reloads).toBe(1);
  });

  it('disable and enable a source with the token', async () => {
    const off = await post(withToken.base, '/admin/sources/coastal/disable', TOKEN);
    expect(off.status).toBe(200);
    expect(await off.json()).toEqual({ source: 'coastal', status: 'disabled' });
    expect((await post(withToken.base, '/admin/sources/coastal/enable', TOKEN)).status).toBe(200);
    expect(toggles).toEqual(['coastal:off', 'coastal:on']);
  });

  it('rate-limit each client', async () => {
    // Eight requests a minute in this config (failed attempts count too); the earlier tests used them up.
    const res = await post(withToken.base, '/admin/reload', TOKEN);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.json()).toMatchObject({ error: 'rate_limited' });
  });
});
