export { canonicalUrl, cleanUrl, stripAmpPath } from './canonical-url.js';
export { dedupKeys, contentHash, itemIdFromKey } from './keys.js';
export { createStoredItem, mergeIntoStored } from './merge.js';
export { fingerprint, repeatedParagraphs, type Fingerprint } from './fingerprint.js';
export { compareFingerprints, NEAR_DUP, type NearDupVerdict } from './near-duplicate.js';
export { bandKeys, minhash, isBandKey, BANDS, ROWS } from './lsh.js';
export { findNearDuplicate, nearDupKeys, FingerprintMemo } from './find.js';
