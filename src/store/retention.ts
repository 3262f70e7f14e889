import type { StoredItem } from '../model/item.js';

export interface RetentionPolicy {
  /** Keep at most this many items (0: no limit). */
  maxItems: number;
  /** Drop items whose date is older than this many days (0: keep forever). */
  maxAgeDays: number;
}

/**
 * The date an item sorts by: its `dateForOrdering` (publication, else the page's own day, else
 * first seen held below the newest dated item — set when it was stored), else, for items stored
 * before that field, when it was published or first seen.
 */
export const itemDate = (item: StoredItem): string => item.dateForOrdering ?? item.published ?? item.firstSeen;

/**
 * A stable paging cursor for an item: its sort date and id. Unlike an offset it does not shift as
 * new items arrive.
 */
export const itemCursor = (item: StoredItem): string =>
  Buffer.from(`${new Date(itemDate(item)).toISOString()}|${item.id}`).toString('base64url');

/** Decode a cursor into a position to compare items with, or null when it is not one of ours. */
export function parseCursor(cursor: string): { date: number; id: string } | null {
  const [date, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const t = Date.parse(date ?? '');
  if (!id || extra !== undefined || Number.isNaN(t)) return null;
  return { date: t, id };
}

/** Sort position of an item relative to a cursor: negative when the item is newer. */
export function compareToCursor(item: StoredItem, cursor: { date: number; id: string }): number {
  return cursor.date - Date.parse(itemDate(item)) || (item.id < cursor.id ? -1 : item.id > cursor.id ? 1 : 0);
}

/** Newest first; ties broken by id so the order is stable across runs and processes. */
export function compareNewestFirst(a: StoredItem, b: StoredItem): number {
  const da = Date.parse(itemDate(a));
  const db = Date.parse(itemDate(b));
  return db - da || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Split sorted items into those kept and those the policy expires. Pure. */
export function applyRetention(
  sorted: StoredItem[],
  policy: RetentionPolicy,
  now: Date,
): { kept: StoredItem[]; removed: StoredItem[] } {
  const cutoff = policy.maxAgeDays > 0 ? now.getTime() - policy.maxAgeDays * 86_400_000 : -Infinity;
  const kept: StoredItem[] = [];
  const removed: StoredItem[] = [];
  for (const item of sorted) {
    const tooOld = Date.parse(itemDate(item)) < cutoff;
    const tooMany = policy.maxItems > 0 && kept.length >= policy.maxItems;
    (tooOld || tooMany ? removed : kept).push(item);
  }
  return { kept, removed };
}
