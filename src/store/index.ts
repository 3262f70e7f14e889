import { LowdbStore } from './lowdb.js';
import type { Store } from './types.js';
import type { RetentionPolicy } from './retention.js';

export type {
  Store,
  StoreHealth,
  StoreTx,
  SourceState,
  RawDocument,
  ItemQuery,
  TagCount,
  SearchQuery,
  SearchResult,
} from './types.js';
export { emptySourceState } from './types.js';
export { mostKeysShared } from './similar.js';
export { compareNewestFirst, itemDate, itemCursor, type RetentionPolicy } from './retention.js';

/** Open the configured store adapter. Today: the embedded lowdb file; PostgreSQL will follow. */
export function openStore(options: { dir: string; retention: RetentionPolicy; now?: () => Date }): Promise<Store> {
  return LowdbStore.open(options);
}
