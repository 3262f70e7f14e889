import type { NormalisedItem, Origin, StoredItem, Tag } from '../model/item.js';
import { contentHash, itemIdFromKey } from './keys.js';

const sameOrigin = (a: Origin, b: Origin): boolean =>
  a.source === b.source && (a.guid ?? a.url) === (b.guid ?? b.url);

/** Tags of both, one per slug (a slug is one tag page, whatever kind each source gave it). */
function unionTags(a: Tag[], b: Tag[]): Tag[] {
  const seen = new Set(a.map((t) => t.slug));
  return [...a, ...b.filter((t) => !seen.has(t.slug))];
}

/** Tags read from the shown content (not given by a source): a new version of the content replaces them. */
const CONTENT_TAG_KINDS: ReadonlySet<Tag['kind']> = new Set(['topic', 'entity']);

/** Tags after the shown content changed: the new version's topics and names, every other tag kept. */
const retaggedContent = (existing: Tag[], incoming: Tag[]): Tag[] =>
  unionTags(
    existing.filter((t) => !CONTENT_TAG_KINDS.has(t.kind)),
    incoming,
  );

/** The normalised fields whose change means the story itself changed. */
const CONTENT_FIELDS = ['title', 'summary', 'body', 'contentHtml', 'image', 'byline', 'section'] as const;

function contentDiffers(a: NormalisedItem, b: NormalisedItem): boolean {
  return CONTENT_FIELDS.some((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

const versionDate = (i: NormalisedItem): number => Date.parse(i.updated ?? i.published ?? '');

/**
 * A date as the store keeps every date: a UTC instant (`toISOString`), so stored dates have one
 * form whatever offset the source wrote; null when there is none or it cannot be read.
 */
export function utcInstant(date: string | null | undefined): string | null {
  const t = Date.parse(date ?? '');
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The item with its stated dates in the store's one form. */
const withUtcDates = <T extends NormalisedItem>(item: T): T => ({
  ...item,
  published: utcInstant(item.published),
  updated: utcInstant(item.updated),
});

/** The later of two instants (compared as instants: `+09:00` and `Z` forms do not sort as text). */
const isLater = (a: string | null, b: string): boolean => a !== null && Date.parse(a) > Date.parse(b);

/** An older version arriving late (a stale feed, a re-ingest of an old file) never wins. */
function isOlderVersion(existing: StoredItem, incoming: NormalisedItem): boolean {
  const a = versionDate(existing);
  const b = versionDate(incoming);
  return !Number.isNaN(a) && !Number.isNaN(b) && b < a;
}

/**
 * When a changed version was modified: the update it states, else now — and never earlier than
 * the modification already shown (a stated date in another offset, a clock behind).
 */
function nextModified(shown: string, statedUpdate: string | null, now: string): string {
  const candidate = statedUpdate && isLater(statedUpdate, shown) ? statedUpdate : now;
  return isLater(candidate, shown) ? candidate : (utcInstant(shown) ?? candidate);
}

/**
 * When a new item sorts, as a UTC instant: its publication, else the day its page states (date-only
 * is enough to order by), else when it was first seen — but never above `newest`, the newest date
 * already in the store: an item that states no date must not outrank every dated story.
 */
/** The instant an item's own page gives it to sort by, or null when it states no date. */
export const statedDate = (item: NormalisedItem): string | null =>
  utcInstant(item.published) ?? utcInstant(item.dateForOrdering);

function orderingDate(item: NormalisedItem, firstSeen: string, newest: string | null): string {
  const stated = statedDate(item);
  if (stated) return stated;
  if (!newest || !isLater(firstSeen, newest)) return firstSeen;
  // Just below the newest: a tie would be broken by id, and could put the undated item first.
  return new Date(Date.parse(newest) - 1).toISOString();
}

/** A new stored item. Its id comes from its first (most trusted) key and never changes after. */
export function createStoredItem(
  incoming: NormalisedItem,
  keys: string[],
  tags: Tag[],
  origin: Origin,
  now: string,
  newest: string | null = null,
): StoredItem {
  const dated = withUtcDates(incoming);
  return {
    ...dated,
    id: itemIdFromKey(keys[0] ?? `origin:${origin.source}:${now}`),
    tags,
    origins: [origin],
    keys,
    contentHash: contentHash(incoming) ?? '',
    firstSeen: now,
    dateForOrdering: orderingDate(incoming, now, newest),
    modified: dated.updated ?? dated.published ?? now,
  };
}

/**
 * Merge a source item into the stored item it duplicates. The stored item keeps its id. Every
 * source item is recorded in `origins`. When the source whose version is shown (the first origin)
 * sends a changed version — under the same guid, or as a near-duplicate with a new guid — the
 * content, the topic and entity tags read from it, and the `modified` date are updated, unless it is older than the shown one; copies from other
 * sources only add origins, keys and tags. Returns null when nothing changed (so re-ingesting is a
 * no-op).
 */
export function mergeIntoStored(
  existing: StoredItem,
  incoming: NormalisedItem,
  keys: string[],
  tags: Tag[],
  origin: Origin,
  now: string,
): StoredItem | null {
  const knownOrigin = existing.origins.some((o) => sameOrigin(o, origin));
  const newKeys = keys.filter((k) => !existing.keys.includes(k));
  const mergedTags = unionTags(existing.tags, tags);
  const fromFirstSource = existing.origins[0]?.source === origin.source;
  const changedContent =
    fromFirstSource && contentDiffers(existing, incoming) && !isOlderVersion(existing, incoming);
  if (knownOrigin && newKeys.length === 0 && mergedTags.length === existing.tags.length && !changedContent) {
    return null;
  }
  const base: StoredItem = {
    ...existing,
    origins: knownOrigin ? existing.origins : [...existing.origins, origin],
    keys: [...existing.keys, ...newKeys],
    tags: mergedTags,
  };
  if (!changedContent) return base;
  const contentTags = retaggedContent(existing.tags, tags);
  const dated = withUtcDates(incoming);
  return {
    ...base,
    ...dated,
    // Identity and history stay; a later version never moves the item's first publication back.
    id: existing.id,
    guid: existing.guid ?? incoming.guid,
    published: existing.published ?? dated.published,
    // A version that states a date it lacked before sorts by it; otherwise the place stays.
    dateForOrdering:
      utcInstant(existing.published ?? dated.published) ??
      utcInstant(dated.dateForOrdering) ??
      existing.dateForOrdering ??
      null,
    tags: contentTags,
    origins: base.origins,
    keys: base.keys,
    contentHash: contentHash(incoming) ?? existing.contentHash,
    firstSeen: existing.firstSeen,
    modified: nextModified(existing.modified, dated.updated, now),
  };
}

/**
 * A stored story with more sources listed: an incoming item that also carries it, when two stories
 * were stored apart before an item carrying both arrived (a paper printing the press release and
 * the wire story written from it), or the sources of a story stored apart that turned out to be
 * this one's (see findNearDuplicates). Ids never change, so the two cannot become one; instead
 * whichever the reader opens names all its coverage. Only origins are added: content and keys
 * stay where they were. Null when all are already listed.
 */
export function alsoCarriedBy(stored: StoredItem, origins: readonly Origin[]): StoredItem | null {
  const added = origins.filter(
    (o, i) =>
      !stored.origins.some((s) => sameOrigin(s, o)) && origins.findIndex((x) => sameOrigin(x, o)) === i,
  );
  return added.length ? { ...stored, origins: [...stored.origins, ...added] } : null;
}
