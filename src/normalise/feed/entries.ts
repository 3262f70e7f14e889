import type { Enclosure } from '../../model/item.js';
import { parseFeedDate } from './dates.js';
import { resolveLink, type EntryFields, type TextPart } from './item.js';
import { cleanInline, htmlToText, personName } from './text.js';
import type { XmlFeed, XNode } from './xml.js';

/** RSS 0.9x/1.0/2.0 items and Atom entries (as read by xml.ts) → EntryFields. */

/** Feed-level facts entries inherit: base URL, language, authors (Atom). */
export interface FeedContext {
  base: string | null;
  language: string | null;
  authors: string[];
}

const kids = (n: XNode | undefined, name: string): XNode[] => n?.kids[name] ?? [];
const kid = (n: XNode | undefined, name: string): XNode | undefined => kids(n, name)[0];
const text = (n: XNode | undefined): string | null => {
  const t = n?.text.trim();
  return t ? t : null;
};
const texts = (n: XNode, name: string): string[] =>
  kids(n, name)
    .map(text)
    .filter((t): t is string => t !== null);

/** Resolve an `xml:base` attribute against the base in scope (RFC 3986; xml:base may be relative). */
export function withBase(node: XNode | undefined, base: string | null): string | null {
  const own = node?.attrs['xml:base'];
  if (!own) return base;
  return resolveLink(own, base) ?? base;
}

const firstDate = (values: (string | null)[]): string | null => {
  for (const v of values) {
    const d = parseFeedDate(v);
    if (d) return d;
  }
  return null;
};

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** A Media RSS or enclosure node is an image when its medium, type or file name says so. */
function isImage(n: XNode, urlAttr = 'url'): boolean {
  const medium = n.attrs.medium?.toLowerCase();
  const type = n.attrs.type?.toLowerCase();
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return IMAGE_EXT.test(n.attrs[urlAttr] ?? '');
}

const lengthOf = (v: string | undefined): number | null => {
  const n = v ? Number(v.trim()) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};

/** Media RSS content/thumbnail nodes, directly on the item or inside a media:group. */
function mediaNodes(item: XNode, name: string): XNode[] {
  return [...kids(item, name), ...kids(item, 'media:group').flatMap((g) => kids(g, name))];
}

function mediaOf(item: XNode, base: string | null): { image: string | null; enclosures: Enclosure[] } {
  const contents = mediaNodes(item, 'media:content');
  const enclosureNodes = kids(item, 'enclosure');
  const imageNode =
    contents.find((n) => isImage(n)) ??
    mediaNodes(item, 'media:thumbnail')[0] ??
    enclosureNodes.find((n) => isImage(n));
  const enclosures: Enclosure[] = [];
  for (const n of enclosureNodes) {
    const url = resolveLink(n.attrs.url, base);
    if (url) enclosures.push({ url, type: n.attrs.type?.trim() || null, length: lengthOf(n.attrs.length) });
  }
  for (const n of contents) {
    const url = resolveLink(n.attrs.url, base);
    if (url && !isImage(n)) {
      enclosures.push({ url, type: n.attrs.type?.trim() || null, length: lengthOf(n.attrs.filesize) });
    }
  }
  return { image: imageNode ? resolveLink(imageNode.attrs.url, base) : null, enclosures };
}

/** Atom links (also atom:link inside RSS): the alternate HTML page, preferring an HTML type. */
function alternateLink(links: XNode[], base: string | null): string | null {
  const alternates = links.filter((l) => (l.attrs.rel ?? 'alternate').trim().toLowerCase() === 'alternate');
  const html = alternates.find((l) => !l.attrs.type || /html/i.test(l.attrs.type));
  const chosen = html ?? alternates[0];
  return chosen ? resolveLink(chosen.attrs.href, withBase(chosen, base)) : null;
}

/** Atom text construct → TextPart (html for type="html"/"xhtml", plain otherwise). */
function atomText(n: XNode | undefined): TextPart | null {
  if (!n || n.attrs.src) return null;
  const type = (n.attrs.type ?? 'text').toLowerCase();
  const html = type === 'html' || type === 'xhtml' || /html/.test(type);
  if (!html && type !== 'text' && !type.startsWith('text/')) return null;
  return { value: n.text, html };
}

/** An Atom text construct as one line: markup removed when it is markup, entities decoded. */
function atomInline(n: XNode | undefined): string | null {
  const part = atomText(n);
  if (!part) return null;
  return cleanInline(part.value);
}

function atomNames(n: XNode, name: string): string[] {
  return kids(n, name)
    .map((a) => personName(text(kid(a, 'name')) ?? text(a)))
    .filter((s): s is string => s !== null);
}

const names = (values: string[]): string[] => values.map(personName).filter((n): n is string => n !== null);

/** Every dc:creator; else the first `author` / `itunes:author` that names a person. RSS items inherit none. */
function rssAuthors(item: XNode): string[] {
  const creators = names(texts(item, 'dc:creator'));
  if (creators.length) return creators;
  return names([...texts(item, 'author'), ...texts(item, 'itunes:author')]).slice(0, 1);
}

