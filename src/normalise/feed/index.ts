import type { NormalisedItem } from '../../model/item.js';
import { feedContext, xmlEntries } from './entries.js';
import { buildItem, dropDuplicateGuids } from './item.js';
import { readJsonFeed } from './json.js';
import { readXmlFeed } from './xml.js';

export { declaredEntities } from './doctype.js';

/** Feed-level metadata of an upstream feed. */
export interface FeedMeta {
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  /** When the feed says it was last updated (ISO), if it says. */
  updated: string | null;
}

/**
 * Parse an upstream RSS 0.9x/1.0/2.0, Atom 1.0/0.3, CDF or JSON Feed 1.0/1.1 document into items,
 * in document order, each guid once. `url` is the document's address (its Content-Location, else
 * where it was fetched from): the base for relative links where the feed gives no xml:base.
 * Throws ParseError when the document cannot be read as a feed at all; a bad entry or entity never
 * loses the rest of the feed.
 */
export async function parseFeed(
  text: string,
  opts: { kind: 'rss' | 'atom' | 'jsonfeed'; url: string | null; entities?: ReadonlyMap<string, string> },
): Promise<{ feed: FeedMeta; items: NormalisedItem[] }> {
  if (opts.kind === 'jsonfeed') {
    const { meta, entries } = readJsonFeed(text, opts.url);
    return { feed: meta, items: dropDuplicateGuids(entries.map(buildItem)) };
  }
  const doc = readXmlFeed(text, opts.url, opts.entities);
  const { ctx, meta } = feedContext(doc);
  const entries = xmlEntries(doc, ctx);
  // Recovery must not invent items: an element that reads as nothing identifiable is not one.
  const usable = doc.recovered ? entries.filter((e) => e.url || e.guid || e.title) : entries;
  return { feed: meta, items: dropDuplicateGuids(usable.map(buildItem)) };
}
