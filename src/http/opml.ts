import type { Config, SourceDef } from '../config/index.js';
import type { TagCount } from '../store/index.js';
import type { FeedFormat } from '../publish/index.js';
import { el, text, xmlDocument, type XmlNode } from '../publish/xml.js';
import { FEED_FORMATS, scopePath, type FeedScope } from './feed-cache.js';

export const OPML_CONTENT_TYPE = 'text/x-opml; charset=utf-8';

/** One published feed (in every format): what OPML lists and what WebSub may announce. */
export interface PublishedFeed {
  scope: FeedScope;
  /** Short name for a reader's folder list. */
  text: string;
  title: string;
  htmlUrl: string;
  urls: Record<FeedFormat, string>;
}

const byText = (a: { text: string }, b: { text: string }): number =>
  a.text < b.text ? -1 : a.text > b.text ? 1 : 0;

function feedUrls(baseUrl: string, scope: FeedScope): Record<FeedFormat, string> {
  const prefix = `${baseUrl}${scopePath(scope)}`;
  return Object.fromEntries(FEED_FORMATS.map((f) => [f, `${prefix}/feed.${f}`])) as Record<
    FeedFormat,
    string
  >;
}

/** A source's own site when it is fetched from the web; otherwise our home page. */
function sourceHome(source: SourceDef, home: string): string {
  if (!source.isUrl) return home;
  try {
    return `${new URL(source.location).origin}/`;
  } catch {
    return home;
  }
}

/**
 * Every feed the service publishes: the whole site, one per tag, one per configured source.
 * Sorted (tags by label, sources by title) so the listing is the same for the same content.
 */
export function publishedFeeds(config: Config, tags: TagCount[], sources: SourceDef[]): PublishedFeed[] {
  const base = config.baseUrl;
  const site = config.feeds.siteTitle;
  const home = `${base}/`;
  const all: FeedScope = { kind: 'all' };
  const tagFeeds = tags
    .map((t): PublishedFeed => {
      const scope: FeedScope = { kind: 'tag', slug: t.tag.slug };
      return {
        scope,
        text: t.tag.label,
        title: `${site}: ${t.tag.label}`,
        htmlUrl: home,
        urls: feedUrls(base, scope),
      };
    })
    .sort(byText);
  const sourceFeeds = sources
    .map((s): PublishedFeed => {
      const scope: FeedScope = { kind: 'source', id: s.id };
      return {
        scope,
        text: s.title,
        title: `${site}: ${s.title}`,
        htmlUrl: sourceHome(s, home),
        urls: feedUrls(base, scope),
      };
    })
    .sort(byText);
  return [
    { scope: all, text: site, title: site, htmlUrl: home, urls: feedUrls(base, all) },
    ...tagFeeds,
    ...sourceFeeds,
  ];
}

/** One OPML subscription line; readers import `xmlUrl` (RSS: the format every reader knows). */
function outline(feed: PublishedFeed): XmlNode {
  return el('outline', [
    ['type', 'rss'],
    ['text', feed.text],
    ['title', feed.title],
    ['xmlUrl', feed.urls.rss],
    ['htmlUrl', feed.htmlUrl],
  ]);
}

/** A folder of feeds, left out when empty (an empty folder is noise in a reader). */
function folder(label: string, feeds: PublishedFeed[]): XmlNode[] {
  return feeds.length ? [el('outline', [['text', label]], feeds.map(outline))] : [];
}

/**
 * OPML 2.0 subscription list: the site feed at the top, then folders of tag and source feeds.
 * No dates in the head, so the document only changes when the feeds do.
 */
export function renderOpml(config: Config, feeds: PublishedFeed[]): string {
  const [site, ...rest] = feeds;
  const body: XmlNode[] = [
    ...(site ? [outline(site)] : []),
    ...folder(
      'Tags',
      rest.filter((f) => f.scope.kind === 'tag'),
    ),
    ...folder(
      'Sources',
      rest.filter((f) => f.scope.kind === 'source'),
    ),
  ];
  return xmlDocument(
    el(
      'opml',
      [['version', '2.0']],
      [
        el(
          'head',
          [],
          [text('title', `${config.feeds.siteTitle} feeds`), text('docs', 'http://opml.org/spec2.opml')],
        ),
        el('body', [], body),
      ],
    ),
  );
}
