import type { Enclosure, StoredItem, Tag } from '../model/item.js';
import { sanitizeContent } from '../normalise/content.js';
import { cleanUrl } from '../url/canonical.js';

/** HTML-escape a plain-text value. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fixed generator name: part of the byte-identical output contract. */
export const GENERATOR = 'feedwright';

/** The IPTC Media Topics vocabulary, used as RSS category domain and Atom scheme for topic tags. */
export const IPTC_MEDIATOPIC = 'http://cv.iptc.org/newscodes/mediatopic/';

/** Public identity of an item: a URN built from its store id, so it never depends on upstream guids. */
export const publicId = (item: StoredItem): string => `urn:uuid:${item.id}`;

/**
 * An absolute http(s) URL for `href` (resolved against `base` when relative), or null: readers
 * and validators need absolute web URLs, and other schemes (javascript:, data:) must not leak out.
 */
export function webUrl(href: string | null | undefined, base: string | null = null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Where the item's relative references point: its own URL, else the first origin with a web URL. */
export const contentBase = (item: StoredItem): string | null =>
  webUrl(item.url) ?? item.origins.map((o) => webUrl(o.url)).find((u) => u !== null) ?? null;

/** A link readers follow: an absolute web URL without tracking parameters (`?utm_source=rss`) or fragment. */
export const publicLink = (href: string | null | undefined): string | null => cleanUrl(webUrl(href));

/** Where readers go: the article itself, else feedwright's own item page. */
export const itemLink = (item: StoredItem, baseUrl: string): string =>
  publicLink(item.url) ?? `${trimSlash(baseUrl)}/items/${item.id}`;

/** The lead image as an absolute web URL, or null. */
export const imageUrl = (item: StoredItem): string | null => webUrl(item.image?.url, contentBase(item));

/** A language tag of the shape xml:lang and validators accept (RFC 5646 subtags), else null. */
export const languageTag = (lang: string | null | undefined): string | null =>
  lang && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null;

export const trimSlash = (u: string): string => u.replace(/\/+$/, '');

/** Parse an ISO instant; null when missing or unparseable so bad data never becomes "Invalid Date" text. */
export function parseDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  // RFC 822 and RFC 3339 have four-digit years: a date outside them cannot be written.
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1 || year > 9999 ? null : d;
}

/** Newest of the given dates, or null. */
function newest(dates: Array<Date | null>): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d.getTime() > best.getTime())) best = d;
  return best;
}

/** When the item was published: the stated date, else when feedwright first stored it. */
export const publishedDate = (item: StoredItem): Date | null =>
  parseDate(item.published) ?? parseDate(item.firstSeen);

/** When the item last changed, never earlier than its publication. */
export const modifiedDate = (item: StoredItem): Date | null =>
  newest([parseDate(item.modified), publishedDate(item)]);

/** Newest of every item's modified/published/firstSeen; the epoch when there is nothing. */
export function feedUpdated(items: StoredItem[]): Date {
  const dates = items.flatMap((i) => [parseDate(i.modified), parseDate(i.published), parseDate(i.firstSeen)]);
  return newest(dates) ?? new Date(0);
}

/** RFC 3339 without the noise of zero milliseconds. */
export const rfc3339 = (d: Date): string => d.toISOString().replace('.000Z', 'Z');

/** RFC 822 with a four-digit year, as RSS readers expect. */
export const rfc822 = (d: Date): string => d.toUTCString();

/** The category scheme of a tag: the IPTC vocabulary for topics, feedwright's tag pages otherwise. */
export const tagScheme = (tag: Tag, baseUrl: string): string =>
  tag.kind === 'topic' ? IPTC_MEDIATOPIC : `${trimSlash(baseUrl)}/tags/`;

