import { LowdbStore } from './lowdb.js';
import type { Store, StoreObserver } from './types.js';
import type { RetentionPolicy } from './retention.js';

export type {
  Store,
  StoreHealth,
  StoreObserver,
  StoreReadiness,
  StoreTx,
  SourceState,
  RawDocument,
  ItemQuery,
  TagCount,
  Claim,
  ClaimOutcome,
  SourceClaims,
  StoreRecord,
  LoadCounts,
  HubRecords,
  HubStateStore,
  SearchQuery,
  SearchResult,
} from './types.js';
export { emptySourceState } from './types.js';
export { mostKeysShared } from './similar.js';
export { compareNewestFirst, itemDate, itemCursor, type RetentionPolicy } from './retention.js';
export { describeDatabase, isDatabaseUrl } from './postgres/url.js';
export { removeItems, purgeSource } from './remove.js';

export interface OpenStoreOptions {
  /** The embedded store's folder (used when no database is configured). */
  dir: string;
  /** A postgres:// URL: the PostgreSQL store instead of the embedded one. */
  databaseUrl?: string | null;
  retention: RetentionPolicy;
  now?: () => Date;
  observer?: StoreObserver;
}

/** Open the configured store adapter: PostgreSQL when a database URL is given, else the lowdb file. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    // Loaded only when used: the embedded default never needs the driver.
    const { PostgresStore } = await import('./postgres/store.js');
    return PostgresStore.open({ ...options, url: options.databaseUrl });
  }
  return LowdbStore.open(options);
}
