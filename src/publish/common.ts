import type { Enclosure, StoredItem, Tag } from '../model/item.js';

/** HTML-escape a plain-text value. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fixed generator name: part of the byte-identical output contract. */
export const GENERATOR = 'feedwright';

/** The IPTC Media Topics vocabulary, used as RSS category domain and Atom scheme for topic tags. */
export const IPTC_MEDIATOPIC = 'http://cv.iptc.org/newscodes/mediatopic/';

/** Public identity of an item: a URN built from its store id, so it never depends on upstream guids. */
export const publicId = (item: StoredItem): string => `urn:uuid:${item.id}`;

/** Where readers go: the article itself, else feedwright's own item page. */
export const itemLink = (item: StoredItem, baseUrl: string): string =>
  item.url ?? `${trimSlash(baseUrl)}/items/${item.id}`;

export const trimSlash = (u: string): string => u.replace(/\/+$/, '');

/** Parse an ISO instant; null when missing or unparseable so bad data never becomes "Invalid Date" text. */
export function parseDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
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

/** Enclosures that can be announced as such: a real MIME type and a known positive length. */
export function announceableEnclosures(
  item: StoredItem,
): Array<Enclosure & { type: string; length: number }> {
  return item.enclosures.filter(
    (e): e is Enclosure & { type: string; length: number } =>
      typeof e.type === 'string' &&
      /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i.test(e.type.split(';')[0]?.trim() ?? '') &&
      typeof e.length === 'number' &&
      Number.isFinite(e.length) &&
      e.length > 0,
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

/** The HTML published for an item: its content plus a credit line when several sources carried it. */
export function publishedContent(item: StoredItem, titles?: Record<string, string>): string {
  const others = otherSources(item, titles);
  if (others.length === 0) return item.contentHtml;
  const credit = `<p>Also reported by ${others.map(escapeHtml).join(', ')}.</p>`;
  return item.contentHtml ? `${item.contentHtml}\n${credit}` : credit;
}
