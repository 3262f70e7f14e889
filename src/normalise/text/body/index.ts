export type { Body } from './state.js';
export { BULLET } from './lists.js';
export { holdsControlOrPhone } from './closers.js';
export { rowLabel } from './row-boxes.js';
export { readBody } from './read.js';
export { dropRepeats } from './repeats.js';
export { dropSignature } from './author-box.js';
export { dropSourceRequest, dropPageCall, dropReaderCall } from './reader-calls.js';
