import type { NormalisedItem } from '../model/item.js';
import { ParseError } from '../errors/index.js';
import { decodeDocument } from '../ingest/decode.js';
import { detectKind, isBinary, type DetectedKind, type DocumentKind } from '../ingest/detect.js';
import { normaliseTextDump } from './text/dump.js';
import { normaliseHtmlArticle } from './html/article.js';
import { declaredEntities, parseFeed, type FeedMeta } from './feed/index.js';
import { withoutControlChars } from './control.js';

export type { FeedMeta } from './feed/index.js';

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
  /** HTTP Content-Location, when the server sent one: the document's own address, a feed's base. */
  contentLocation?: string | null;
}

/** What the source that sent a document promises: a feed source must send a feed. */
export interface NormaliseOptions {
  expect?: 'feed';
}

/** Decode a document and tell what it is, without reading it further. */
export function sniffDocument(input: DocumentInput): { text: string; kind: DetectedKind } {
  if (isBinary(input.bytes)) return { text: '', kind: 'binary' };
  const { text } = decodeDocument(input.bytes, input.contentType);
  return { text, kind: detectKind(text, input.contentType, input.location) };
}

/** A short quote of a document for an error message: a page's title, else its first line. */
function quoteOf(text: string, kind: 'html' | 'text'): string {
  const title = kind === 'html' ? /<title[^>]*>([^<]{1,200})/i.exec(text)?.[1] : undefined;
  const line = (title ?? text.trimStart().split('\n', 1)[0] ?? '').replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

/**
 * Documents that are no feed and no article are refused with one line saying what they are, and
 * so is a page or text from a source that promised a feed (an error page served with status 200).
 */
function refuseUnreadable(kind: DetectedKind, text: string, opts: NormaliseOptions): void {
  switch (kind) {
    case 'binary':
      throw new ParseError(
        'not a feed, HTML page or text: the document is binary data (an image, an archive…)',
      );
    case 'empty':
      throw new ParseError('the document is empty: it holds no feed and no article');
    case 'xml': {
      const root = /<(?!\?|!)([\w.:-]+)/.exec(text)?.[1] ?? '?';
      throw new ParseError(`no feed in this XML document: its root element is <${root}>`);
    }
    case 'json':
      throw new ParseError(
        'not a JSON Feed: the JSON document has no "version": "https://jsonfeed.org/version/…"',
      );
    case 'html':
    case 'text':
      if (opts.expect === 'feed') {
        const what = kind === 'html' ? 'an HTML page' : 'plain text';
        throw new ParseError(`expected a feed, got ${what}: "${quoteOf(text, kind)}"`);
      }
  }
}

/** The base of a feed's relative links (before any xml:base): its Content-Location, else its URL. */
function documentBase(input: DocumentInput): string | null {
  const location = input.contentLocation?.trim();
  if (!location) return input.url;
  try {
    return new URL(location, input.url ?? undefined).href;
  } catch {
    return input.url;
  }
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

export async function normaliseDocument(
  input: DocumentInput,
  opts: NormaliseOptions = {},
): Promise<NormaliseResult> {
  const result = await readDocument(input, opts);
  return { ...result, items: result.items.map(withoutControlChars) };
}

async function readDocument(input: DocumentInput, opts: NormaliseOptions): Promise<NormaliseResult> {
  const { text, kind } = sniffDocument(input);
  refuseUnreadable(kind, text, opts);
  // Entity attacks (XXE, expansion bombs) are refused before any parser sees the document; feeds
  // may keep short literal entities, which nothing else needs.
  const entities = declaredEntities(text, kind === 'rss' || kind === 'atom');
  switch (kind) {
    case 'text':
      return { kind, feed: null, items: [normaliseTextDump(capLines(text), { url: input.url })] };
    case 'html':
      return { kind, feed: null, items: [htmlArticleOrRefusal(text, input.url)] };
    case 'rss':
    case 'atom':
    case 'jsonfeed':
      return feedResult(kind, await parseFeed(text, { kind, url: documentBase(input), entities }));
    default:
      throw new ParseError(`cannot read a ${kind} document`);
  }
}
