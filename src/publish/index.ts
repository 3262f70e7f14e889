/**
 * Publishing: stored items as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Output depends only on the
 * descriptor and the items (no clock), so the same input gives byte-identical documents.
 */
import type { StoredItem } from '../model/item.js';
import { renderAtom } from './atom.js';
import { renderJson } from './json.js';
import { renderRss } from './rss.js';
import type { FeedDescriptor, FeedFormat } from './types.js';

export { FEED_CONTENT_TYPES, FEED_MEDIA_TYPES } from './types.js';
export type { FeedDescriptor, FeedFormat } from './types.js';
export { feedUpdated } from './common.js';

/** Render `items` (already sorted newest first) in the requested format. */
export function renderFeed(format: FeedFormat, feed: FeedDescriptor, items: StoredItem[]): string {
  switch (format) {
    case 'rss':
      return renderRss(feed, items);
    case 'atom':
      return renderAtom(feed, items);
    case 'json':
      return renderJson(feed, items);
  }
}