function rssItem(item: XNode, ctx: FeedContext): EntryFields {
  const base = withBase(item, ctx.base);
  const guidNode = kid(item, 'guid');
  const guid = text(guidNode) ?? item.attrs['rdf:about']?.trim() ?? null;
  const guidIsLink =
    guidNode?.attrs.ispermalink?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guid ?? '');
  const url =
    resolveLink(texts(item, 'link')[0], base) ??
    alternateLink(kids(item, 'atom:link'), base) ??
    (guidIsLink ? resolveLink(guid, base) : null);
  const authors = rssAuthors(item);
  const description = text(kid(item, 'description'));
  const encoded = text(kid(item, 'content:encoded'));
  const media = mediaOf(item, base);
  return {
    guid,
    url,
    title: cleanInline(text(kid(item, 'title'))),
    summary: description ? { value: description, html: true } : null,
    content: encoded ? [{ value: encoded, html: true }] : [],
    authors,
    published: firstDate([
      text(kid(item, 'pubDate')),
      text(kid(item, 'dc:date')),
      text(kid(item, 'dcterms:issued')),
      text(kid(item, 'dcterms:created')),
      text(kid(item, 'atom:published')),
    ]),
    updated: firstDate([text(kid(item, 'atom:updated')), text(kid(item, 'dcterms:modified'))]),
    categories: [...texts(item, 'category'), ...texts(item, 'dc:subject')].map((c) => htmlToText(c)),
    imageUrl: media.image,
    enclosures: media.enclosures,
    language: text(kid(item, 'dc:language')) ?? item.attrs['xml:lang'] ?? ctx.language,
    base,
  };
}

function atomEntry(entry: XNode, ctx: FeedContext): EntryFields {
  const base = withBase(entry, ctx.base);
  const links = kids(entry, 'link');
  const enclosureLinks = links.filter((l) => l.attrs.rel?.trim().toLowerCase() === 'enclosure');
  const enclosures: Enclosure[] = [];
  let imageUrl: string | null = null;
  for (const l of enclosureLinks) {
    const url = resolveLink(l.attrs.href, withBase(l, base));
    if (!url) continue;
    enclosures.push({ url, type: l.attrs.type?.trim() || null, length: lengthOf(l.attrs.length) });
    if (!imageUrl && isImage(l, 'href')) imageUrl = url;
  }
  const media = mediaOf(entry, base);
  const own = atomNames(entry, 'author');
  const fromSource = atomNames(kid(entry, 'source') ?? { text: '', attrs: {}, kids: {} }, 'author');
  const content = atomText(kid(entry, 'content'));
  return {
    guid: text(kid(entry, 'id')),
    url: alternateLink(links, base),
    title: atomInline(kid(entry, 'title')),
    summary: atomText(kid(entry, 'summary')),
    content: content ? [content] : [],
    authors: own.length ? own : fromSource.length ? fromSource : ctx.authors,
    published: firstDate([
      text(kid(entry, 'published')),
      text(kid(entry, 'dc:date')),
      text(kid(entry, 'issued')),
      text(kid(entry, 'created')),
      text(kid(entry, 'updated')),
      text(kid(entry, 'modified')),
    ]),
    updated: firstDate([text(kid(entry, 'updated')), text(kid(entry, 'modified'))]),
    categories: kids(entry, 'category')
      .map((c) => c.attrs.label?.trim() || c.attrs.term?.trim() || text(c))
      .filter((c): c is string => !!c),
    imageUrl: imageUrl ?? media.image,
    enclosures: [...enclosures, ...media.enclosures],
    language: entry.attrs['xml:lang'] ?? ctx.language,
    base,
  };
}

/** Feed-level metadata, as the FeedMeta of parseFeed. */
export interface XmlFeedMeta {
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  updated: string | null;
}

/** The context entries inherit, and the feed's own metadata. */
export function feedContext(doc: XmlFeed, url: string | null): { ctx: FeedContext; meta: XmlFeedMeta } {
  const head = doc.head;
  const atom = doc.format === 'atom';
  const docBase = withBase(head, url);
  const rawLink = atom ? null : texts(head, 'link')[0];
  // Without a document URL or xml:base, the channel's own link is the only base left.
  const base = docBase ?? (rawLink && /^https?:\/\//i.test(rawLink) ? rawLink : null);
  const link = atom ? alternateLink(kids(head, 'link'), base) : resolveLink(rawLink, base);
  const language =
    head.attrs['xml:lang']?.trim() || text(kid(head, 'language')) || text(kid(head, 'dc:language')) || null;
  const descNode = kid(head, atom ? 'subtitle' : 'description');
  const description = atom ? atomInline(descNode) : cleanInline(text(descNode));
  return {
    ctx: { base, language, authors: atom ? atomNames(head, 'author') : [] },
    meta: {
      title: atom ? atomInline(kid(head, 'title')) : cleanInline(text(kid(head, 'title'))),
      link,
      description: description ? htmlToText(description) : null,
      language,
      updated: firstDate([
        text(kid(head, 'updated')),
        text(kid(head, 'lastBuildDate')),
        text(kid(head, 'pubDate')),
        text(kid(head, 'dc:date')),
      ]),
    },
  };
}

/** Every entry of an XML feed → EntryFields, in document order. */
export function xmlEntries(doc: XmlFeed, ctx: FeedContext): EntryFields[] {
  return doc.items.map((n) => (doc.format === 'atom' ? atomEntry(n, ctx) : rssItem(n, ctx)));
}
