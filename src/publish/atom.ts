import type { StoredItem } from '../model/item.js';
import {
  GENERATOR,
  announceableEnclosures,
  feedUpdated,
  imageUrl,
  itemLink,
  languageTag,
  modifiedDate,
  publicId,
  publishedContent,
  publishedDate,
  rfc3339,
  tagScheme,
  uniqueTags,
} from './common.js';
import { FEED_MEDIA_TYPES, PAGING_RELS, type FeedDescriptor, type FeedFormat } from './types.js';
import { el, text, xmlDocument, type XmlNode } from './xml.js';

/** Feed-level links: self, the human page, the other formats, paging, hub. */
function feedLinks(feed: FeedDescriptor): XmlNode[] {
  const out: XmlNode[] = [
    el('link', [
      ['rel', 'self'],
      ['type', FEED_MEDIA_TYPES.atom],
      ['href', feed.selfUrl],
    ]),
    el('link', [
      ['rel', 'alternate'],
      ['type', 'text/html'],
      ['href', feed.homeUrl],
    ]),
  ];
  for (const f of ['rss', 'json'] as FeedFormat[]) {
    out.push(
      el('link', [
        ['rel', 'alternate'],
        ['type', FEED_MEDIA_TYPES[f]],
        ['href', feed.links[f]],
      ]),
    );
  }
  for (const rel of PAGING_RELS) {
    const href = feed.paging?.[rel];
    if (href)
      out.push(
        el('link', [
          ['rel', rel],
          ['type', FEED_MEDIA_TYPES.atom],
          ['href', href],
        ]),
      );
  }
  if (feed.hub)
    out.push(
      el('link', [
        ['rel', 'hub'],
        ['href', feed.hub],
      ]),
    );
  return out;
}

const author = (name: string): XmlNode => el('author', [], [text('name', name)]);

/** One <entry>. Entries without a byline inherit the feed-level author. */
function atomEntry(item: StoredItem, feed: FeedDescriptor): XmlNode {
  const children: XmlNode[] = [
    text('id', publicId(item)),
    text('title', item.title ?? '', [['type', 'text']]),
    el('link', [
      ['rel', 'alternate'],
      ['type', 'text/html'],
      ['href', itemLink(item, feed.baseUrl)],
    ]),
  ];
  const pub = publishedDate(item);
  const mod = modifiedDate(item) ?? feedUpdated([item]);
  if (pub) children.push(text('published', rfc3339(pub)));
  children.push(text('updated', rfc3339(mod)));
  if (item.byline) children.push(author(item.byline));
  if (item.summary) children.push(text('summary', item.summary, [['type', 'text']]));
  children.push(text('content', publishedContent(item, feed.sourceTitles), [['type', 'html']]));
  for (const tag of uniqueTags(item.tags)) {
    children.push(
      el('category', [
        ['term', tag.slug],
        ['label', tag.label],
        ['scheme', tagScheme(tag, feed.baseUrl)],
      ]),
    );
  }
  for (const enc of announceableEnclosures(item)) {
    children.push(
      el('link', [
        ['rel', 'enclosure'],
        ['type', enc.type],
        ['length', enc.length],
        ['href', enc.url],
      ]),
    );
  }
  const image = imageUrl(item);
  if (image)
    children.push(
      el('media:content', [
        ['url', image],
        ['medium', 'image'],
      ]),
    );
  const lang = languageTag(item.language);
  return el('entry', [['xml:lang', lang !== languageTag(feed.language) ? lang : null]], children);
}

/** Atom 1.0 (RFC 4287) with RFC 5005 paging links. */
export function renderAtom(feed: FeedDescriptor, items: StoredItem[]): string {
  const children: XmlNode[] = [text('id', feed.selfUrl), text('title', feed.title, [['type', 'text']])];
  if (feed.description) children.push(text('subtitle', feed.description, [['type', 'text']]));
  children.push(text('updated', rfc3339(feedUpdated(items))));
  children.push(text('generator', GENERATOR));
  // Every entry needs an author; a feed-level one covers those without a byline.
  if (items.some((i) => !i.byline)) children.push(author(GENERATOR));
  children.push(...feedLinks(feed));
  for (const item of items) children.push(atomEntry(item, feed));
  return xmlDocument(
    el(
      'feed',
      [
        ['xmlns', 'http://www.w3.org/2005/Atom'],
        ['xmlns:media', 'http://search.yahoo.com/mrss/'],
        ['xml:lang', languageTag(feed.language)],
      ],
      children,
    ),
    feed.stylesheet,
  );
}
