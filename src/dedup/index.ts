export { canonicalUrl } from '../url/canonical.js';
export { dedupKeys, contentHash, itemIdFromKey } from './keys.js';
export { alsoCarriedBy, createStoredItem, mergeIntoStored, statedDate } from './merge.js';
export { fingerprint, repeatedParagraphs, type Fingerprint } from './fingerprint.js';
export { compareSlots, type Slots } from './slots.js';
export { compareFingerprints, NEAR_DUP, type NearDupVerdict } from './near-duplicate.js';
export { bandKeys, minhash, passageKeys, isBandKey, BANDS, ROWS } from './lsh.js';
export {
  findNearDuplicates,
  nearDupKeys,
  FingerprintMemo,
  StoredEvidence,
  type NearDuplicates,
  type Probe,
} from './find.js';
export { withEvidence, keepingReplaced, versionsOf } from './evidence.js';
export { gistOf } from './gist.js';
