import { createHash } from 'node:crypto';
import type { NormalisedItem } from '../model/item.js';
import { canonicalUrl, isSiteRoot } from '../url/canonical.js';

/** The canonical URL of an article link; a site's home page is shared by many items, so never a key. */
function articleUrl(url: string | null): string | null {
  const c = canonicalUrl(url);
  return c && !isSiteRoot(c) ? c : null;
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
