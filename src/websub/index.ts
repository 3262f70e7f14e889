export { WebSubHub, type WebSubDeps } from './hub.js';
export { hubSignature } from './signature.js';
export { hubStatePath } from './persist.js';
export type { Subscription, RetryPolicy } from './types.js';
