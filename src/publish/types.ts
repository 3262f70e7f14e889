export type FeedFormat = 'rss' | 'atom' | 'json';

/** Everything about a feed document that is not its items. */
export interface FeedDescriptor {
  title: string;
  description: string;
  language: string | null;
  /** Absolute URL of this very feed document, including its query string (self link). */
  selfUrl: string;
  /** Absolute URL of the HTML page for humans (e.g. the site root, or a tag page). */
  homeUrl: string;
  /** Absolute base of the service, e.g. http://localhost:8080 — for item permalinks `${baseUrl}/items/${id}`. */
  baseUrl: string;
  /** Alternates of the same feed in the three formats. */
  links: Record<FeedFormat, string>;
  /** Optional paging links (RFC 5005); omit when absent. */
  paging?: { first?: string; next?: string; previous?: string; last?: string };
  /** Optional WebSub hub URL. */
  hub?: string;
  ttlMinutes?: number;
  /** Display names of configured sources by id, for "Also reported by …" credits (ids, hosts or file names otherwise). */
  sourceTitles?: Record<string, string>;
  /**
   * Absolute URL of an XSLT that browsers apply to RSS and Atom (`<?xml-stylesheet?>`), so a feed
   * opened in a tab reads as a page; readers and validators ignore it. Omitted: no instruction.
   */
  stylesheet?: string;
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Bare media types, for `type` attributes of alternate links. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** RFC 5005 paging relations in a fixed order. */
export const PAGING_RELS = ['first', 'previous', 'next', 'last'] as const;