/** Tags without repeats (same kind and slug), in their stored order. */
export function uniqueTags(tags: Tag[]): Tag[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = `${t.kind}\u0000${t.slug}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A bare MIME type (no parameters) when `type` is a real one, else null. */
function mimeType(type: string | null): string | null {
  const bare = type?.split(';')[0]?.trim() ?? '';
  return /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i.test(bare) ? bare : null;
}

/** Enclosures that can be published: an absolute web URL and a real MIME type; length when known. */
export function mediaEnclosures(item: StoredItem): Array<Enclosure & { type: string }> {
  const base = contentBase(item);
  const out: Array<Enclosure & { type: string }> = [];
  for (const e of item.enclosures) {
    const url = webUrl(e.url, base);
    const type = mimeType(e.type);
    const length =
      typeof e.length === 'number' && Number.isSafeInteger(e.length) && e.length > 0 ? e.length : null;
    if (url && type && !out.some((o) => o.url === url)) out.push({ url, type, length });
  }
  return out;
}

/** Enclosures that can be announced as such in RSS and Atom: publishable, with a known positive length. */
export function announceableEnclosures(
  item: StoredItem,
): Array<Enclosure & { type: string; length: number }> {
  return mediaEnclosures(item).filter(
    (e): e is Enclosure & { type: string; length: number } => e.length !== null,
  );
}

/**
 * A readable name for an origin's source: configured ids are already names; ad-hoc ingests
 * carry a URL (use its host) or a file path (use the file name without extension).
 */
export function sourceName(source: string, titles?: Record<string, string>): string {
  // Own keys only: an id such as "constructor" must not find Object.prototype members.
  const configured = titles && Object.hasOwn(titles, source) ? titles[source] : undefined;
  if (configured) return configured;
  try {
    const u = new URL(source);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.replace(/^www\./, '');
  } catch {
    // not a URL: fall through to path handling
  }
  const base = source.split(/[\\/]/).filter(Boolean).pop() ?? source;
  return base.replace(/\.[a-z0-9]{1,5}$/i, '') || source;
}

/** Distinct source names of the origins after the first (the primary one the content came from). */
export function otherSources(item: StoredItem, titles?: Record<string, string>): string[] {
  const names: string[] = [];
  for (const o of item.origins) {
    const n = sourceName(o.source, titles);
    if (!names.includes(n)) names.push(n);
  }
  return names.slice(1);
}

/** Elements that run code, embed other documents or change how the page around them behaves. */
const ACTIVE_ELEMENT =
  /<(?:script|iframe|frame|frameset|object|embed|applet|form|input|button|base|meta|link|style|svg|math)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const URL_ATTRIBUTE =
  /\s(href|src|srcset|poster|action|formaction|data|background|cite|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const PUBLISHABLE_URL = /^(?:https?:\/\/[^/\s]|mailto:)/i;

/**
 * Whether stored HTML breaks a publishing rule (active content, event handlers, relative or
 * non-web URLs). Clean content, the normal case, is published byte for byte.
 */
export function needsSanitising(html: string): boolean {
  if (ACTIVE_ELEMENT.test(html) || EVENT_HANDLER.test(html)) return true;
  for (const m of html.matchAll(URL_ATTRIBUTE)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    // A srcset lists "URL descriptor" candidates separated by commas.
    const urls =
      m[1]?.toLowerCase() === 'srcset'
        ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
        : [value];
    if (!urls.every((u) => PUBLISHABLE_URL.test(u))) return true;
  }
  return false;
}

/**
 * The HTML published for an item: its content plus a credit line when several sources carried it.
 * Content that breaks a publishing rule (the store may hold it from an older version) is sanitised
 * again on the way out, with links and images made absolute against the article.
 */
export function publishedContent(item: StoredItem, titles?: Record<string, string>): string {
  const stored = item.contentHtml;
  const content = stored && needsSanitising(stored) ? sanitizeContent(stored, contentBase(item)) : stored;
  const others = otherSources(item, titles);
  if (others.length === 0) return content;
  const credit = `<p>Also reported by ${others.map(escapeHtml).join(', ')}.</p>`;
  return content ? `${content}\n${credit}` : credit;
}
