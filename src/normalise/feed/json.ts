import type { Enclosure } from '../../model/item.js';
import { ParseError } from '../../errors/index.js';
import { parseFeedDate } from './dates.js';
import { resolveLink, type EntryFields, type TextPart } from './item.js';
import { cleanInline, personName } from './text.js';
import type { XmlFeedMeta } from './entries.js';

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) → EntryFields. */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** 1.1 `authors` array, or the 1.0 single `author` object. */
function authorNames(o: Json): string[] {
  const people = Array.isArray(o.authors) ? o.authors : isObject(o.author) ? [o.author] : [];
  return people
    .map((p) => (isObject(p) ? personName(str(p.name)) : null))
    .filter((n): n is string => n !== null);
}

/** A JSON id may be a number (1.0 allowed it); keep it as the string the source wrote. */
function idOf(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  const s = str(v);
  return s ? s.trim() : null;
}

function attachments(item: Json, base: string | null): Enclosure[] {
  const out: Enclosure[] = [];
  for (const a of list(item.attachments)) {
    if (!isObject(a)) continue;
    const url = resolveLink(str(a.url), base);
    const size = typeof a.size_in_bytes === 'number' && a.size_in_bytes > 0 ? a.size_in_bytes : null;
    if (url) out.push({ url, type: str(a.mime_type), length: size });
  }
  return out;
}

/** The string when it is an absolute http(s) address, else null. */
const webAddress = (s: string | null): string | null => (s && /^https?:\/\/[^\s/]+/i.test(s) ? s : null);

function jsonEntry(
  item: Json,
  feed: { base: string | null; authors: string[]; language: string | null },
): EntryFields {
  const base = feed.base;
  const own = authorNames(item);
  const content: TextPart[] = [];
  const text = str(item.content_text);
  const html = str(item.content_html);
  // Summary order is summary → content_text → content_html; the body prefers the markup.
  if (text) content.push({ value: text, html: false, base });
  if (html) content.push({ value: html, html: true, base });
  const summary = str(item.summary);
  // Without a url, an id that is a web address is the permalink (the spec asks ids to be URLs
  // where they can); a linked page elsewhere comes last.
  const url =
    resolveLink(str(item.url), base) ??
    webAddress(idOf(item.id)) ??
    resolveLink(str(item.external_url), base);
  return {
    guid: idOf(item.id),
    url,
    title: cleanInline(str(item.title)),
    // The spec says plain text, but some publishers put markup in it.
    summary: summary ? { value: summary, html: /<\/?[A-Za-z][^<>]*>/.test(summary), base } : null,
    content,
    mediaDescription: null,
    authors: own.length ? own : feed.authors,
    // As in Atom, a modification date alone is the only date the item has: it stands for both.
    published: parseFeedDate(str(item.date_published)) ?? parseFeedDate(str(item.date_modified)),
    updated: parseFeedDate(str(item.date_modified)),
    categories: list(item.tags).filter((t): t is string => typeof t === 'string'),
    imageUrl: resolveLink(str(item.image) ?? str(item.banner_image), base),
    enclosures: attachments(item, base),
    language: str(item.language) ?? feed.language,
    base,
  };
}

/** Parse a JSON Feed document; ParseError when it is not JSON or not a feed. */
export function readJsonFeed(
  text: string,
  url: string | null,
): { meta: XmlFeedMeta; entries: EntryFields[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : 'invalid JSON';
    throw new ParseError(`not a readable JSON Feed: ${why}`, { cause: err });
  }
  if (!isObject(doc) || !Array.isArray(doc.items)) {
    throw new ParseError('not a JSON Feed: no "items" array');
  }
  const version = str(doc.version);
  if (version && !/jsonfeed\.org\/version\//i.test(version)) {
    throw new ParseError(`not a JSON Feed: unknown version ${JSON.stringify(version)}`);
  }
  const base = url ?? resolveLink(str(doc.feed_url), null) ?? resolveLink(str(doc.home_page_url), null);
  const language = str(doc.language);
  const feed = { base, authors: authorNames(doc), language };
  const entries = doc.items.filter(isObject).map((item) => jsonEntry(item, feed));
  return {
    meta: {
      title: cleanInline(str(doc.title)),
      link: resolveLink(str(doc.home_page_url), base),
      description: cleanInline(str(doc.description)),
      language,
      updated: null,
    },
    entries,
  };
}
