import type { StoredItem } from '../model/item.js';
import {
  GENERATOR,
  IPTC_MEDIATOPIC,
  announceableEnclosures,
  escapeHtml,
  feedUpdated,
  imageUrl,
  itemLink,
  languageTag,
  publicId,
  publishedContent,
  publishedDate,
  rfc822,
  uniqueTags,
} from './common.js';
import { FEED_MEDIA_TYPES, PAGING_RELS, type FeedDescriptor, type FeedFormat } from './types.js';
import { cdataEl, el, text, xmlDocument, type XmlNode } from './xml.js';

const NAMESPACES = [
  ['version', '2.0'],
  ['xmlns:atom', 'http://www.w3.org/2005/Atom'],
  ['xmlns:content', 'http://purl.org/rss/1.0/modules/content/'],
  ['xmlns:dc', 'http://purl.org/dc/elements/1.1/'],
  ['xmlns:media', 'http://search.yahoo.com/mrss/'],
] as const;

/** Channel-level atom:link elements: self, the other formats, paging, hub. */
function channelLinks(feed: FeedDescriptor): XmlNode[] {
  const out: XmlNode[] = [
    el('atom:link', [
      ['href', feed.selfUrl],
      ['rel', 'self'],
      ['type', FEED_MEDIA_TYPES.rss],
    ]),
  ];
  for (const f of ['atom', 'json'] as FeedFormat[]) {
    out.push(
      el('atom:link', [
        ['href', feed.links[f]],
        ['rel', 'alternate'],
        ['type', FEED_MEDIA_TYPES[f]],
      ]),
    );
  }
  for (const rel of PAGING_RELS) {
    const href = feed.paging?.[rel];
    if (href)
      out.push(
        el('atom:link', [
          ['href', href],
          ['rel', rel],
          ['type', FEED_MEDIA_TYPES.rss],
        ]),
      );
  }
  if (feed.hub)
    out.push(
      el('atom:link', [
        ['href', feed.hub],
        ['rel', 'hub'],
      ]),
    );
  return out;
}

/** The lead image as Media RSS, with caption and credit when known. */
function mediaContent(item: StoredItem): XmlNode[] {
  const img = item.image;
  const url = imageUrl(item);
  if (!img || !url) return [];
  const children: XmlNode[] = [];
  if (img.caption) children.push(text('media:description', img.caption, [['type', 'plain']]));
  if (img.credit) children.push(text('media:credit', img.credit));
  return [
    el(
      'media:content',
      [
        ['url', url],
        ['medium', 'image'],
      ],
      children,
    ),
  ];
}

/** One <item>. */
function rssItem(item: StoredItem, feed: FeedDescriptor): XmlNode {
  const children: XmlNode[] = [];
  if (item.title) children.push(text('title', item.title));
  children.push(text('link', itemLink(item, feed.baseUrl)));
  children.push(text('guid', publicId(item), [['isPermaLink', 'false']]));
  const pub = publishedDate(item);
  if (pub) children.push(text('pubDate', rfc822(pub)));
  // <author> must be an e-mail address; a display name belongs in dc:creator.
  if (item.byline) children.push(text('dc:creator', item.byline));
  // <description> is read as HTML; the summary is plain text, so it is HTML-escaped first.
  const content = publishedContent(item, feed.sourceTitles);
  if (item.summary) children.push(text('description', escapeHtml(item.summary)));
  // Without a summary the content stands in: an item needs a title or a description, and
  // content:encoded is only read as the full text when a description precedes it.
  else if (content || !item.title) children.push(cdataEl('description', content));
  if (content) children.push(cdataEl('content:encoded', content));
  for (const tag of uniqueTags(item.tags)) {
    children.push(text('category', tag.label, tag.kind === 'topic' ? [['domain', IPTC_MEDIATOPIC]] : []));
  }
  // RSS allows a single enclosure per item.
  const enc = announceableEnclosures(item)[0];
  if (enc)
    children.push(
      el('enclosure', [
        ['url', enc.url],
        ['length', enc.length],
        ['type', enc.type],
      ]),
    );
  children.push(...mediaContent(item));
  return el('item', [], children);
}

/** RSS 2.0 with content:encoded, dc:creator, Media RSS and atom:link self/alternate/paging/hub. */
export function renderRss(feed: FeedDescriptor, items: StoredItem[]): string {
  const channel: XmlNode[] = [
    text('title', feed.title),
    text('link', feed.homeUrl),
    text('description', feed.description),
  ];
  const language = languageTag(feed.language);
  if (language) channel.push(text('language', language));
  channel.push(text('lastBuildDate', rfc822(feedUpdated(items))));
  channel.push(text('generator', GENERATOR));
  channel.push(text('docs', 'https://www.rssboard.org/rss-specification'));
  if (feed.ttlMinutes !== undefined)
    channel.push(text('ttl', String(Math.max(0, Math.round(feed.ttlMinutes)))));
  channel.push(...channelLinks(feed));
  for (const item of items) channel.push(rssItem(item, feed));
  return xmlDocument(el('rss', NAMESPACES, [el('channel', [], channel)]), feed.stylesheet);
}
