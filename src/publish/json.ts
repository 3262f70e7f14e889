import type { StoredItem } from '../model/item.js';
import {
  imageUrl,
  itemLink,
  languageTag,
  mediaEnclosures,
  modifiedDate,
  publicId,
  publishedContent,
  publicLink,
  publishedDate,
  rfc3339,
  sourceName,
  uniqueTags,
} from './common.js';
import type { FeedDescriptor } from './types.js';
import { publicSourceId } from '../model/source-id.js';
import { stripControl } from './xml.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An object without the keys whose value is null or undefined (JSON Feed omits absent fields). */
function compact(entries: Array<[string, Json | undefined]>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of entries) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/** Control characters are removed from every string so the three formats carry the same text. */
function clean(v: Json): Json {
  if (typeof v === 'string') return stripControl(v);
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
  return v;
}

/** Distinct labels, in tag order. */
const tagLabels = (item: StoredItem): string[] => [...new Set(uniqueTags(item.tags).map((t) => t.label))];

/** Attachments need a MIME type in JSON Feed; the size is optional. */
function attachments(item: StoredItem): Json[] {
  return mediaEnclosures(item).map((e) =>
    compact([
      ['url', e.url],
      ['mime_type', e.type],
      ['size_in_bytes', e.length],
    ]),
  );
}

/** feedwright's own fields, namespaced per the JSON Feed extension rule (leading underscore). */
function extension(item: StoredItem, feed: FeedDescriptor): Json {
  return {
    origins: item.origins.map((o) =>
      compact([
        ['source', publicSourceId(o.source)],
        ['name', sourceName(o.source, feed.sourceTitles)],
        ['guid', o.guid],
        ['url', publicLink(o.url)],
        ['fetched_at', o.fetchedAt],
      ]),
    ),
    section: item.section,
    topics: item.topics,
    entities: {
      people: item.entities.people,
      places: item.entities.places,
      organisations: item.entities.organisations,
    },
  };
}

function jsonItem(item: StoredItem, feed: FeedDescriptor): Json {
  const pub = publishedDate(item);
  const mod = modifiedDate(item);
  const tags = tagLabels(item);
  const att = attachments(item);
  return compact([
    ['id', publicId(item)],
    ['url', itemLink(item, feed.baseUrl)],
    ['title', item.title],
    ['content_html', publishedContent(item, feed.sourceTitles)],
    ['summary', item.summary],
    ['image', imageUrl(item)],
    ['date_published', pub ? rfc3339(pub) : null],
    ['date_modified', mod ? rfc3339(mod) : null],
    ['authors', item.byline ? [{ name: item.byline }] : null],
    ['tags', tags.length ? tags : null],
    ['language', languageTag(item.language)],
    ['attachments', att.length ? att : null],
    ['_feedwright', extension(item, feed)],
  ]);
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), two-space indented, final newline. */
export function renderJson(feed: FeedDescriptor, items: StoredItem[]): string {
  const doc = compact([
    ['version', 'https://jsonfeed.org/version/1.1'],
    ['title', feed.title],
    ['home_page_url', feed.homeUrl],
    ['feed_url', feed.selfUrl],
    ['description', feed.description || null],
    ['language', languageTag(feed.language)],
    ['next_url', feed.paging?.next ?? null],
    ['hubs', feed.hub ? [{ type: 'WebSub', url: feed.hub }] : null],
    ['items', items.map((i) => jsonItem(i, feed))],
  ]);
  return `${JSON.stringify(clean(doc), null, 2)}\n`;
}
