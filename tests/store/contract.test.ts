import { afterAll } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tempDirs } from '../support/env.js';
import { dropDatabases, freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { storeContract } from './contract.js';

const dirs = tempDirs();
const unavailable = await postgresUnavailable();
afterAll(async () => {
  await dirs.cleanup();
  if (!unavailable) await dropDatabases();
});

const noRetention = { maxItems: 0, maxAgeDays: 0 };

storeContract('lowdb', {
  open: async ({ retention = noRetention, now } = {}) => {
    const dir = await dirs.make();
    const open = () => openStore({ dir, retention, now });
    return { store: await open(), again: open };
  },
});

storeContract(
  'postgres',
  {
    open: async ({ retention = noRetention, now } = {}) => {
      const databaseUrl = await freshDatabase();
      const open = () => openStore({ dir: '/nonexistent', databaseUrl, retention, now });
      return { store: await open(), again: open };
    },
  },
  unavailable,
);
