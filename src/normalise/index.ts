import type { NormalisedItem } from '../model/item.js';
import { ParseError } from '../errors/index.js';
import { decodeDocument } from '../ingest/decode.js';
import { detectKind, type DocumentKind } from '../ingest/detect.js';
import { normaliseTextDump } from './text/dump.js';
import { normaliseHtmlArticle } from './html/article.js';
import { parseFeed, type FeedMeta } from './feed/index.js';

export type { FeedMeta } from './feed/index.js';

/**
 * Feeds never need entity declarations; documents that carry them are entity-expansion bombs
 * (billion laughs, quadratic blowup) or external-entity (XXE) attacks. Refused before any parser
 * sees them, so nothing is expanded and no file or URL is read.
 */
function refuseEntityDeclarations(text: string): void {
  const doctype = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE[^>[]*\[/i.exec(
    text.slice(0, 4096),
  );
  if (!doctype) return;
  const end = text.indexOf(']>', doctype[0].length);
  const internalSubset = text.slice(doctype[0].length, end === -1 ? undefined : end);
  if (/<!ENTITY/i.test(internalSubset)) {
    throw new ParseError('refused: the document declares XML entities (entity expansion or XXE)');
  }
}

/** Longest line of a text dump kept: far beyond any paragraph, and each line is classified many times. */
const MAX_LINE_CHARS = 100_000;

/** A text dump with enormous lines cut (a megabyte-long line takes seconds to classify, and is never prose). */
function capLines(text: string): string {
  if (text.length <= MAX_LINE_CHARS) return text;
  return text
    .split('\n')
    .map((line) => (line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line))
    .join('\n');
}

const feedResult = (
  kind: DocumentKind,
  parsed: { feed: FeedMeta; items: NormalisedItem[] },
): NormaliseResult => ({
  kind,
  feed: parsed.feed,
  items: parsed.items,
});

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
/**
 * Markup so broken that the DOM library cannot build a document (or Readability cannot walk it)
 * is a page we cannot read: a clear refusal for the operator, not a crash.
 */
function htmlArticleOrRefusal(html: string, url: string | null): NormalisedItem {
  try {
    return normaliseHtmlArticle(html, { url });
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError(
      `the HTML page cannot be read: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}

export async function normaliseDocument(input: DocumentInput): Promise<NormaliseResult> {
  const { text } = decodeDocument(input.bytes, input.contentType);
  refuseEntityDeclarations(text);
  const kind = detectKind(text, input.contentType, input.location);
  switch (kind) {
    case 'text':
      return { kind, feed: null, items: [normaliseTextDump(capLines(text), { url: input.url })] };
    case 'html':
      return { kind, feed: null, items: [htmlArticleOrRefusal(text, input.url)] };
    case 'rss':
    case 'atom':
      return feedResult(kind, await parseFeed(text, { kind, url: input.url }));
    case 'jsonfeed':
      return feedResult(kind, await parseFeed(text, { kind, url: input.url }));
  }
}
