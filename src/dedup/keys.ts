import { createHash } from 'node:crypto';
import type { NormalisedItem } from '../model/item.js';
import { canonicalUrl, isSiteRoot } from '../url/canonical.js';

/**
 * A link's fragment that points at one entry of a page ("#4", "#entry-1205", a bulletin's or a live
 * page's items, each its own story), not a tracking tag ("#xtor=RSS-3") nor a place every page has
 * ("#comments", "#main"): an entry's number or id holds a digit.
 */
const ENTRY_ANCHOR = /^#(?=[^#]*\p{N})[\p{L}\p{N}_-]+$/u;

/** The fragment of a link, or "" when it has none or is not a URL. */
function fragmentOf(url: string): string {
  try {
    return new URL(url.trim()).hash;
  } catch {
    return '';
  }
}

/**
 * The canonical URL of an article link; a site's home page is shared by many items, so never a
 * key. An entry's anchor stays: the page's URL alone is its sibling entries' too.
 */
function articleUrl(url: string | null): string | null {
  const c = canonicalUrl(url);
  if (!url || !c || isSiteRoot(c)) return null;
  const anchor = fragmentOf(url);
  return ENTRY_ANCHOR.test(anchor) ? `${c}${anchor}` : c;
}

/** Text reduced to what survives re-publication: case, punctuation and spacing ignored. */
function contentFingerprintText(item: NormalisedItem): string {
  const text = [item.title ?? '', ...(item.body.length ? item.body : [item.summary ?? ''])].join(' ');
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A hash of the item's words, or null when there are too few words to identify a story. */
export function contentHash(item: NormalisedItem): string | null {
  const text = contentFingerprintText(item);
  if (text.split(' ').length < 12) return null;
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The last resort when nothing else identifies an item: its title, scoped to the source, with a
 * digest of its words and date — one source may well send two short items under one title
 * ("Road closures", "Tide times"), which are two items, not one.
 */
function titleKey(item: NormalisedItem, sourceKey: string): string {
  const digest = createHash('sha256')
    .update(`${contentFingerprintText(item)}\u0000${item.published ?? ''}`)
    .digest('hex')
    .slice(0, 12);
  return `title:${sourceKey}:${(item.title ?? '').toLowerCase()}#${digest}`;
}

/**
 * Dedup keys in order of trust: the source's own guid (scoped to the source, since guids are only
 * unique within one feed — unless the guid is itself a URL), the canonical URL, the content hash.
 */
export function dedupKeys(item: NormalisedItem, sourceKey: string): string[] {
  const keys: string[] = [];
  if (item.guid) {
    const guidUrl = articleUrl(item.guid);
    keys.push(guidUrl ? `url:${guidUrl}` : `guid:${sourceKey}:${item.guid}`);
  }
  const url = articleUrl(item.url);
  if (url && !keys.includes(`url:${url}`)) keys.push(`url:${url}`);
  const hash = contentHash(item);
  if (hash) keys.push(`hash:${hash}`);
  if (keys.length === 0) keys.push(titleKey(item, sourceKey));
  return keys;
}

/** A stable UUID (version 5 layout) from a dedup key: the item's public id, never changed. */
export function itemIdFromKey(key: string): string {
  const h = createHash('sha1').update(`feedwright:${key}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
