export { canonicalUrl, cleanUrl } from './canonical-url.js';
export { dedupKeys, contentHash, itemIdFromKey } from './keys.js';
export { createStoredItem, mergeIntoStored } from './merge.js';
