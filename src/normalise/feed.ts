import type { NormalisedItem } from '../model/item.js';

/** Feed-level metadata of an upstream feed. */
export interface FeedMeta {
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
}

// FIRST VERSION, to be replaced by the feed parser.
export async function parseFeed(
  _text: string,
  _opts: { kind: 'rss' | 'atom' | 'jsonfeed'; url: string | null },
): Promise<{ feed: FeedMeta; items: NormalisedItem[] }> {
  return { feed: { title: null, link: null, description: null, language: null }, items: [] };
}
