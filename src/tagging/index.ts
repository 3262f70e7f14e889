import type { NormalisedItem, Tag } from '../model/item.js';
import { topicLabel } from './labels.js';

/** URL slug of a tag label: accents folded, letters of any script kept, everything else a dash. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagContext {
  /** Section the source is configured with, used when the page prints none. */
  defaultSection: string | null;
  /** Tags the operator configured for the source. */
  sourceTags: string[];
}

/**
 * Tags readers can filter by: the section label, the source's own categories, the operator's
 * tags for the source, then topics and entities when tagging has found them. No duplicate slugs.
 */
export function tagsFor(item: NormalisedItem, ctx: TagContext): Tag[] {
  const out: Tag[] = [];
  const seen = new Set<string>();
  const add = (label: string | null, kind: Tag['kind']): void => {
    const clean = label?.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    const slug = slugify(clean);
    if (!slug || seen.has(slug)) return;
    seen.add(slug);
    out.push({ label: clean, slug, kind });
  };
  add(item.section ?? ctx.defaultSection, 'section');
  for (const c of item.categories) add(c, 'category');
  for (const t of ctx.sourceTags) add(t, 'source');
  // IPTC topics read as their labels ("Economy, business and finance"), whose slug is the topic's.
  for (const t of item.topics) add(topicLabel(t), 'topic');
  for (const e of [...item.entities.people, ...item.entities.places, ...item.entities.organisations])
    add(e, 'entity');
  return out;
}

/** Finds an item's IPTC topics and named entities. Built once at start-up from the taxonomy. */
export interface Tagger {
  enrich(item: NormalisedItem): NormalisedItem;
}
