import type { NormalisedItem } from '../model/item.js';
import { paragraphsToHtml } from '../normalise/content.js';

export interface ItemLimits {
  /** Items kept from one document; the rest are dropped (newest come first in feeds). */
  maxItems: number;
  /** Characters kept in a one-line field (title, summary, byline, section, caption…). */
  maxFieldChars: number;
  /** Characters kept in the article: all body paragraphs together, and the content HTML. */
  maxContentChars: number;
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const cutOrNull = (s: string | null, max: number): string | null => (s === null ? null : cut(s, max));

/** Cap one item's fields, so a hostile or broken upstream cannot bloat the store or the feeds. */
export function limitItem(item: NormalisedItem, limits: ItemLimits): NormalisedItem {
  const f = limits.maxFieldChars;
  let budget = limits.maxContentChars;
  const body: string[] = [];
  for (const p of item.body) {
    if (budget <= 0) break;
    const kept = cut(p, budget);
    body.push(kept);
    budget -= kept.length;
  }
  return {
    ...item,
    guid: cutOrNull(item.guid, f),
    url: cutOrNull(item.url, f),
    title: cutOrNull(item.title, f),
    section: cutOrNull(item.section, f),
    summary: cutOrNull(item.summary, f * 4),
    byline: cutOrNull(item.byline, f),
    image: item.image && {
      url: cutOrNull(item.image.url, f),
      caption: cutOrNull(item.image.caption, f),
      credit: cutOrNull(item.image.credit, f),
    },
    body,
    related: item.related.slice(0, 50).map((r) => cut(r, f)),
    ...(item.relatedLinks
      ? {
          // A cut URL would point nowhere: an over-long one is dropped, its title kept unlinked.
          relatedLinks: item.relatedLinks
            .slice(0, 50)
            .filter((l) => l.url.length <= f)
            .map((l) => ({ title: cut(l.title, f), url: l.url })),
        }
      : {}),
    categories: item.categories.slice(0, 50).map((c) => cut(c, f)),
    // Cut HTML would be broken markup: rebuild it from the kept paragraphs instead.
    contentHtml:
      item.contentHtml.length <= limits.maxContentChars
        ? item.contentHtml
        : paragraphsToHtml({ image: null, body }),
    enclosures: item.enclosures.slice(0, 10),
  };
}

/** Apply the limits to a document's items; returns how many items were dropped. */
export function limitItems(
  items: NormalisedItem[],
  limits: ItemLimits,
): { items: NormalisedItem[]; dropped: number } {
  const kept = items.slice(0, limits.maxItems).map((item) => limitItem(item, limits));
  return { items: kept, dropped: Math.max(0, items.length - limits.maxItems) };
}
