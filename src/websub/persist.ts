import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { StoreError, errorMessage } from '../errors/index.js';
import { emptyHubState, type HubState } from './types.js';
import type { HubStateStore } from '../store/index.js';

const FileSchema = z.object({
  subscriptions: z.array(
    z.object({
      topic: z.string(),
      callback: z.string(),
      secret: z.string().nullable(),
      leaseSeconds: z.number(),
      expiresAt: z.string(),
      lastEtag: z.string().nullable(),
    }),
  ),
  published: z.record(z.string(), z.string()).default({}),
});

export const hubStatePath = (storeDir: string): string => path.join(storeDir, 'websub.json');

/** The saved hub state; an empty one when the file does not exist yet. */
export async function loadHubState(file: string): Promise<HubState> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyHubState();
    throw new StoreError(`cannot read ${file}: ${errorMessage(err)}`, { cause: err });
  }
  try {
    return FileSchema.parse(JSON.parse(raw));
  } catch (err) {
    throw new StoreError(`${file} is not a valid WebSub state file: ${errorMessage(err)}`, { cause: err });
  }
}

/** Write to a temporary file and rename it over the old one: readers never see half a file. */
export async function saveHubState(file: string, state: HubState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, file);
}

/**
 * Where the hub keeps its state. A file for a node on its own; on a store several nodes share
 * (PostgreSQL), the store's tables: then every node sees every subscription (`shared`, re-read
 * before each round of deliveries) and each change is delivered by one node (`claimDelivery`).
 */
export interface HubPersistence {
  readonly shared: boolean;
  load(): Promise<HubState>;
  save(state: HubState): Promise<void>;
  claimDelivery(topic: string, callback: string, etag: string): Promise<boolean>;
}

export function hubPersistence(
  storeDir: string,
  shared: HubStateStore | undefined,
  file?: string,
): HubPersistence {
  if (shared && !file) return { shared: true, ...bind(shared) };
  const path = file ?? hubStatePath(storeDir);
  return {
    shared: false,
    load: () => loadHubState(path),
    save: (state) => saveHubState(path, state),
    claimDelivery: async () => true,
  };
}

const bind = (s: HubStateStore): Omit<HubPersistence, 'shared'> => ({
  load: () => s.load(),
  save: (state) => s.save(state),
  claimDelivery: (topic, callback, etag) => s.claimDelivery(topic, callback, etag),
});
