import type { NormalisedItem } from '../model/item.js';
import { decodeDocument } from '../ingest/decode.js';
import { detectKind, type DocumentKind } from '../ingest/detect.js';
import { normaliseTextDump } from './text-dump.js';
import { normaliseHtmlArticle } from './html-article.js';
import { parseFeed, type FeedMeta } from './feed.js';

export type { FeedMeta } from './feed.js';

/** A document as fetched or read: raw bytes plus what we know of where it came from. */
export interface DocumentInput {
  bytes: Buffer;
  /** HTTP Content-Type, when fetched over HTTP. */
  contentType: string | null;
  /** File path or URL as given; used for kind detection by extension. */
  location: string;
  /** Absolute URL the document was fetched from: the base for relative links. */
  url: string | null;
}

export interface NormaliseResult {
  kind: DocumentKind;
  /** Feed-level metadata, for feeds. */
  feed: FeedMeta | null;
  items: NormalisedItem[];
}

/**
 * Decode, detect and normalise one document. No I/O (async only because the XML parser is).
 * Throws ParseError when a feed cannot be read at all.
 */
export async function normaliseDocument(input: DocumentInput): Promise<NormaliseResult> {
  const { text } = decodeDocument(input.bytes, input.contentType);
  const kind = detectKind(text, input.contentType, input.location);
  switch (kind) {
    case 'text':
      return { kind, feed: null, items: [normaliseTextDump(text, { url: input.url })] };
    case 'html':
      return { kind, feed: null, items: [normaliseHtmlArticle(text, { url: input.url })] };
    case 'rss':
    case 'atom':
    case 'jsonfeed': {
      const parsed = await parseFeed(text, { kind, url: input.url });
      return { kind, feed: parsed.feed, items: parsed.items };
    }
  }
}
