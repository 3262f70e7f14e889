import type { NormalisedItem } from '../../model/item.js';
import { feedContext, xmlEntries } from './entries.js';
import { buildItem, dropDuplicateGuids } from './item.js';
import { readJsonFeed } from './json.js';
import { readXmlFeed } from './xml.js';

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
 * Parse an upstream RSS 0.9x/1.0/2.0, Atom 1.0 or JSON Feed 1.0/1.1 document into items, in
 * document order, each guid once. `url` is where the document was fetched from: the base for
 * relative links when the feed gives no xml:base. Throws ParseError when the document cannot be
 * read as a feed at all; a bad entry or entity never loses the rest of the feed.
 */
export async function parseFeed(
  text: string,
  opts: { kind: 'rss' | 'atom' | 'jsonfeed'; url: string | null },
): Promise<{ feed: FeedMeta; items: NormalisedItem[] }> {
  if (opts.kind === 'jsonfeed') {
    const { meta, entries } = readJsonFeed(text, opts.url);
    return { feed: meta, items: dropDuplicateGuids(entries.map(buildItem)) };
  }
  const doc = await readXmlFeed(text);
  const { ctx, meta } = feedContext(doc, opts.url);
  const entries = xmlEntries(doc, ctx);
  // A document read only by the tolerant parser may end in a cut-off entry with nothing usable.
  const usable = doc.repaired ? entries.filter((e) => e.url || e.guid || e.title) : entries;
  return { feed: meta, items: dropDuplicateGuids(usable.map(buildItem)) };
}
